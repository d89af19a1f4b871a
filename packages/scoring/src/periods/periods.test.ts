import { describe, expect, it } from 'vitest';
import {
  daysInMonth,
  isMonthKey,
  monthKey,
  monthOfDate,
  monthsOfYear,
  parseMonthKey,
} from './month-key.js';
import { monthsOfPeriod } from './period.js';
import { monthsOfQuarter, quarterKey, quarterOfMonth } from './quarter.js';

describe('periods', () => {
  it('month keys', () => {
    expect(monthKey(2021, 3)).toBe('2021-03');
    expect(parseMonthKey('2021-11')).toEqual({ year: 2021, month: 11 });
    expect(isMonthKey('2021-13')).toBe(false);
    expect(monthOfDate('2021-09-30')).toBe('2021-09');
    expect(() => monthKey(2021, 0)).toThrow(RangeError);
    expect(monthsOfYear(2021)).toHaveLength(12);
  });

  it('days in a month, leap years included', () => {
    expect([
      daysInMonth('2021-02'),
      daysInMonth('2024-02'),
      daysInMonth('1900-02'),
      daysInMonth('2000-02'),
    ]).toEqual([28, 29, 28, 29]);
    expect([daysInMonth('2021-09'), daysInMonth('2021-10')]).toEqual([30, 31]);
  });

  it('quarters', () => {
    expect(quarterOfMonth('2021-03')).toBe(1);
    expect(quarterOfMonth('2021-10')).toBe(4);
    expect(monthsOfQuarter(2021, 3)).toEqual(['2021-07', '2021-08', '2021-09']);
    expect(quarterKey(2021, 2)).toBe('2021-Q2');
    expect(monthsOfPeriod({ kind: 'quarter', year: 2021, quarter: 4 })).toEqual([
      '2021-10',
      '2021-11',
      '2021-12',
    ]);
    expect(monthsOfPeriod({ kind: 'month', month: '2021-05' })).toEqual(['2021-05']);
  });
});
