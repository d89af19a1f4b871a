import { createRequire } from 'node:module';
import { defineProject } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineProject({
  resolve: {
    conditions: ['source'],
    // One graphql instance: type-graphql and Apollo load the CommonJS build ("another module or realm").
    alias: { graphql: require.resolve('graphql') },
  },
  // Tests run in Vite's server-side environment, which takes its own conditions: workspace
  // packages (@jifen/scoring) resolve to their TypeScript sources without a build.
  ssr: { resolve: { conditions: ['source'], externalConditions: ['source'] } },
  test: {
    name: 'server',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['test/global-setup.ts'],
    setupFiles: ['reflect-metadata'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
