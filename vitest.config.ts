import os from 'node:os';
import { defineConfig } from 'vitest/config';
import { LongestFirstSequencer } from './vitest.sequencer.ts';

// One runner for every unit and integration project; browser tests run under Playwright.
export default defineConfig({
  test: {
    // `pnpm test` (scripts/test.mjs) reads the counts from a JSON report beside the usual output.
    reporters: process.env['JIFEN_VITEST_JSON'] ? ['default', 'json'] : ['default'],
    outputFile: { json: process.env['JIFEN_VITEST_JSON'] ?? 'vitest-results.json' },
    // One worker per core, not Vitest's default of one fewer: the server's files spend much of
    // their time waiting on PostgreSQL. On a 2-core machine the suite took 7 min 38 s with two
    // workers and 12 min 26 s with one (3 December, fresh clones).
    maxWorkers: os.availableParallelism(),
    sequence: { sequencer: LongestFirstSequencer },
    projects: [
      'packages/scoring',
      'apps/server',
      'apps/web/vitest.config.ts',
      'apps/web/vitest.mocks.config.ts',
      'tests/bench',
    ],
  },
});
