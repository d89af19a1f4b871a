import { BANDS, isBand, type Band } from '../../components/outcome-band';

export type ScorePoint = {
  memberId: string;
  branchId: string;
  total: string;
  outcomeBand?: string | null;
};

export type Histogram = { labels: string[]; counts: number[] };

/**
 * Annual totals counted in 5-point bins from 50 to 100, with everything below 50 in one bin
 * (the thresholds 60, 70 and 80 fall on bin edges, so the bins read against the outcomes).
 */
export function histogram(totals: readonly number[]): Histogram {
  const labels = ['<50'];
  for (let low = 50; low < 100; low += 5) labels.push(`${low}–${low + 5}`);
  const counts = labels.map(() => 0);
  for (const total of totals) {
    const index = total < 50 ? 0 : Math.min(labels.length - 1, 1 + Math.floor((total - 50) / 5));
    counts[index]! += 1;
  }
  return { labels, counts };
}

export type BranchOutcomes = {
  branchIds: string[];
  /** Per band, the count of each branch in `branchIds` order. */
  series: { band: Band; counts: number[] }[];
};

/** Members per outcome band and branch (years only), branches in the given order. */
export function outcomesByBranch(
  points: readonly ScorePoint[],
  branchIds: readonly string[],
): BranchOutcomes {
  const ids = branchIds.filter((id) => points.some((p) => p.branchId === id));
  const series = BANDS.map((band) => ({
    band,
    counts: ids.map(
      (id) =>
        points.filter((p) => p.branchId === id && isBand(p.outcomeBand) && p.outcomeBand === band)
          .length,
    ),
  }));
  return { branchIds: ids, series: series.filter((s) => s.counts.some((c) => c > 0)) };
}

const mean = (values: readonly number[]): number | null =>
  values.length
    ? Math.round((100 * values.reduce((a, b) => a + b, 0)) / values.length) / 100
    : null;

export type Trend = {
  /** The quarters that have scores (1–4). */
  quarters: number[];
  bureau: (number | null)[];
  branches: { branchId: string; means: (number | null)[] }[];
};

/** Mean total per quarter for the bureau and each branch; quarters without scores are left out. */
export function quarterTrend(
  byQuarter: readonly (readonly ScorePoint[])[],
  branchIds: readonly string[],
): Trend {
  const quarters = [1, 2, 3, 4].filter((q) => (byQuarter[q - 1] ?? []).length > 0);
  const at = (q: number) => byQuarter[q - 1] ?? [];
  return {
    quarters,
    bureau: quarters.map((q) => mean(at(q).map((p) => Number(p.total)))),
    branches: branchIds
      .map((branchId) => ({
        branchId,
        means: quarters.map((q) =>
          mean(
            at(q)
              .filter((p) => p.branchId === branchId)
              .map((p) => Number(p.total)),
          ),
        ),
      }))
      .filter((b) => b.means.some((m) => m !== null)),
  };
}

export type Kpis = { members: number; mean: number | null; warnings: number; priority: number };

export function kpis(points: readonly ScorePoint[]): Kpis {
  return {
    members: points.length,
    mean: mean(points.map((p) => Number(p.total))),
    warnings: points.filter(
      (p) => p.outcomeBand === 'yellowWarning' || p.outcomeBand === 'redWarning',
    ).length,
    priority: points.filter((p) => p.outcomeBand === 'priorityCandidate').length,
  };
}
