import { describe, expect, it } from 'vitest';
import { allocate, requestedCount, stratifiedSample, type Candidate } from './stratified-sample.js';

const population = (counts: Record<string, number>): Candidate[] =>
  Object.entries(counts).flatMap(([branchId, n]) =>
    Array.from({ length: n }, (_, i) => ({ key: `${branchId}:${i}`, branchId })),
  );

describe('stratified sampling', () => {
  it('gives every branch with records at least one draw, the rest in proportion', () => {
    const quota = allocate(
      new Map([
        ['a', 100],
        ['b', 10],
        ['c', 1],
        ['d', 0],
      ]),
      12,
    );
    expect(Object.fromEntries(quota)).toEqual({ a: 9, b: 2, c: 1 });
    expect([...quota.values()].reduce((s, n) => s + n, 0)).toBe(12);
  });

  it('never draws more from a branch than it has, and adds up to what was asked', () => {
    const quota = allocate(
      new Map([
        ['a', 3],
        ['b', 3],
        ['c', 50],
      ]),
      55,
    );
    expect(quota.get('a')).toBeLessThanOrEqual(3);
    expect(quota.get('b')).toBeLessThanOrEqual(3);
    expect([...quota.values()].reduce((s, n) => s + n, 0)).toBe(55);
  });

  it('draws the same sample from the same seed and records, in whatever order they are read', () => {
    const records = population({ a: 40, b: 7, c: 3 });
    const shuffled = [...records].reverse();
    const first = stratifiedSample(records, 10, 'seed-1', ['a', 'b', 'c']).map((c) => c.key);
    const again = stratifiedSample(shuffled, 10, 'seed-1', ['a', 'b', 'c']).map((c) => c.key);
    expect(again).toEqual(first);
    expect(new Set(first.map((k) => k.split(':')[0]))).toEqual(new Set(['a', 'b', 'c']));
    const other = stratifiedSample(records, 10, 'seed-2', ['a', 'b', 'c']).map((c) => c.key);
    expect(other).not.toEqual(first);
  });

  it('keeps a branch’s draws when records are added in another branch', () => {
    const before = stratifiedSample(population({ a: 20, b: 20 }), 6, 's', ['a', 'b']);
    const after = stratifiedSample(population({ a: 20, b: 40 }), 6, 's', ['a', 'b']);
    const inA = (cs: Candidate[]) => cs.filter((c) => c.branchId === 'a').map((c) => c.key);
    // b grew, so a's share shrank: what a still draws is the head of what it drew before.
    expect(inA(before).slice(0, inA(after).length)).toEqual(inA(after));
  });

  it('turns a share into a count, rounding up', () => {
    expect(requestedCount({ share: 0.05 }, 101)).toBe(6);
    expect(requestedCount({ size: 500 }, 40)).toBe(40);
  });
});
