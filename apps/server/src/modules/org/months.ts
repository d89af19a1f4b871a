/** Calendar months as 'YYYY-MM' (membership stretches) and dates as 'YYYY-MM-DD' (the roster). */

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isMonth(value: string): boolean {
  return MONTH.test(value);
}

/** True for a real calendar date ('2021-02-30' is not one). */
export function isDate(value: string): boolean {
  const m = DATE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === value;
}

export function addMonths(month: string, delta: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) + delta;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The month (in China Standard Time, where the bureau works) a moment falls in. */
export function monthOf(at: Date): string {
  return dateOf(at).slice(0, 7);
}

/** Today's date in China Standard Time (UTC+8, no daylight saving). */
export function dateOf(at: Date): string {
  return new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}
