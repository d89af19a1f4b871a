import {
  OUTCOME_BANDS,
  parseDecimal,
  roundToText,
  type Exact,
  type OutcomeBand,
  type SchemeComparison,
} from '@jifen/scoring';

/** The bands, best first, as the scoring package lists them. */
const BANDS: readonly OutcomeBand[] = OUTCOME_BANDS.map((b) => b.band);

/** Score ranges of the distribution: ten points wide, the last one closed (90–100). */
export const BUCKET_WIDTH = 10;
const BUCKETS = 10;

/** A member's comparison with where they belong. */
export type WhatIfRow = SchemeComparison & {
  name: string;
  branchId: string;
  branchName: string;
};

export type BandShiftRow = {
  band: OutcomeBand;
  current: number;
  draft: number;
  /** Members in this band under the draft who were not under the scheme in force. */
  movedIn: number;
  movedOut: number;
};

export type BucketRow = { from: number; to: number; current: number; draft: number };

export type GroupSummary = {
  branchId: string | null;
  branchName: string | null;
  members: number;
  meanCurrent: string;
  meanDraft: string;
  /** meanDraft − meanCurrent, on the two-place means. */
  meanShift: string;
  /** Members whose total changes, and whose band changes. */
  changed: number;
  bandChanged: number;
  bands: BandShiftRow[];
  distribution: BucketRow[];
};

const TWO_PLACES = { decimals: 2, mode: 'half-up' } as const;

function bucketOf(total: Exact): number {
  const i = Math.floor(total.valueOf() / BUCKET_WIDTH);
  return Math.min(Math.max(i, 0), BUCKETS - 1);
}

/** What a committee decides on, for one group of members (a branch, or the whole bureau). */
export function summarise(
  rows: readonly WhatIfRow[],
  branch: { id: string; name: string } | null,
): GroupSummary {
  let sumA = parseDecimal('0');
  let sumB = parseDecimal('0');
  const bands = new Map(
    BANDS.map((band) => [band, { band, current: 0, draft: 0, movedIn: 0, movedOut: 0 }]),
  );
  const distribution: BucketRow[] = Array.from({ length: BUCKETS }, (_, i) => ({
    from: i * BUCKET_WIDTH,
    to: (i + 1) * BUCKET_WIDTH,
    current: 0,
    draft: 0,
  }));
  let changed = 0;
  let bandChanged = 0;
  for (const row of rows) {
    const a = parseDecimal(row.totalA);
    const b = parseDecimal(row.totalB);
    sumA = sumA.add(a);
    sumB = sumB.add(b);
    distribution[bucketOf(a)]!.current++;
    distribution[bucketOf(b)]!.draft++;
    const from = bands.get(row.outcomeA.band)!;
    const to = bands.get(row.outcomeB.band)!;
    from.current++;
    to.draft++;
    if (row.changed) changed++;
    if (row.outcomeA.band !== row.outcomeB.band) {
      bandChanged++;
      from.movedOut++;
      to.movedIn++;
    }
  }
  const n = rows.length;
  const meanA = n ? roundToText(sumA.div(n), TWO_PLACES) : '0.00';
  const meanB = n ? roundToText(sumB.div(n), TWO_PLACES) : '0.00';
  return {
    branchId: branch?.id ?? null,
    branchName: branch?.name ?? null,
    members: n,
    meanCurrent: meanA,
    meanDraft: meanB,
    meanShift: roundToText(parseDecimal(meanB).sub(parseDecimal(meanA)), TWO_PLACES),
    changed,
    bandChanged,
    bands: [...bands.values()],
    distribution,
  };
}

/** The bureau's summary and one per branch, branches in the order given. */
export function summariseByBranch(
  rows: readonly WhatIfRow[],
  branches: readonly { id: string; name: string }[],
): { bureau: GroupSummary; branches: GroupSummary[] } {
  const byBranch = new Map<string, WhatIfRow[]>();
  for (const row of rows) {
    const list = byBranch.get(row.branchId);
    if (list) list.push(row);
    else byBranch.set(row.branchId, [row]);
  }
  return {
    bureau: summarise(rows, null),
    branches: branches
      .filter((b) => byBranch.has(b.id))
      .map((b) => summarise(byBranch.get(b.id)!, b)),
  };
}
