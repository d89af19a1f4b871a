import { monthKey, parseMonthKey, type MonthKey } from './month-key.js';

/** A quarter of the year, 1–4. */
export type Quarter = 1 | 2 | 3 | 4;

/** The quarter (1–4) a month falls in. */
export function quarterOfMonth(key: MonthKey): Quarter {
  return (Math.floor((parseMonthKey(key).month - 1) / 3) + 1) as Quarter;
}

/** The three month keys of a quarter, in order. */
export function monthsOfQuarter(year: number, quarter: Quarter): MonthKey[] {
  const first = (quarter - 1) * 3 + 1;
  return [monthKey(year, first), monthKey(year, first + 1), monthKey(year, first + 2)];
}

/** The key of a quarter as text, e.g. `'2021-Q3'`. */
export function quarterKey(year: number, quarter: Quarter): string {
  return `${year}-Q${quarter}`;
}
