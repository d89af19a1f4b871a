import { defineProject } from 'vitest/config';

// The benchmark's own logic (generator, statistics, goals); the benchmark itself runs with `pnpm bench`.
export default defineProject({
  // Workspace packages (@jifen/scoring) resolve to their TypeScript sources: no build needed.
  resolve: { conditions: ['source'] },
  ssr: { resolve: { conditions: ['source'], externalConditions: ['source'] } },
  test: { name: 'bench', include: ['src/**/*.test.ts'], environment: 'node' },
});
