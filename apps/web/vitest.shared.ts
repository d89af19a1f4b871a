import react from '@vitejs/plugin-react';
import { defaultClientConditions } from 'vite';
import { defineProject } from 'vitest/config';

/**
 * Files that replace a module with `vi.mock`: they run in a project of their own with a fresh
 * module registry per file (vitest.mocks.config.ts), since a module that another file in the same
 * worker already loaded cannot be replaced.
 */
export const MOCKING_FILES = [
  'src/routes/overview/OverviewPage.test.tsx',
  'src/routes/ledger/SheetGrid.test.tsx',
];

/** The web app's tests under jsdom; `isolate` says whether each file loads its modules afresh. */
export function webProject(test: {
  name: string;
  include: string[];
  exclude: string[];
  isolate: boolean;
}) {
  return defineProject({
    plugins: [react()],
    resolve: { conditions: ['source', ...defaultClientConditions] },
    test: {
      ...test,
      environment: 'jsdom',
      // Node's own Web Storage global (on by default since Node 25) hides jsdom's localStorage.
      execArgv: ['--no-experimental-webstorage'],
      setupFiles: ['src/test/setup.ts'],
      css: false,
      testTimeout: 30_000,
    },
  });
}
