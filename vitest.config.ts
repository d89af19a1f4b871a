import { defineConfig } from 'vitest/config';

// One runner for every unit and integration project; browser tests run under Playwright.
export default defineConfig({
  test: {
    // `pnpm test` (scripts/test.mjs) reads the counts from a JSON report beside the usual output.
    reporters: process.env['JIFEN_VITEST_JSON'] ? ['default', 'json'] : ['default'],
    outputFile: { json: process.env['JIFEN_VITEST_JSON'] ?? 'vitest-results.json' },
    projects: ['packages/scoring', 'apps/server', 'apps/web', 'tests/bench'],
  },
});
