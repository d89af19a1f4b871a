import { createRequire } from 'node:module';
import { defineProject } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineProject({
  resolve: {
    conditions: ['source'],
    // One graphql instance: type-graphql and Apollo load the CommonJS build ("another module or realm").
    // Exactly `graphql`: a prefix alias would also rewrite `graphql/language` and the like.
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  // Tests run in Vite's server-side environment, which takes its own conditions: workspace
  // packages (@jifen/scoring) resolve to their TypeScript sources without a build.
  ssr: { resolve: { conditions: ['source'], externalConditions: ['source'] } },
  test: {
    name: 'server',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['test/global-setup.ts'],
    setupFiles: ['reflect-metadata', 'test/reset-clock.ts'],
    // Generous: a journey through every mutation on a busy 2-core machine takes minutes, not seconds.
    testTimeout: 120_000,
    hookTimeout: 180_000,
    pool: 'forks',
    // Each worker keeps its loaded modules from file to file: importing the server (type-graphql's
    // metadata, MikroORM, Apollo) cost ~3 s per file, most of the suite's time on 2 cores. Files
    // share no state but modules: each starts its own server on its own cloned database, and a setup
    // file (test/reset-clock.ts) puts the shared clock back to the real date before each file.
    isolate: false,
    // A larger young generation: the ORM's unit of work makes many short-lived objects, and V8's
    // default 16 MB semi-space collected them about 4 % of the CPU more often. The full demo's
    // seeding, three runs each way alternated: 21.5 s against 20.6 s on average (4 December).
    execArgv: ['--max-semi-space-size=64'],
  },
});
