import { scheme2021 } from '@jifen/scoring';
import { describe, expect, it } from 'vitest';
import { definitionsAtHand, heldDefinitions, yearSchemesOf } from './year-schemes.js';

// A read may leave out the definitions this process holds (their md5s); the rows then carry
// null. The server holds a bounded number, so keeping one read anew can drop another.
const row = (n: number, definition: typeof scheme2021 | null) => ({
  id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  version: n,
  effectiveFromMonth: `2021-${String(n).padStart(2, '0')}`,
  definition,
  hash: `definition-${n}`,
});

describe('a year’s schemes from rows that leave held definitions out', () => {
  it('keeps what a row leaves out even when another row’s new definition fills the store', () => {
    // Fill the store with definitions 1…16, in that order (1 is the oldest, dropped first).
    for (let n = 1; n <= 16; n++) yearSchemesOf(2021, [row(n, scheme2021)], []);
    expect(heldDefinitions()).toContain('definition-1');
    // A read that found definition 1 held leaves it out, and brings definition 17 anew.
    const rows = [row(17, scheme2021), row(1, null)];
    expect(definitionsAtHand(rows)).toBe(true);
    const schemes = yearSchemesOf(2021, rows, []);
    expect(schemes.versions.map((v) => v.version)).toEqual([17, 1]);
    expect(schemes.versions.every((v) => v.compiled.base.categories.length > 0)).toBe(true);
  });
});
