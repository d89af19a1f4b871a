/** A calendar month as `YYYY-MM`, e.g. `'2021-03'`. Sorts as text in calendar order. */
export type MonthKey = string;

const MONTH_KEY = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** Whether a value is a well-formed {@link MonthKey}. */
export function isMonthKey(value: unknown): value is MonthKey {
  return typeof value === 'string' && MONTH_KEY.test(value);
}

/** Builds the key of month `month` (1–12) of `year`. */
export function monthKey(year: number, month: number): MonthKey {
  if (!Number.isInteger(year) || year < 1000 || year > 9999)
    throw new RangeError(`Bad year ${year}`);
  if (!Number.isInteger(month) || month < 1 || month > 12)
    throw new RangeError(`Bad month ${month}`);
  return `${year}-${month < 10 ? '0' : ''}${month}`;
}

/** Splits a month key into its year and month number (1–12). Throws on a malformed key. */
export function parseMonthKey(key: MonthKey): { year: number; month: number } {
  const match = MONTH_KEY.exec(key);
  if (!match) throw new RangeError(`Not a month key: ${key}`);
  return { year: Number(match[1]), month: Number(match[2]) };
}

/** The month key of a date written `YYYY-MM-DD` (or any text starting with `YYYY-MM`). */
export function monthOfDate(date: string): MonthKey {
  const key = date.slice(0, 7);
  if (!isMonthKey(key)) throw new RangeError(`Not a date: ${date}`);
  return key;
}

/** The twelve month keys of a year, January first. */
export function monthsOfYear(year: number): MonthKey[] {
  return [...yearMonths(year)];
}

const yearMonthsCache = new Map<number, readonly MonthKey[]>();

/**
 * {@link monthsOfYear} shared and read-only: scoring asks for a member's year once per member and
 * period, and building twelve keys each time was a measurable part of a bureau's refresh.
 */
export function yearMonths(year: number): readonly MonthKey[] {
  let months = yearMonthsCache.get(year);
  if (!months) {
    months = Object.freeze(Array.from({ length: 12 }, (_, i) => monthKey(year, i + 1)));
    yearMonthsCache.set(year, months);
  }
  return months;
}

/** Number of days in a month (Gregorian calendar), e.g. 28 for `'2021-02'`. */
export function daysInMonth(key: MonthKey): number {
  const { year, month } = parseMonthKey(key);
  if (month === 2) {
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    return leap ? 29 : 28;
  }
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}
