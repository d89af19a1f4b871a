import type { IsoDate } from '../../modules/calendar/working-days.js';
import { fixedClock, setClock } from '../../modules/calendar/clock.js';

/**
 * What the demo holds, relative to the day it is seeded. The full demo (`pnpm start`) adds the
 * previous year, recorded, reviewed, evaluated, approved and published, and reviews the current
 * year's finished quarters. The light demo (test templates, browser journeys) is only the current
 * year's ledger: the tests were written against the state before any review.
 */
export type DemoScope = {
  /** The China date the demo is seeded on: the current year and its recorded months follow. */
  today: IsoDate;
  /** The previous year, complete: ledger, four quarters, the annual evaluation and outcome cases. */
  history: boolean;
  /** The current year's finished quarters reviewed and published, one with an upheld objection. */
  reviewedQuarters: boolean;
};

/** The day the tests' templates and the browser journeys pin: 2026, January–October recorded. */
export const LIGHT_DEMO_DAY = '2026-11-16';

export const LIGHT_DEMO: DemoScope = {
  today: LIGHT_DEMO_DAY,
  history: false,
  reviewedQuarters: false,
};

/** The demo of `kind` seeded on `today` (SEED_DEMO: `pnpm start` seeds the full one). */
export function demoScope(kind: 'full' | 'light', today: IsoDate): DemoScope {
  const full = kind === 'full';
  return { today, history: full, reviewedQuarters: full };
}

export type DemoYears = {
  /** The current year. */
  year: number;
  /** Months of the current year recorded (已录入): every month before today's, 0 in January. */
  recordedMonths: number;
  /** Quarters of the current year whose three months are recorded. */
  finishedQuarters: number;
};

export function demoYears(today: IsoDate): DemoYears {
  const year = Number(today.slice(0, 4));
  const recordedMonths = Number(today.slice(5, 7)) - 1;
  return { year, recordedMonths, finishedQuarters: Math.floor(recordedMonths / 3) };
}

/** `planned`, or `today` when the plan lies after it: nothing the demo holds happens in the future. */
export function notAfter(planned: IsoDate, today: IsoDate): IsoDate {
  return planned < today ? planned : today;
}

/**
 * Runs `step` with the server's calendar standing on `day` (09:00 China time), as if the branch
 * took it that day, then puts the calendar back: every service dates its steps by the clock.
 */
export async function onDay<T>(day: IsoDate, step: () => Promise<T>): Promise<T> {
  const restore = setClock(fixedClock(`${day}T09:00:00+08:00`));
  try {
    return await step();
  } finally {
    restore();
  }
}
