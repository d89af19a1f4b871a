import { createRequire } from 'node:module';
import type { DayOverride, IsoDate } from './working-days.js';

/**
 * Mainland China's statutory holidays and adjusted working days (调休) as the State Council
 * announces them each year, from the maintained `chinese-days` dataset (MIT, github.com/vsme/
 * chinese-days; updated when the next year's arrangement is published). Upgrading the package is
 * how a new year arrives; until then the committee can enter it as amendments.
 */
type Dataset = {
  /** Rest days of each holiday period (weekends inside it included): "English,中文,n". */
  holidays: Record<IsoDate, string>;
  /** Weekend days worked in exchange (调休上班). */
  workdays: Record<IsoDate, string>;
};

export type StatutoryDay = { kind: DayOverride; nameZh: string; nameEn: string };

export type StatutoryCalendar = {
  days: ReadonlyMap<IsoDate, StatutoryDay>;
  years: ReadonlySet<number>;
};

// A JSON file read through require: the same under tsc's output, swc and vitest.
const dataset = createRequire(import.meta.url)('chinese-days/dist/chinese-days.json') as Dataset;

function parseName(entry: string): { nameZh: string; nameEn: string } {
  const [nameEn = '', nameZh = ''] = entry.split(',');
  return { nameZh, nameEn };
}

function build(): StatutoryCalendar {
  const days = new Map<IsoDate, StatutoryDay>();
  for (const [date, entry] of Object.entries(dataset.holidays)) {
    days.set(date, { kind: 'holiday', ...parseName(entry) });
  }
  for (const [date, entry] of Object.entries(dataset.workdays)) {
    days.set(date, { kind: 'workday', ...parseName(entry) });
  }
  const years = new Set([...days.keys()].map((date) => Number(date.slice(0, 4))));
  return { days, years };
}

export const STATUTORY_CALENDAR: StatutoryCalendar = build();
