// Runs server tests (all of them, or the files given) with every log line of the hub captured,
// then searches the logs and the runner's own output for special-category data of the demo and
// test data: the specific-needs notes and the names of sensitive documents. Any hit fails.
//   node scripts/check-logs.mjs [test files...]     (TEST_DATABASE / DATABASE_URL as for the tests)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const SENSITIVE = [
  // The demo households' specific-needs notes (src/seeders/demo.ts) and the fixtures' note.
  'Youngest child needs follow-up by a paediatric cardiologist.',
  'Former unaccompanied minor; guardian contact via the OCMW.',
  'Support by a specialised centre; do not share the address.',
  'Fixture note',
  // Names of identity, residence and medical documents the API tests upload.
  'Medisch verslag.pdf',
  'Passeport Mariam.pdf',
  'Rapport Grace Mugisha.pdf',
];

const dir = mkdtempSync(path.join(os.tmpdir(), 'ph-logs-'));
const logFile = path.join(dir, 'hub.log');
writeFileSync(logFile, '');
const vitest = path.join(import.meta.dirname, '../node_modules/.bin/vitest');
const run = spawnSync(vitest, ['run', ...process.argv.slice(2)], { env: { ...process.env, PH_LOG_FILE: logFile }, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
const output = `${readFileSync(logFile, 'utf8')}\n${run.stdout ?? ''}\n${run.stderr ?? ''}`;
writeFileSync(path.join(dir, 'all.log'), output);
const lines = output.split('\n');
const hits = SENSITIVE.flatMap((s) => lines.filter((l) => l.includes(s)).map((l) => `${s}: ${l.slice(0, 300)}`));
const logLines = readFileSync(logFile, 'utf8').split('\n').filter(Boolean).length;
console.log(`tests exited with ${run.status}; ${logLines} log lines captured (${path.join(dir, 'all.log')}); ${hits.length} hit(s) of special-category data`);
for (const h of hits) console.log(`  ${h}`);
process.exit(hits.length ? 1 : (run.status ?? 1));
