import { Attendance } from '../../modules/ledger/attendance.entity.js';
import { BranchSession } from '../../modules/ledger/branch-session.entity.js';
import type { Branch } from '../../modules/org/branches/branch.entity.js';
import type { Member } from '../../modules/org/members/member.entity.js';
import { yearKeys, type DemoContext, type LedgerCounts } from './demo-context.js';

/** What a branch holds in a month: item, day of the month, topic. Assemblies once a quarter. */
function sessionsOfMonth(m: number): [string, number, string][] {
  const list: [string, number, string][] = [
    ['group-study', 8, '集中学习习近平新时代中国特色社会主义思想'],
    ['party-lecture', 15, '书记讲党课：践行“三个表率”'],
    ['group-meeting', 20, '党小组会：交流学习体会'],
    ['party-day', 25, '主题党日：志愿服务进社区'],
  ];
  if (m % 2 === 0) list.push(['other-study', 12, '学法专题：《中国共产党纪律处分条例》']);
  if (m % 3 === 1) list.push(['branch-assembly', 28, '支部党员大会：季度工作通报']);
  return list;
}

/**
 * A branch's sessions of month `m` of `year` with their sign-ins: each member of the roster
 * attends as reliably as their habit says.
 */
export function seedSessions(
  ctx: DemoContext,
  year: number,
  branch: Branch,
  m: number,
  roster: Member[],
  attends: (memberId: string) => boolean,
  counts: LedgerCounts,
): void {
  const { month, day } = yearKeys(year);
  const { em, bureauId } = ctx;
  const recorder = ctx.recorderOf(branch.id);
  for (const [itemCode, d, topic] of sessionsOfMonth(m)) {
    const session = em.create(BranchSession, {
      bureauId,
      branch: ctx.branchRef(branch.id),
      branchId: branch.id,
      itemCode,
      date: day(m, d),
      month: month(m),
      topic,
      createdById: recorder,
    });
    counts.sessions++;
    for (const member of roster) {
      if (!attends(member.id)) continue;
      em.create(Attendance, {
        bureauId,
        branch: ctx.branchRef(branch.id),
        branchId: branch.id,
        session,
        sessionId: session.id,
        member: ctx.memberRef(member.id),
        memberId: member.id,
        month: month(m),
        createdById: recorder,
      });
      counts.attendance++;
    }
  }
}
