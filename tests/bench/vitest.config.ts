import { defineProject } from 'vitest/config';

// The benchmark's own logic (generator, statistics, goals); the benchmark itself runs with `pnpm bench`.
export default defineProject({
  test: { name: 'bench', include: ['src/**/*.test.ts'], environment: 'node' },
});
