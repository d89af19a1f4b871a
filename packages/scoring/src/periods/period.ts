import { monthsOfYear, parseMonthKey, type MonthKey } from './month-key.js';
import { monthsOfQuarter, type Quarter } from './quarter.js';

/** A scoring period: one month, one quarter or one year. */
export type Period =
  | { kind: 'month'; month: MonthKey }
  | { kind: 'quarter'; year: number; quarter: Quarter }
  | { kind: 'year'; year: number };

/** The calendar months a period spans, in order. */
export function monthsOfPeriod(period: Period): MonthKey[] {
  switch (period.kind) {
    case 'month':
      parseMonthKey(period.month);
      return [period.month];
    case 'quarter':
      return monthsOfQuarter(period.year, period.quarter);
    case 'year':
      return monthsOfYear(period.year);
  }
}

/** The year a period belongs to. */
export function yearOfPeriod(period: Period): number {
  return period.kind === 'month' ? parseMonthKey(period.month).year : period.year;
}
