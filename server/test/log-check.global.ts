/**
 * Vitest global setup: every hub the API tests start logs at every level into one file
 * (PH_LOG_FILE, read by the harness), and at the end that file is searched for special-category
 * data of the demo and test data (specific-needs notes, names of sensitive documents). A hit fails
 * the run: the server must never log such data.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const SENSITIVE = [
  // The demo households' specific-needs notes (src/seeders/demo.ts) and the fixtures' note.
  'Youngest child needs follow-up by a paediatric cardiologist.',
  'Former unaccompanied minor; guardian contact via the OCMW.',
  'Support by a specialised centre; do not share the address.',
  'Fixture note',
  // Names of identity, residence and medical documents the API tests upload.
  'Medisch verslag.pdf',
  'Passeport Mariam.pdf',
  'Rapport Grace Mugisha.pdf',
  'Verblijfskaart.pdf',
];

export default function setup() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ph-logs-'));
  const file = path.join(dir, 'hub.log');
  writeFileSync(file, '');
  process.env.PH_LOG_FILE = file;
  return () => {
    const lines = readFileSync(file, 'utf8').split('\n');
    const hits = SENSITIVE.flatMap((s) => lines.filter((l) => l.includes(s)).map((l) => `  ${s}: ${l.slice(0, 300)}`));
    if (hits.length) {
      // A teardown error alone does not change vitest's exit code: set it, and say why.
      process.exitCode = 1;
      throw new Error(`special-category data in the server logs (${file}):\n${hits.join('\n')}`);
    }
    rmSync(dir, { recursive: true, force: true });
  };
}
