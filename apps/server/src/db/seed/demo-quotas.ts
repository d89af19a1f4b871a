import { daysInMonth } from '@jifen/scoring';
import { DutyEntry, DutyStatus } from '../../modules/ledger/duty-entry.entity.js';
import { QuotaEntry } from '../../modules/ledger/quota-entry.entity.js';
import type { Branch } from '../../modules/org/branches/branch.entity.js';
import type { Member } from '../../modules/org/members/member.entity.js';
import { yearKeys, type DemoContext, type LedgerCounts } from './demo-context.js';

/**
 * 学习强国 log-in days and 每日一题 points of month `m` for each member of the roster, as their
 * habit goes, and their dues (a few late). A member `neglects` keeps no quota and pays no dues.
 */
export function seedQuotasAndDues(
  ctx: DemoContext,
  year: number,
  branch: Branch,
  m: number,
  roster: Member[],
  habitOf: (memberId: string) => number,
  random: () => number,
  counts: LedgerCounts,
  neglects: (memberId: string) => boolean = () => false,
): void {
  const { month, day } = yearKeys(year);
  const { em, bureauId } = ctx;
  const recorder = ctx.recorderOf(branch.id);
  const key = month(m);
  for (const member of roster) {
    const h = habitOf(member.id);
    const days = daysInMonth(key);
    const loginDays = Math.min(days, Math.round(days * (h + random() * 0.15)));
    const questionPoints = Math.min(20, Math.round(15 * (h + random() * 0.2)));
    const late = random() < 0.03;
    const neglected = neglects(member.id);
    if (!neglected) {
      for (const [itemCode, value] of [
        ['study-app-login', loginDays],
        ['daily-question', questionPoints],
      ] as const) {
        em.create(QuotaEntry, {
          bureauId,
          branch: ctx.branchRef(branch.id),
          branchId: branch.id,
          member: ctx.memberRef(member.id),
          memberId: member.id,
          month: key,
          itemCode,
          value: String(value),
          createdById: recorder,
        });
        counts.quotas++;
      }
    }
    em.create(DutyEntry, {
      bureauId,
      branch: ctx.branchRef(branch.id),
      branchId: branch.id,
      member: ctx.memberRef(member.id),
      memberId: member.id,
      month: key,
      itemCode: 'dues',
      status: neglected ? DutyStatus.MISSING : late ? DutyStatus.LATE : DutyStatus.ON_TIME,
      paidOn: neglected ? null : late ? day(Math.min(m + 1, 12), 10) : day(m, 5),
      createdById: recorder,
    });
    counts.duties++;
  }
}
