import path from 'node:path';
import { defineConfig, devices } from '@playwright/test';

const PORT = Number(process.env.E2E_PORT ?? 4173);
/** The local OpenID Connect provider standing in for Fedasil's directory (oidc-provider.mjs). */
const OIDC_PORT = Number(process.env.E2E_OIDC_PORT ?? PORT + 1);
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
  webServer: [
    {
      // The built hub on its own port and its own fresh SQLite database, with the demo data, and
      // staff sign-in with OpenID Connect through the local provider below.
      command: `node ${path.join(import.meta.dirname, 'serve.mjs')}`,
      url: `http://127.0.0.1:${PORT}/healthz`,
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: 'ignore',
      stderr: 'pipe',
      env: {
        E2E_PORT: String(PORT),
        OIDC_ISSUER: `http://127.0.0.1:${OIDC_PORT}`,
        OIDC_CLIENT_ID: 'partner-hub-local',
        OIDC_CLIENT_SECRET: 'local-client-secret-not-for-production',
        OIDC_STAFF_DOMAINS: 'partnerhub.example',
      },
    },
    {
      // Loopback only; stopped with the hub when the run ends.
      command: `node ${path.join(import.meta.dirname, 'oidc-provider.mjs')}`,
      url: `http://127.0.0.1:${OIDC_PORT}/.well-known/openid-configuration`,
      reuseExistingServer: false,
      timeout: 30_000,
      stdout: 'ignore',
      stderr: 'pipe',
      env: { OIDC_PROVIDER_PORT: String(OIDC_PORT), HUB_URLS: `http://127.0.0.1:${PORT}` },
    },
  ],
});
