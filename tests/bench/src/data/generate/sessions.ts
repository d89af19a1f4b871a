// A branch-month's sessions: each with its sign-in sheet as evidence and a sign-in line per
// member of the branch that month (present or not); in a month left for the write benchmark,
// the present sign-ins become the plan's cells and rows instead.
import type { BranchMonth, Generation } from './context.js';
import type { MemberFacts } from './organisation.js';
import { ledgerRowHead } from './tables.js';

/** Sessions a branch holds in month `m` (1–12): item, day, topic. Assemblies once a quarter. */
export function sessionsOfMonth(m: number): [string, number, string][] {
  const list: [string, number, string][] = [
    ['group-study', 6, '集中学习习近平新时代中国特色社会主义思想'],
    ['group-study', 18, '集中学习党章党规'],
    ['other-study', 10, '专题学习：党史学习教育'],
    ['party-lecture', 15, '书记讲党课'],
    ['group-meeting', 20, '党小组会：交流学习体会'],
    ['party-day', 24, '主题党日：志愿服务进社区'],
    ['party-day', 27, '主题党日：重温入党誓词'],
  ];
  if (m % 2 === 0) list.push(['other-study', 12, '学法专题：《中国共产党纪律处分条例》']);
  if (m % 3 === 1) list.push(['branch-assembly', 28, '支部党员大会：季度工作通报']);
  return list;
}

export function generateSessions(
  g: Generation,
  facts: Map<string, MemberFacts>,
  bm: BranchMonth,
): void {
  const { random, uuid, bureauId, at, tables: t } = g;
  const { m, key, bid, keeper, roster, plan, target } = bm;
  for (const [itemCode, d, topic] of sessionsOfMonth(m)) {
    const sid = uuid();
    const eid = uuid();
    const when = at(m, d);
    const sha = (uuid() + uuid()).replace(/-/g, '').slice(0, 64);
    t.evidence.rows.push([
      bureauId,
      eid,
      bid,
      sha,
      `签到表-${key}-${d}.jpg`,
      'image/jpeg',
      150_000 + Math.floor(random() * 200_000),
      keeper,
      when,
    ]);
    t.session.rows.push([
      ...ledgerRowHead(bureauId, sid, bid, keeper, when),
      itemCode,
      when.slice(0, 10),
      key,
      topic,
      eid,
    ]);
    // The sign-in sheet has a line for every member of the branch that month.
    for (const mid of roster) {
      const present = random() < facts.get(mid)!.diligence;
      if (plan && !present) continue; // an empty cell on a new sheet writes nothing
      plan?.cells.push({ memberId: mid, itemCode, sessionId: sid, value: '1' });
      target.attendance.rows.push([
        ...ledgerRowHead(bureauId, uuid(), bid, keeper, when),
        sid,
        mid,
        key,
        present,
      ]);
    }
  }
}
