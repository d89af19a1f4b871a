import type { IsoDate } from './working-days.js';

/**
 * Where "now" comes from for the assessment cycle: notices close when their last working day
 * ends, so every decision that depends on the date reads this clock, and tests set it.
 */
export type Clock = { now(): Date };

export const systemClock: Clock = { now: () => new Date() };

let current: Clock = systemClock;

export function clock(): Clock {
  return current;
}

/** Replaces the clock (tests: a fixed or stepped time). Returns a function restoring the previous one. */
export function setClock(next: Clock): () => void {
  const previous = current;
  current = next;
  return () => {
    current = previous;
  };
}

/** A clock standing still at `iso` (e.g. '2026-10-09T10:00:00+08:00'), movable by `set`. */
export function fixedClock(iso: string): Clock & { set(iso: string): void } {
  let at = new Date(iso);
  return {
    now: () => at,
    set: (next: string) => {
      at = new Date(next);
    },
  };
}

/**
 * A clock that starts at 09:00 China time of `date` (YYYY-MM-DD) and runs on from there: the
 * server's calendar pinned to a day (JIFEN_TODAY) while sessions and timeouts still see time pass.
 */
export function pinnedClock(date: string, started: number = Date.now()): Clock {
  const offset = new Date(`${date}T09:00:00+08:00`).getTime() - started;
  return { now: () => new Date(Date.now() + offset) };
}

/** China keeps one zone, UTC+8, without daylight saving time. */
const CHINA_OFFSET_MS = 8 * 3_600_000;

/** The civil date in China at `instant`: the date a notice's days are counted in. */
export function chinaDate(instant: Date): IsoDate {
  return new Date(instant.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

/** Today's date in China, by the current clock. */
export function todayInChina(): IsoDate {
  return chinaDate(current.now());
}
