import { monthsOfQuarter, type Quarter } from '@jifen/scoring';
import { BadInputError } from '../../../graphql/errors.js';
import { addDays } from '../../calendar/working-days.js';
import type { QuarterAssessment } from './quarter-assessment.entity.js';

const QUARTER_NAMES = ['一', '二', '三', '四'];

/** Checks a year and quarter from input; returns the quarter typed. */
export function checkQuarter(year: number, quarter: number): Quarter {
  checkYear(year);
  if (!Number.isInteger(quarter) || quarter < 1 || quarter > 4) {
    throw new BadInputError('季度应为 1 至 4', 'The quarter must be 1 to 4', 'quarter');
  }
  return quarter as Quarter;
}

export function checkYear(year: number, field = 'year'): void {
  if (!Number.isInteger(year) || year < 2000 || year > 2100) {
    throw new BadInputError(
      '年度应为 2000 到 2100 之间的整数',
      'The year must be from 2000 to 2100',
      field,
    );
  }
}

/** 2026年3月 (English keeps 2026-03), as to-do items and the audit log name a month. */
export function monthLabel(month: string): { zh: string; en: string } {
  return { zh: `${month.slice(0, 4)}年${Number(month.slice(5, 7))}月`, en: month.slice(0, 7) };
}

/** 2026年第一季度 */
export function quarterLabel(year: number, quarter: number): string {
  return `${year}年第${QUARTER_NAMES[quarter - 1]}季度`;
}

export function quarterMonths(year: number, quarter: number): string[] {
  return monthsOfQuarter(year, quarter as Quarter);
}

/** The last calendar day of a month `YYYY-MM`. */
export function lastDayOfMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const next = m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
  return addDays(next, -1);
}

export function yearMonths(year: number): string[] {
  return Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);
}

/** The scoring package's period of a quarter's assessment. */
export const periodOfQuarter = (q: QuarterAssessment) =>
  ({ kind: 'quarter', year: q.year, quarter: checkQuarter(q.year, q.quarter) }) as const;
