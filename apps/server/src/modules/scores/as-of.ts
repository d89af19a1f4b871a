/**
 * The last month a year is scored up to. A past year is scored whole. The current year is scored
 * up to the month before today: the month in progress is still being recorded, and scoring its
 * empty quotas would show every member losing points they have not yet had the chance to earn.
 * A future year has nothing recorded; it is scored as of its January.
 */
export function defaultAsOf(year: number, today: Date = new Date()): string {
  const currentYear = today.getUTCFullYear();
  if (year < currentYear) return `${year}-12`;
  if (year > currentYear) return `${year}-01`;
  const month = today.getUTCMonth(); // 0-based: the previous month's 1-based number
  return `${year}-${String(Math.max(month, 1)).padStart(2, '0')}`;
}

/** The last month of a period, capped by the as-of month of its year. */
export function lastScoredMonth(
  year: number,
  period: { month?: number | null; quarter?: number | null },
  asOf: string,
): string {
  const last = period.month
    ? `${year}-${String(period.month).padStart(2, '0')}`
    : period.quarter
      ? `${year}-${String(period.quarter * 3).padStart(2, '0')}`
      : `${year}-12`;
  return last < asOf ? last : asOf;
}
