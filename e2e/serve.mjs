// Starts the built hub for the end-to-end tests: its own port, data folder and SQLite file, demo data.
import { spawn } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const dataDir = path.join(import.meta.dirname, '.data');
const main = path.join(root, 'server/dist/main.js');
if (!existsSync(main) || !existsSync(path.join(root, 'client/dist/index.html'))) {
  console.error('The hub is not built: run `pnpm build` first (pnpm test does).');
  process.exit(1);
}
rmSync(dataDir, { recursive: true, force: true });
const port = process.env.E2E_PORT ?? '4173';
const env = {
  ...process.env,
  PORT: port,
  HOST: '127.0.0.1',
  DATA_DIR: dataDir,
  DATABASE_URL: `file:${path.join(dataDir, 'e2e.sqlite')}`,
  REDIS_URL: '',
  SEED_DEMO: 'true',
  PUBLIC_URL: `http://127.0.0.1:${port}`,
  LOG_LEVEL: 'warn',
};
const server = spawn(process.execPath, [main], { env, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill('SIGTERM'));
server.on('exit', (code) => process.exit(code ?? 0));
