#!/usr/bin/env node
// `pnpm test`: every test — unit (shared, client), API (server, on SQLite and, when DATABASE_URL
// is set, PostgreSQL), then end-to-end in Chromium against the built hub. Ends with one summary line.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const results = path.join(root, '.test-results');
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });
const env = { ...process.env, PH_RESULTS_DIR: results, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' };

const steps = [
  // The house (issue 16): no import circles or layer breaches (dependency-cruiser), no source file over 500 lines.
  ['house: import rules', ['lint:deps']],
  ['house: file sizes', ['lint:size']],
  // Prettier's format check, then ESLint, type-checked (minutes on a fresh clone; --cache makes a rerun quick).
  ['house: format and lint', ['lint']],
  ['unit tests: shared', ['--filter', '@partner-hub/shared', 'test']],
  ['unit tests: client', ['--filter', '@partner-hub/client', 'test']],
  ['API tests: server', ['--filter', '@partner-hub/server', 'test']],
  // Not a test: live fan-out at 1,000 and 5,000 subscribers beside its floor (server/bench/README.md),
  // about a minute; fails only if a delivery is lost or duplicated or the hub falls behind.
  // 5,000 sockets on each side need more file descriptors than some shells allow by default.
  ['fan-out bench (short)', ['-c', 'ulimit -n 20000 2>/dev/null; exec pnpm --filter @partner-hub/server bench:fanout:short'], 'sh'],
  ['build', ['run', 'build']],
  ['end-to-end tests', ['--filter', '@partner-hub/e2e', 'test']],
];

const failedSteps = [];
for (const [label, args, command = 'pnpm'] of steps) {
  console.log(`\n### ${label}\n`);
  const r = spawnSync(command, args, { cwd: root, stdio: 'inherit', env });
  if (r.status !== 0) {
    failedSteps.push(label);
    if (label === 'build') break; // end-to-end tests need the build
  }
}

let passed = 0;
let failed = 0;
let skipped = 0;
const lines = [];
const failures = [];
/** Names of the failed tests in a Playwright report (suites nest; specs hold tests with results). */
function playwrightFailures(suite, trail = []) {
  const here = suite.title ? [...trail, suite.title] : trail;
  const out = [];
  for (const spec of suite.specs ?? []) {
    if (spec.tests?.some((t) => t.status === 'unexpected')) out.push([...here, spec.title].join(' › '));
  }
  for (const child of suite.suites ?? []) out.push(...playwrightFailures(child, here));
  return out;
}
for (const file of existsSync(results) ? readdirSync(results).sort() : []) {
  if (!file.endsWith('.json')) continue;
  const report = JSON.parse(readFileSync(path.join(results, file), 'utf8'));
  let p, f, s;
  if (report.stats && 'expected' in report.stats) {
    // Playwright
    p = report.stats.expected + report.stats.flaky;
    f = report.stats.unexpected;
    s = report.stats.skipped;
    for (const suite of report.suites ?? []) failures.push(...playwrightFailures(suite).map((t) => `${file}: ${t}`));
  } else {
    // Vitest
    p = report.numPassedTests;
    f = report.numFailedTests || (report.success === false ? 1 : 0);
    s = report.numPendingTests + report.numTodoTests;
    for (const r of report.testResults ?? []) {
      const failedTests = (r.assertionResults ?? []).filter((a) => a.status === 'failed');
      const where = path.relative(root, r.name);
      for (const a of failedTests) {
        const why = (a.failureMessages?.[0] ?? '').split('\n')[0].slice(0, 200);
        failures.push(`${file}: ${where} › ${a.fullName}${why ? `\n      ${why}` : ''}`);
      }
      // A file that failed to load has no failed test of its own.
      if (!failedTests.length && r.status === 'failed') failures.push(`${file}: ${where} (${(r.message ?? 'failed').split('\n')[0]})`);
    }
  }
  passed += p;
  failed += f;
  skipped += s;
  lines.push(`  ${file.replace(/\.json$/, '').padEnd(22)} ${p} passed, ${f} failed${s ? `, ${s} skipped` : ''}`);
}
console.log('\n### summary\n');
console.log(lines.join('\n'));
if (failures.length) console.log(`\nFailed tests:\n${failures.map((f) => `  ${f.replace(/\.json:/, ':')}`).join('\n')}`);
if (failedSteps.length) console.log(`\nFailed steps: ${failedSteps.join(', ')}`);
if (failedSteps.length && failed === 0) failed = failedSteps.length;
console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failedSteps.length || failed ? 1 : 0);
