import { defineConfig } from 'vitest/config';

const results = process.env.PH_RESULTS_DIR;

export default defineConfig({
  resolve: { conditions: ['source'] },
  test: {
    include: ['src/**/*.test.ts'],
    reporters: results ? ['default', ['json', { outputFile: `${results}/1-shared.json` }]] : ['default'],
  },
});
