import { RecordedMonth } from '../../modules/ledger/recorded-month.entity.js';
import { notAfter } from './demo-calendar.js';
import { yearKeys, type DemoContext, type LedgerCounts } from './demo-context.js';
import { seedQuotasAndDues } from './demo-quotas.js';
import { seedSessions } from './demo-sessions.js';

export type YearRecordsPlan = {
  year: number;
  /** Months 1…months get records and are marked 已录入. */
  months: number;
  random: () => number;
  today: string;
  /** Members who keep no quota and pay no dues all year (the warned ones of the history year). */
  neglects?: (memberId: string) => boolean;
  /** A member's reliability (0–1) instead of the drawn one. */
  habitOverride?: Map<string, number>;
  /** The branches that keep the ledger this year (all by default). */
  branches?: DemoContext['branches'];
};

/**
 * Every branch's sessions and sign-ins, 学习强国 and 每日一题, and dues for months 1…`months` of
 * `year`, each month marked 已录入 by the branch's recorder early the next month.
 */
export function seedYearRecords(
  ctx: DemoContext,
  plan: YearRecordsPlan,
  counts: LedgerCounts,
): void {
  const { year, months, random } = plan;
  const branches = plan.branches ?? ctx.branches;
  const { month } = yearKeys(year);
  // Each member keeps a habit all year: how reliably they attend, log in and answer. Most Party
  // members miss a session now and then, not one in four: habits from 0.72 put two fifths of the
  // bureau in the yellow band.
  const habit = new Map(ctx.members.map((m) => [m.id, 0.88 + random() * 0.12]));
  for (const [id, h] of plan.habitOverride ?? []) habit.set(id, h);
  const habitOf = (id: string) => habit.get(id)!;
  for (let m = 1; m <= months; m++) {
    for (const branch of branches) {
      const roster = ctx.rosterOf(branch.id, month(m));
      seedSessions(ctx, year, branch, m, roster, (id) => random() <= habitOf(id), counts);
      seedQuotasAndDues(ctx, year, branch, m, roster, habitOf, random, counts, plan.neglects);
    }
  }
  for (const branch of branches) {
    for (let m = 1; m <= months; m++) {
      const recordedOn = notAfter(`${month(m + 1 > 12 ? 12 : m + 1)}-03`, plan.today);
      ctx.em.create(RecordedMonth, {
        bureauId: ctx.bureauId,
        branch: ctx.branchRef(branch.id),
        branchId: branch.id,
        month: month(m),
        recordedById: ctx.recorderOf(branch.id),
        recordedAt: new Date(`${recordedOn}T02:00:00Z`),
      });
    }
  }
}
