import type { MemberYearFacts, MonthKey } from '@jifen/scoring';

/**
 * The last month of a member's period that is scored, and the branch it is scored in: the latest
 * month up to `cap` whose branch (the receiving one, in a month of two) has recorded it. Null when
 * none is. This month names the summary (`asOf`), and its branch decides whether the period is
 * judged; the scoring package applies the same rule month by month (`recordedThrough`).
 */
export function lastScoredMonth(
  facts: Pick<MemberYearFacts, 'year' | 'memberships'>,
  recordedThrough: Readonly<Record<string, MonthKey>>,
  cap: MonthKey,
): { month: MonthKey; branchId: string } | null {
  for (let m = Number(cap.slice(5, 7)); m >= 1; m--) {
    const month = `${facts.year}-${String(m).padStart(2, '0')}`;
    let branchId: string | undefined;
    let from = '';
    for (const stretch of facts.memberships) {
      if (stretch.from > month || (stretch.to != null && stretch.to < month)) continue;
      if (stretch.from >= from) {
        from = stretch.from;
        branchId = stretch.branchId;
      }
    }
    const through = branchId === undefined ? undefined : recordedThrough[branchId];
    if (branchId !== undefined && through !== undefined && month <= through) {
      return { month, branchId };
    }
  }
  return null;
}

/** The last month of a period (`year`, or quarter 1–4, or month 1–12) of `year`. */
export function lastMonthOf(
  year: number,
  period: { month?: number | null; quarter?: number | null },
): MonthKey {
  const m = period.month ?? (period.quarter ? period.quarter * 3 : 12);
  return `${year}-${String(m).padStart(2, '0')}`;
}
