import { createHash } from 'node:crypto';

/** A record that may be drawn: its stratum is its branch. */
export type Candidate = { key: string; branchId: string };

/** How many to draw: a number of records, or a share of them (0 < share ≤ 1). */
export type SampleRequest = { size: number } | { share: number };

/**
 * Every record's place in the draw: a SHA-256 of the seed and the record's key. The order depends
 * only on the seed and the records themselves, so the same seed and the same records draw the same
 * sample, in any order they are read, and a record added elsewhere does not move the others.
 */
export function drawOrder(seed: string, key: string): string {
  return createHash('sha256').update(seed).update('\u0000').update(key).digest('hex');
}

/** The number of records a request asks for, out of `population`. */
export function requestedCount(request: SampleRequest, population: number): number {
  return 'size' in request
    ? Math.min(request.size, population)
    : Math.min(population, Math.ceil(request.share * population));
}

/**
 * Splits `total` draws among the strata: one for each stratum first (every branch is represented),
 * the rest in proportion to what each has beyond that one, by largest remainder (ties to the
 * stratum listed first). `total` must be at least the number of strata.
 */
export function allocate(sizes: ReadonlyMap<string, number>, total: number): Map<string, number> {
  const strata = [...sizes].filter(([, n]) => n > 0);
  const left = total - strata.length;
  const spare = strata.reduce((sum, [, n]) => sum + n - 1, 0);
  const shares = strata.map(([id, n]) => {
    const exact = spare === 0 ? 0 : (left * (n - 1)) / spare;
    return { id, n, whole: Math.floor(exact), rest: exact - Math.floor(exact) };
  });
  let remaining = left - shares.reduce((sum, s) => sum + s.whole, 0);
  const byRest = [...shares].sort((a, b) => b.rest - a.rest);
  for (const s of byRest) {
    if (remaining === 0) break;
    if (1 + s.whole < s.n) {
      s.whole += 1;
      remaining -= 1;
    }
  }
  return new Map(shares.map((s) => [s.id, 1 + s.whole]));
}

/**
 * A stratified random sample: `count` candidates, at least one per branch that has any, the
 * rest in proportion to each branch's records; within a branch, the first in draw order.
 * Returned by branch (in the order `branchOrder` lists them), then draw order.
 */
export function stratifiedSample<C extends Candidate>(
  candidates: readonly C[],
  count: number,
  seed: string,
  branchOrder: readonly string[],
): C[] {
  const byBranch = new Map<string, { c: C; order: string }[]>();
  for (const id of branchOrder) byBranch.set(id, []);
  for (const c of candidates) {
    const list = byBranch.get(c.branchId) ?? [];
    list.push({ c, order: drawOrder(seed, c.key) });
    byBranch.set(c.branchId, list);
  }
  const sizes = new Map([...byBranch].map(([id, list]) => [id, list.length]));
  const quota = allocate(sizes, count);
  const sample: C[] = [];
  for (const [id, list] of byBranch) {
    const take = quota.get(id) ?? 0;
    list.sort((a, b) => (a.order < b.order ? -1 : a.order > b.order ? 1 : 0));
    sample.push(...list.slice(0, take).map((x) => x.c));
  }
  return sample;
}
