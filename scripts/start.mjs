#!/usr/bin/env node
// `pnpm start`: builds what is missing or older than its sources, then serves the hub.
import { spawnSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');

/** Newest modification time under the given paths (files or folders), skipping node_modules and dist. */
function newest(paths) {
  let max = 0;
  const walk = (p) => {
    if (!existsSync(p)) return;
    const s = statSync(p);
    if (s.isDirectory()) {
      for (const entry of readdirSync(p)) if (entry !== 'node_modules' && entry !== 'dist') walk(path.join(p, entry));
    } else max = Math.max(max, s.mtimeMs);
  };
  paths.forEach((p) => walk(path.join(root, p)));
  return max;
}

const packages = [
  { name: 'shared', sources: ['shared/src', 'shared/package.json', 'shared/tsconfig.json'], output: 'shared/dist/index.js' },
  { name: 'server', sources: ['server/src', 'server/package.json', 'server/tsconfig.json', 'shared/src'], output: 'server/dist/main.js' },
  { name: 'client', sources: ['client/src', 'client/index.html', 'client/package.json', 'client/vite.config.ts', 'shared/src'], output: 'client/dist/index.html' },
];

for (const pkg of packages) {
  const out = path.join(root, pkg.output);
  if (existsSync(out) && statSync(out).mtimeMs >= newest(pkg.sources)) continue;
  console.log(`Building ${pkg.name}...`);
  const r = spawnSync('pnpm', ['--filter', `@partner-hub/${pkg.name}`, 'run', 'build'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

const server = spawn(process.execPath, ['--enable-source-maps', path.join(root, 'server/dist/main.js')], { cwd: root, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
