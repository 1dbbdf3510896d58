#!/usr/bin/env node
/**
 * `pnpm lint:size`: fails when a source file (ts, tsx, mjs, css; tests included) is over 500 lines.
 * A file that grows past it holds several jobs: split it by job (see docs/ARCHITECTURE.md).
 * Not counted: generated files (client/src/gql/, server/schema.graphql), migrations, lockfiles.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const MAX_LINES = 500;
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SOURCE = /\.(ts|tsx|mts|mjs|css)$/;
const EXCLUDED = [/^client\/src\/gql\//, /\/migrations\//, /(^|\/)node_modules\//, /(^|\/)dist\//];

/** Files allowed over the limit, each with its reason. Empty: every split of issue 16 has landed. */
const TEMPORARY_ALLOWANCE = new Set([]);

const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { cwd: root, encoding: 'utf8' })
  .split('\n')
  .filter((f) => f && SOURCE.test(f) && !EXCLUDED.some((re) => re.test(f)));

const over = [];
const allowed = [];
for (const file of files) {
  let text;
  try {
    text = readFileSync(path.join(root, file), 'utf8');
  } catch {
    continue; // deleted in the working tree, not yet staged
  }
  const lines = text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
  if (lines <= MAX_LINES) continue;
  (TEMPORARY_ALLOWANCE.has(file) ? allowed : over).push(`${String(lines).padStart(6)}  ${file}`);
}

if (allowed.length) console.log(`Over ${MAX_LINES} lines but temporarily allowed (being split on another branch):\n${allowed.join('\n')}\n`);
if (over.length) {
  console.error(`Files over ${MAX_LINES} lines (split them by job):\n${over.join('\n')}`);
  process.exit(1);
}
console.log(`${files.length} source files, none over ${MAX_LINES} lines.`);
