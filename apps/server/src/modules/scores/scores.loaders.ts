import type { EntityManager } from '@mikro-orm/postgresql';
import { type Plain, type Properties, selectPlain } from '../../db/rows/plain-rows.js';
import { textArray, uuidArray } from '../../db/rows/sql-arrays.js';
import { PrimedLoader } from '../../graphql/execution/primed-loader.js';
import { parsePeriod } from './score-period-input.js';
import { ScoreSummary } from './score-summary.entity.js';

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
 * properties asked (`propertiesFor` the selection), so a row never lacks a field its query selects
 * and a roster of totals does not parse every summary's JSON.
 */
export function createScoreSummaryLoaders(em: EntityManager) {
  const loaders = new Map<string, ScoreSummaryLoader>();
  // The same list of properties (one per field of a parsed query) asks again for each member.
  const byList = new WeakMap<readonly string[], ScoreSummaryLoader>();
  return {
    /** The loader whose rows carry `properties`. */
    with(properties: Properties): ScoreSummaryLoader {
      let loader = properties === 'all' ? undefined : byList.get(properties);
      if (loader) return loader;
      const signature = properties === 'all' ? '*' : properties.join(',');
      loader = loaders.get(signature);
      if (!loader) {
        loader = summaryLoader(em, properties);
        loaders.set(signature, loader);
      }
      if (properties !== 'all') byList.set(properties, loader);
      return loader;
    },
  };
}

function summaryLoader(em: EntityManager, properties: Properties): ScoreSummaryLoader {
  // The row's key is read whatever was asked.
  const only: Properties = properties === 'all' ? 'all' : [...properties, 'year', 'period'];
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
        // Sent after the roster's own read, on its own: planned once per connection.
        { only, prepared: true },
      );
      for (const row of rows) found.set(summaryKey(row.year, row.period, row.memberId), row);
    }
    return keys.map((k) => found.get(k) ?? null);
  });
}
