#!/usr/bin/env node
// `pnpm backup` / `pnpm restore`: runs server/src/ops/cli.ts with the server's TypeScript loader.
// The loader resolves from the server folder, so paths (DATA_DIR, a SQLite DATABASE_URL, the
// backup folder) are made absolute here first: they mean what they mean for `pnpm start`.
import { spawn } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const here = process.env.INIT_CWD ?? process.cwd();
const env = { ...process.env, DATA_DIR: path.resolve(here, process.env.DATA_DIR ?? 'data') };
const url = process.env.DATABASE_URL;
if (url && !/^postgres(ql)?:\/\//.test(url)) env.DATABASE_URL = `file:${path.resolve(here, url.replace(/^(sqlite|file):(\/\/)?/, ''))}`;
const args = process.argv.slice(2).map((a, i) => (i > 0 && !a.startsWith('--') ? path.resolve(here, a) : a));
if (args[0] === 'backup' && !args.slice(1).some((a) => !a.startsWith('--'))) args.push(path.resolve(here, 'backups'), '--default-name');
const child = spawn(process.execPath, ['--conditions=source', '--import', '@swc-node/register/esm-register', 'src/ops/cli.ts', ...args], {
  cwd: path.join(root, 'server'),
  stdio: 'inherit',
  env,
});
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
