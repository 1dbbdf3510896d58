// Runs the server tests on SQLite, then again on PostgreSQL when DATABASE_URL points at one.
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const vitest = path.join(import.meta.dirname, '../node_modules/.bin/vitest');

const run = (label, env) => {
  console.log(`\n=== server tests on ${label} ===`);
  const r = spawnSync(vitest, ['run', ...process.argv.slice(2)], { stdio: 'inherit', env: { ...process.env, ...env } });
  if (r.error) console.error(r.error);
  return r.status ?? 1;
};

let status = run('SQLite', { TEST_DATABASE: 'sqlite' });
if (process.env.DATABASE_URL?.startsWith('postgres')) status ||= run('PostgreSQL', { TEST_DATABASE: 'postgresql' });
else console.log('\nDATABASE_URL is not a PostgreSQL URL: PostgreSQL run skipped.');
process.exit(status);
