import { describe, expect, it } from 'vitest';
import { zhCN } from './zh-CN/zh-CN';

// A text no screen shows is a text no one checks: it drifts from the product (two of them still
// promised a save "once the server offers scheme operations", long after it did).

// Every source file of the app, as text, but the catalogues and the tests.
const SOURCES = import.meta.glob<string>(
  ['/src/**/*.{ts,tsx}', '!/src/**/*.test.{ts,tsx}', '!/src/app/i18n/**'],
  { query: '?raw', import: 'default', eager: true },
);

describe('the message catalogue', () => {
  it('has no text that no screen uses', () => {
    const code = Object.values(SOURCES).join('\n');
    expect(code).toContain("t('app.title')");
    // Keys built at run time, e.g. `status.${status}`, count by their prefix.
    const prefixes = [...code.matchAll(/`([\w.-]+\.)\$\{/g)].map((m) => m[1]!);
    const unused = Object.keys(zhCN).filter(
      (key) => !code.includes(`'${key}'`) && !prefixes.some((prefix) => key.startsWith(prefix)),
    );
    expect(unused).toEqual([]);
  });
});
