import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      '.data/**',
      'apps/server/src/db/migrations/**',
      'apps/web/src/graphql/**',
      'tests/e2e/.output/**',
      'playwright-report/**',
      'test-results/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['apps/web/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    // An object literal with a getter or setter of its own gets a hidden class of its own, kept in
    // V8's old generation with whatever its closures hold until a full collection: made per
    // request, it kept each request alive past the young collections (tests/bench/README.md,
    // "requests that died old"). Accessors go on a class, where every instance shares them.
    files: ['apps/server/src/**/*.ts', 'packages/scoring/src/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'ObjectExpression > Property[kind=/^(get|set)$/]',
          message: 'Accessors on a class, not on an object literal (see eslint.config.js).',
        },
      ],
    },
  },
  {
    // The scoring package and the web app stay free of the server's frameworks.
    files: ['packages/scoring/**/*.ts', 'apps/web/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['@mikro-orm/*', 'type-graphql', '@apollo/server', 'pg', 'node:*'] },
      ],
    },
  },
);
