import { createRequire } from 'node:module';
import { defaultServerConditions } from 'vite';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);
const results = process.env.PH_RESULTS_DIR;

export default defineConfig({
  resolve: {
    // Workspace packages are used from source (the "source" export condition), no build step.
    conditions: ['source'],
    // One graphql instance: Node loads it as CommonJS for type-graphql and Apollo, so our code must too.
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  // Not the 'module' condition: some packages (the AWS SDK) point it at bundler-only builds Node cannot load.
  ssr: { resolve: { conditions: ['source', ...defaultServerConditions.filter((c) => c !== 'module')], externalConditions: ['source'] } },
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    setupFiles: ['reflect-metadata'],
    // Captures every hub's logs and fails the run on special-category data in them (privacy).
    globalSetup: ['test/log-check.global.ts'],
    reporters: results ? ['default', ['json', { outputFile: `${results}/3-server-${process.env.TEST_DATABASE ?? 'sqlite'}.json` }]] : ['default'],
  },
});
