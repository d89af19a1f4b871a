/**
 * Working days on mainland China's calendar, as pure functions over ISO dates ('YYYY-MM-DD').
 *
 * A day is a working day unless it is a weekend or a statutory holiday; a weekend day declared an
 * adjusted working day (调休) is a working day. The calendar is data (the statutory dataset plus the
 * committee's amendments, merged in calendar.service.ts); nothing here reads a clock or a database.
 */

/** A calendar date as 'YYYY-MM-DD' (China's civil date; no time, no zone). */
export type IsoDate = string;

/** How a date departs from the weekly rule: a rest day on a weekday, or a working weekend day. */
export type DayOverride = 'holiday' | 'workday';

export type WorkingDayCalendar = {
  /** Dates that depart from the weekly rule (Saturday and Sunday off). */
  overrides: ReadonlyMap<IsoDate, DayOverride>;
  /** Years whose holidays are known; other years fall back to the weekly rule alone. */
  knownYears: ReadonlySet<number>;
};

/** The plan's notice period: 公示 5 个工作日 (plan 六(二)(2)). */
export const NOTICE_WORKING_DAYS = 5;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;
/** No calendar has a run of rest days this long; a bound keeps a bad calendar from looping. */
const MAX_SCAN_DAYS = 3660;

export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function toUtc(date: IsoDate): number {
  if (!isIsoDate(date)) throw new RangeError(`Not a date (YYYY-MM-DD): ${date}`);
  return Date.UTC(
    Number(date.slice(0, 4)),
    Number(date.slice(5, 7)) - 1,
    Number(date.slice(8, 10)),
  );
}

function fromUtc(ms: number): IsoDate {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The date `days` days after `date` (negative: before). */
export function addDays(date: IsoDate, days: number): IsoDate {
  return fromUtc(toUtc(date) + days * DAY_MS);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((toUtc(to) - toUtc(from)) / DAY_MS);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(date: IsoDate): number {
  return new Date(toUtc(date)).getUTCDay();
}

export function isWeekend(date: IsoDate): boolean {
  const day = weekday(date);
  return day === 0 || day === 6;
}

export function isWorkingDay(date: IsoDate, calendar: WorkingDayCalendar): boolean {
  const override = calendar.overrides.get(date);
  if (override) return override === 'workday';
  return !isWeekend(date);
}

/**
 * The `count`-th working day after `start`; `start` itself never counts, whatever kind of day it
 * is. `addWorkingDays('2026-09-30', 1, cal)` is 2026-10-08, the first working day after 国庆.
 */
export function addWorkingDays(
  start: IsoDate,
  count: number,
  calendar: WorkingDayCalendar,
): IsoDate {
  if (!Number.isInteger(count) || count < 1) throw new RangeError(`Bad working-day count ${count}`);
  let date = start;
  let found = 0;
  for (let scanned = 0; scanned < MAX_SCAN_DAYS; scanned++) {
    date = addDays(date, 1);
    if (isWorkingDay(date, calendar) && ++found === count) return date;
  }
  throw new RangeError(`No ${count} working days within ${MAX_SCAN_DAYS} days of ${start}`);
}

/** Working days in `from`..`to`, both included. */
export function countWorkingDays(from: IsoDate, to: IsoDate, calendar: WorkingDayCalendar): number {
  let n = 0;
  for (let date = from; date <= to; date = addDays(date, 1)) {
    if (isWorkingDay(date, calendar)) n++;
  }
  return n;
}

export type NoticeWindow = {
  /** The day the list was published: objections are taken from publication on. */
  publishedOn: IsoDate;
  /** The first of the counted working days: the first working day after publication. */
  firstCountedDay: IsoDate;
  /** The last counted working day: the notice is open until the end of this day (China time). */
  endsOn: IsoDate;
  /** Years the window crosses whose holidays are not known: the end date may be early. */
  provisionalYears: number[];
  /** How many working days the notice runs. */
  workingDays: number;
};

/**
 * The public notice of a list published on `publishedOn`. The day of publication does not count
 * (a list put up at 17:00 would otherwise lose most of a day); the notice then runs for `days`
 * working days and closes at the end of the last one.
 */
export function noticeWindow(
  publishedOn: IsoDate,
  calendar: WorkingDayCalendar,
  days: number = NOTICE_WORKING_DAYS,
): NoticeWindow {
  const endsOn = addWorkingDays(publishedOn, days, calendar);
  const provisional = new Set<number>();
  for (let date = addDays(publishedOn, 1); date <= endsOn; date = addDays(date, 1)) {
    const year = Number(date.slice(0, 4));
    if (!calendar.knownYears.has(year)) provisional.add(year);
  }
  return {
    publishedOn,
    firstCountedDay: addWorkingDays(publishedOn, 1, calendar),
    endsOn,
    provisionalYears: [...provisional].sort(),
    workingDays: days,
  };
}

/** Whether a notice ending on `endsOn` is still open on `today` (it closes when that day ends). */
export function noticeOpenOn(endsOn: IsoDate, today: IsoDate): boolean {
  return today <= endsOn;
}
