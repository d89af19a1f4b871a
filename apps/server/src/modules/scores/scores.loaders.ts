import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { ScoreSummary } from './score-summary.entity.js';

/** Key of a summary: `year|period|memberId`, period being `year` or `q1`…`q4`. */
export const summaryKey = (year: number, period: string, memberId: string) =>
  `${year}|${period}|${memberId}`;

/** Summaries by member, one statement per year-and-period asked in a request. */
export function createScoreSummaryLoader(em: EntityManager) {
  return new DataLoader<string, ScoreSummary | null>(async (keys) => {
    const groups = new Map<string, string[]>();
    for (const key of keys) {
      const [year, period, memberId] = key.split('|') as [string, string, string];
      const list = groups.get(`${year}|${period}`);
      if (list) list.push(memberId);
      else groups.set(`${year}|${period}`, [memberId]);
    }
    const found = new Map<string, ScoreSummary>();
    for (const [group, memberIds] of groups) {
      const [year, period] = group.split('|') as [string, string];
      const rows = await em.find(ScoreSummary, {
        year: Number(year),
        period,
        memberId: { $in: memberIds },
      });
      for (const row of rows) found.set(summaryKey(row.year, row.period, row.memberId), row);
    }
    return keys.map((k) => found.get(k) ?? null);
  });
}
