import type { EntityManager } from '@mikro-orm/postgresql';
import type {
  AttendanceFact,
  DeclarationFact,
  DutyFact,
  MemberYearFacts,
  QuotaFact,
  SessionFact,
  ViolationFact,
} from '@jifen/scoring';
import { Declaration } from '../declarations/declaration.entity.js';
import { Member, MemberStatus } from '../org/member.entity.js';
import { Membership } from '../org/membership.entity.js';
import { ScoreSummary } from '../scores/score-summary.entity.js';
import { Attendance } from './attendance.entity.js';
import { BranchSession } from './branch-session.entity.js';
import { DutyEntry } from './duty-entry.entity.js';
import { factsContributors } from './facts-contributors.js';
import { QuotaEntry } from './quota-entry.entity.js';
import { Violation } from './violation.entity.js';

const byMember = <T extends { memberId: string }>(rows: readonly T[]) => {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const list = map.get(row.memberId);
    if (list) list.push(row);
    else map.set(row.memberId, [row]);
  }
  return map;
};

/**
 * The scoring package's MemberYearFacts for many members, read from the ledger in a constant
 * number of statements (one per table, `member_id in (…)`), whatever the number of members.
 * Members with no membership in the year are returned with empty memberships (they score 0 months).
 *
 * Reads through `em` as given: the caller decides the scope. Scoring a member's whole year needs
 * every branch the member belonged to (a transfer), see scores/bureau-wide-reads.ts.
 * Cleared cells (no value, not present, count 0) and declarations that do not count are left out.
 */
export async function loadMemberYearFacts(
  em: EntityManager,
  year: number,
  memberIds: readonly string[],
): Promise<MemberYearFacts[]> {
  const ids = [...new Set(memberIds)];
  if (ids.length === 0) return [];
  const first = `${year}-01`;
  const last = `${year}-12`;
  const inYear = { $gte: first, $lte: last };
  const members = await em.find(Member, { id: { $in: ids } });
  const memberships = await em.find(
    Membership,
    {
      memberId: { $in: ids },
      fromMonth: { $lte: last },
      $or: [{ toMonth: null }, { toMonth: { $gte: first } }],
    },
    { orderBy: { fromMonth: 'asc' } },
  );
  const branchIds = [...new Set(memberships.map((m) => m.branchId))];
  const sessions = branchIds.length
    ? await em.find(BranchSession, { branchId: { $in: branchIds }, month: inYear })
    : [];
  const attendance = await em.find(Attendance, {
    memberId: { $in: ids },
    month: inYear,
    present: true,
  });
  const quotas = await em.find(QuotaEntry, {
    memberId: { $in: ids },
    month: inYear,
    value: { $ne: null },
  });
  const duties = await em.find(DutyEntry, {
    memberId: { $in: ids },
    month: inYear,
    status: { $ne: null },
  });
  const violations = await em.find(Violation, {
    memberId: { $in: ids },
    month: inYear,
    count: { $gt: 0 },
  });
  const declarations = await em.find(Declaration, {
    memberId: { $in: ids },
    month: inYear,
    countedPoints: { $ne: null },
  });
  // Last year's published result, for "red two years running".
  const previous = await em.find(ScoreSummary, {
    memberId: { $in: ids },
    year: year - 1,
    period: 'year',
  });
  const contributions = await Promise.all(factsContributors.map((load) => load(em, year, ids)));

  const sessionsByBranch = new Map<string, BranchSession[]>();
  for (const s of sessions) {
    const list = sessionsByBranch.get(s.branchId);
    if (list) list.push(s);
    else sessionsByBranch.set(s.branchId, [s]);
  }
  const membershipsOf = byMember(memberships);
  const attendanceOf = byMember(attendance);
  const quotasOf = byMember(quotas);
  const dutiesOf = byMember(duties);
  const violationsOf = byMember(violations);
  const declarationsOf = byMember(declarations);
  const previousOf = new Map(previous.map((p) => [p.memberId, p]));
  const memberById = new Map(members.map((m) => [m.id, m]));

  return ids
    .filter((id) => memberById.has(id))
    .map((memberId): MemberYearFacts => {
      const member = memberById.get(memberId)!;
      const stretches = (membershipsOf.get(memberId) ?? []).map((m) => ({
        branchId: m.branchId,
        from: m.fromMonth,
        to: m.toMonth ?? null,
      }));
      // Only the sessions of the member's branches in the months the member was there.
      const sessionFacts: SessionFact[] = [];
      for (const stretch of stretches) {
        for (const s of sessionsByBranch.get(stretch.branchId) ?? []) {
          if (s.month < stretch.from || (stretch.to && s.month > stretch.to)) continue;
          sessionFacts.push({ id: s.id, branchId: s.branchId, itemCode: s.itemCode, date: s.date });
        }
      }
      const facts: MemberYearFacts = {
        memberId,
        year,
        probationary: member.status === MemberStatus.PROBATIONARY,
        memberships: stretches,
        sessions: sessionFacts,
        attendance: (attendanceOf.get(memberId) ?? []).map((a): AttendanceFact => ({
          sessionId: a.sessionId,
          id: a.id,
        })),
        quotas: (quotasOf.get(memberId) ?? []).map((q): QuotaFact => ({
          id: q.id,
          itemCode: q.itemCode,
          month: q.month,
          value: q.value!,
        })),
        duties: (dutiesOf.get(memberId) ?? []).map((d): DutyFact => ({
          id: d.id,
          itemCode: d.itemCode,
          month: d.month,
          status: d.status!,
        })),
        violations: (violationsOf.get(memberId) ?? []).map((v): ViolationFact => ({
          id: v.id,
          itemCode: v.itemCode,
          month: v.month,
          count: v.count,
          ...(v.note ? { note: v.note } : {}),
        })),
        declarations: (declarationsOf.get(memberId) ?? []).map((d): DeclarationFact => ({
          id: d.id,
          itemCode: d.itemCode,
          month: d.month,
          points: d.countedPoints!,
        })),
        evaluation: null,
        previousYear: previousOf.has(memberId)
          ? {
              total: previousOf.get(memberId)!.total,
              redWarning: previousOf.get(memberId)!.outcomeBand === 'redWarning',
            }
          : null,
      };
      for (const contribution of contributions) Object.assign(facts, contribution.get(memberId));
      return facts;
    });
}
