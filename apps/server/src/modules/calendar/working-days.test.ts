import { describe, expect, it } from 'vitest';
import { chinaDate } from './clock.js';
import { STATUTORY_CALENDAR } from './statutory-holidays.js';
import {
  addWorkingDays,
  countWorkingDays,
  isWorkingDay,
  noticeOpenOn,
  noticeWindow,
  type DayOverride,
  type WorkingDayCalendar,
} from './working-days.js';

const statutory: WorkingDayCalendar = {
  overrides: new Map([...STATUTORY_CALENDAR.days].map(([date, day]) => [date, day.kind])),
  knownYears: STATUTORY_CALENDAR.years,
};

function amended(extra: Record<string, DayOverride>, years: number[] = []): WorkingDayCalendar {
  return {
    overrides: new Map([...statutory.overrides, ...Object.entries(extra)]),
    knownYears: new Set([...statutory.knownYears, ...years]),
  };
}

describe('the statutory calendar from the chinese-days dataset', () => {
  it('knows the years up to the current one', () => {
    expect(STATUTORY_CALENDAR.years.has(2025)).toBe(true);
    expect(STATUTORY_CALENDAR.years.has(2026)).toBe(true);
  });

  it('rests on 国庆 weekdays and works on its 调休 weekend days', () => {
    expect(isWorkingDay('2026-10-05', statutory)).toBe(false); // Monday, 国庆节
    expect(isWorkingDay('2026-10-10', statutory)).toBe(true); // Saturday, 调休上班
    expect(isWorkingDay('2026-09-20', statutory)).toBe(true); // Sunday, 调休上班
    expect(isWorkingDay('2026-10-11', statutory)).toBe(false); // ordinary Sunday
    expect(isWorkingDay('2026-10-12', statutory)).toBe(true); // ordinary Monday
  });
});

describe('addWorkingDays: the start day never counts', () => {
  it('counts an ordinary week Monday to the next Monday', () => {
    expect(addWorkingDays('2026-11-23', 5, statutory)).toBe('2026-11-30');
  });

  it('starts counting on Monday when published on a Saturday', () => {
    expect(addWorkingDays('2026-11-21', 1, statutory)).toBe('2026-11-23');
    expect(addWorkingDays('2026-11-21', 5, statutory)).toBe('2026-11-27');
  });

  it('skips 国庆 2026 and counts the 调休 Saturday 10 October', () => {
    // Published Wednesday 30 September: 8, 9, 10 (Sat, worked), 12, 13 October.
    expect(addWorkingDays('2026-09-30', 5, statutory)).toBe('2026-10-13');
  });

  it('skips 国庆 2025 (eight days with 中秋) and counts the 调休 Saturday 11 October', () => {
    // Published Tuesday 30 September 2025: 9, 10, 11 (Sat, worked), 13, 14 October.
    expect(addWorkingDays('2025-09-30', 5, statutory)).toBe('2025-10-14');
  });

  it('counts the 调休 Saturday before 春节 2026 and then skips the festival', () => {
    // Published Friday 13 February: 14 (Sat, worked), then 24–27 February.
    expect(addWorkingDays('2026-02-13', 5, statutory)).toBe('2026-02-27');
  });

  it('skips 清明 2026 after a first-quarter list published on Friday 3 April', () => {
    expect(addWorkingDays('2026-04-03', 5, statutory)).toBe('2026-04-13');
  });

  it('refuses a count below one', () => {
    expect(() => addWorkingDays('2026-04-03', 0, statutory)).toThrow(RangeError);
  });
});

describe('noticeWindow', () => {
  it('gives the first counted day and the last day of a notice over 国庆', () => {
    expect(noticeWindow('2026-09-30', statutory)).toEqual({
      publishedOn: '2026-09-30',
      firstCountedDay: '2026-10-08',
      endsOn: '2026-10-13',
      provisionalYears: [],
      workingDays: 5,
    });
    expect(countWorkingDays('2026-10-08', '2026-10-13', statutory)).toBe(5);
  });

  it('flags a window reaching into a year the dataset does not know yet', () => {
    // 2027's arrangement is not in the dataset: 1 January 2027 falls back to an ordinary Friday.
    const window = noticeWindow('2026-12-30', statutory);
    expect(window.endsOn).toBe('2027-01-06');
    expect(window.provisionalYears).toEqual([2027]);
  });

  it('follows the committee’s amendment once it enters the new year’s holiday', () => {
    const calendar = amended({ '2027-01-01': 'holiday' }, [2027]);
    const window = noticeWindow('2026-12-30', calendar);
    expect(window.endsOn).toBe('2027-01-07');
    expect(window.provisionalYears).toEqual([]);
  });

  it('lets an amendment turn a statutory holiday back into a working day', () => {
    const calendar = amended({ '2026-10-07': 'workday' });
    expect(addWorkingDays('2026-09-30', 5, calendar)).toBe('2026-10-12');
  });

  it('stays open through the whole last day, China time', () => {
    expect(noticeOpenOn('2026-10-13', '2026-10-13')).toBe(true);
    expect(noticeOpenOn('2026-10-13', '2026-10-14')).toBe(false);
    // 23:30 in Beijing on the last day is still that day; 00:30 the next morning is not.
    expect(chinaDate(new Date('2026-10-13T15:30:00Z'))).toBe('2026-10-13');
    expect(chinaDate(new Date('2026-10-13T16:30:00Z'))).toBe('2026-10-14');
  });
});
