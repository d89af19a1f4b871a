import { defineConfig } from 'vitest/config';

// One runner for every unit and integration project; browser tests run under Playwright.
export default defineConfig({
  test: {
    projects: ['packages/scoring', 'apps/server', 'apps/web', 'tests/bench'],
  },
});
