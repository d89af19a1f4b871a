import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { findPlain, type Plain } from '../../db/plain-rows.js';
import { ScoreSummary } from './score-summary.entity.js';

/** Key of a summary: `year|period|memberId`, period being `year` or `q1`…`q4`. */
export const summaryKey = (year: number, period: string, memberId: string) =>
  `${year}|${period}|${memberId}`;

/**
 * Summaries by member, as plain rows: one statement per year asked in a request, however many
 * periods (a roster asks for the year and its four quarters at once).
 */
export function createScoreSummaryLoader(em: EntityManager) {
  return new DataLoader<string, Plain<ScoreSummary> | null>(async (keys) => {
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
      const rows = await findPlain(em, ScoreSummary, {
        year,
        period: { $in: [...periods] },
        memberId: { $in: [...memberIds] },
      });
      for (const row of rows) found.set(summaryKey(row.year, row.period, row.memberId), row);
    }
    return keys.map((k) => found.get(k) ?? null);
  });
}
