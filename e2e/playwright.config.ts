import path from 'node:path';
import { defineConfig, devices } from '@playwright/test';

const PORT = Number(process.env.E2E_PORT ?? 4173);
const results = process.env.PH_RESULTS_DIR;
/** Debian's Chromium; never a downloaded browser. */
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: './tests',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: results ? [['list'], ['json', { outputFile: `${results}/5-e2e.json` }]] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    locale: 'nl-BE',
    timezoneId: 'Europe/Brussels',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: chromium,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  projects: [
    // The journeys that check exactly what each role sees run first, on the untouched demo data;
    // the others add partnerships, households and documents of their own.
    { name: 'demo-data', testMatch: /roles\.spec\.ts/, use: { ...devices['Desktop Chrome'], channel: undefined } },
    { name: 'journeys', testIgnore: /roles\.spec\.ts/, dependencies: ['demo-data'], use: { ...devices['Desktop Chrome'], channel: undefined } },
  ],
  webServer: {
    // The built hub on its own port and its own fresh SQLite database, with the demo data.
    command: `node ${path.join(import.meta.dirname, 'serve.mjs')}`,
    url: `http://127.0.0.1:${PORT}/healthz`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
    env: { E2E_PORT: String(PORT) },
  },
});
