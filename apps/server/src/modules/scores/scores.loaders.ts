import type { EntityManager } from '@mikro-orm/postgresql';
import { type Plain, selectPlain } from '../../db/plain-rows.js';
import { textArray, uuidArray } from '../../db/sql-arrays.js';
import { PrimedLoader } from '../../graphql/primed-loader.js';
import { parsePeriod } from './score-period-input.js';
import { ScoreSummary } from './score-summary.entity.js';

/** The JSON columns of a summary: most of a row's bytes and of its parsing, read only if asked. */
export const BREAKDOWN = ['categories', 'specialItems', 'outcome', 'projection'] as const;
export type BreakdownField = (typeof BREAKDOWN)[number];

/** The breakdown fields among `asked`, in `BREAKDOWN` order (one loader per distinct set). */
export const breakdownIn = (asked: ReadonlySet<string>): BreakdownField[] =>
  BREAKDOWN.filter((field) => asked.has(field));

/**
 * The summary period a member's `score(year, quarter)` asks for: `year` or `q1`…`q4`. A year or
 * quarter out of range is a typed error naming the argument, not an empty score.
 */
export function summaryPeriod(year: number, quarter: number | null | undefined): string {
  parsePeriod({ year, quarter });
  return quarter ? `q${quarter}` : 'year';
}

/** Key of a summary: `year|period|memberId`, period being `year` or `q1`…`q4`. */
export const summaryKey = (year: number, period: string, memberId: string) =>
  `${year}|${period}|${memberId}`;

export type ScoreSummaryLoader = PrimedLoader<string, Plain<ScoreSummary> | null>;

/**
 * Summaries by member, as plain rows: one statement per year asked in a request, however many
 * periods (a roster asks for the year and its four quarters at once). One loader per set of
 * breakdown columns asked, so a row never lacks a field its query selects.
 */
export function createScoreSummaryLoaders(em: EntityManager) {
  const loaders = new Map<string, ScoreSummaryLoader>();
  return {
    /** The loader whose rows carry `breakdown` (as `breakdownIn` lists it) and every plain column. */
    with(breakdown: readonly BreakdownField[]): ScoreSummaryLoader {
      const signature = breakdown.join(',');
      let loader = loaders.get(signature);
      if (!loader) {
        loader = summaryLoader(em, breakdown);
        loaders.set(signature, loader);
      }
      return loader;
    },
  };
}

function summaryLoader(
  em: EntityManager,
  breakdown: readonly BreakdownField[],
): ScoreSummaryLoader {
  const except = BREAKDOWN.filter((f) => !breakdown.includes(f));
  return new PrimedLoader(async (keys) => {
    const byYear = new Map<number, { periods: Set<string>; memberIds: Set<string> }>();
    for (const key of keys) {
      const [year, period, memberId] = key.split('|') as [string, string, string];
      const group = byYear.get(Number(year)) ?? { periods: new Set(), memberIds: new Set() };
      group.periods.add(period);
      group.memberIds.add(memberId);
      byYear.set(Number(year), group);
    }
    const found = new Map<string, Plain<ScoreSummary>>();
    for (const [year, { periods, memberIds }] of byYear) {
      const rows = await selectPlain(
        em,
        ScoreSummary,
        's',
        {
          sql: 's.year = ? and s.period = any(?::text[]) and s.member_id = any(?::uuid[])',
          params: [year, textArray([...periods]), uuidArray([...memberIds])],
        },
        { except },
      );
      for (const row of rows) found.set(summaryKey(row.year, row.period, row.memberId), row);
    }
    return keys.map((k) => found.get(k) ?? null);
  });
}
