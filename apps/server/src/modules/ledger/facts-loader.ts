import type { EntityManager } from '@mikro-orm/postgresql';
import type { DutyStatus, MemberYearFacts, SessionFact } from '@jifen/scoring';
import { TENANT_FILTER } from '../../tenancy/tenant-filter.js';
import { MissingTenantScopeError, type TenantScope } from '../../tenancy/tenant-scope.js';
import { factsContributors } from './facts-contributors.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A PostgreSQL array literal of uuids, passed as ONE parameter (`= any(?::uuid[])`). */
export function uuidArray(ids: readonly string[]): string {
  return `{${ids.filter((id) => UUID.test(id)).join(',')}}`;
}

function groupBy<T extends { member_id: string }>(rows: readonly T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const list = map.get(row.member_id);
    if (list) list.push(row);
    else map.set(row.member_id, [row]);
  }
  return map;
}

type Row = Record<string, string>;

/**
 * The scoring package's MemberYearFacts for many members, read from the ledger in a constant
 * number of statements (one per table, `member_id = any(…)`), whatever the number of members.
 * Plain rows, no entity hydration: a bureau of 10,000 members reads about a million ledger rows
 * when it is scored whole.
 *
 * Reads through `em`'s connection and transaction, so row-level security applies as for any
 * query of the request; the bureau is also named explicitly. The caller decides the scope:
 * scoring a member's whole year needs every branch they belonged to (tenancy/bureau-wide-access.ts).
 * Cleared cells (no value, not present, count 0) and declarations that do not count are left out;
 * members with no membership in the year come back with no months to score.
 */
export async function loadMemberYearFacts(
  em: EntityManager,
  year: number,
  memberIds: readonly string[],
): Promise<MemberYearFacts[]> {
  const ids = [...new Set(memberIds)].filter((id) => UUID.test(id));
  if (ids.length === 0) return [];
  const scope = em.getFilterParams<TenantScope>(TENANT_FILTER);
  if (!scope) throw new MissingTenantScopeError();
  const bureau = scope.bureauId;
  const members = uuidArray(ids);
  const first = `${year}-01`;
  const last = `${year}-12`;
  const q = (sql: string, params: unknown[]) => em.execute<Row[]>(sql, params);
  const people = await q(
    `select id, status from member where bureau_id = ? and id = any(?::uuid[])`,
    [bureau, members],
  );
  const stretches = await q(
    `select member_id, branch_id, from_month, to_month from membership
     where bureau_id = ? and member_id = any(?::uuid[]) and from_month <= ? and (to_month is null or to_month >= ?)
     order by from_month`,
    [bureau, members, last, first],
  );
  const branchIds = [...new Set(stretches.map((s) => s['branch_id']!))];
  const sessions = branchIds.length
    ? await q(
        `select id, branch_id, item_code, to_char(date, 'YYYY-MM-DD') as date, month from branch_session
         where bureau_id = ? and branch_id = any(?::uuid[]) and month between ? and ?`,
        [bureau, uuidArray(branchIds), first, last],
      )
    : [];
  const inYear = `bureau_id = ? and member_id = any(?::uuid[]) and month between ? and ?`;
  const params = [bureau, members, first, last];
  const attendance = await q(
    `select id, member_id, session_id from attendance where ${inYear} and present`,
    params,
  );
  const quotas = await q(
    `select id, member_id, item_code, month, value::text as value from quota_entry where ${inYear} and value is not null`,
    params,
  );
  const duties = await q(
    `select id, member_id, item_code, month, status::text as status from duty_entry where ${inYear} and status is not null`,
    params,
  );
  const violations = await q(
    `select id, member_id, item_code, month, count, note from violation where ${inYear} and count > 0`,
    params,
  );
  const declarations = await q(
    `select id, member_id, item_code, month, counted_points::text as points from declaration
     where ${inYear} and counted_points is not null`,
    params,
  );
  // Last year's published result, for "red two years running".
  const previous = await q(
    `select member_id, total, outcome_band from score_summary
     where bureau_id = ? and member_id = any(?::uuid[]) and year = ? and period = 'year'`,
    [bureau, members, year - 1],
  );
  const contributions = await Promise.all(factsContributors.map((load) => load(em, year, ids)));

  const sessionsByBranch = new Map<string, Row[]>();
  for (const s of sessions) {
    const list = sessionsByBranch.get(s['branch_id']!);
    if (list) list.push(s);
    else sessionsByBranch.set(s['branch_id']!, [s]);
  }
  const stretchesOf = groupBy(stretches as (Row & { member_id: string })[]);
  const attendanceOf = groupBy(attendance as (Row & { member_id: string })[]);
  const quotasOf = groupBy(quotas as (Row & { member_id: string })[]);
  const dutiesOf = groupBy(duties as (Row & { member_id: string })[]);
  const violationsOf = groupBy(violations as (Row & { member_id: string })[]);
  const declarationsOf = groupBy(declarations as (Row & { member_id: string })[]);
  const previousOf = new Map(previous.map((p) => [p['member_id']!, p]));

  return people.map((person): MemberYearFacts => {
    const memberId = person['id']!;
    const memberships = (stretchesOf.get(memberId) ?? []).map((m) => ({
      branchId: m['branch_id']!,
      from: m['from_month']!,
      to: m['to_month'] ?? null,
    }));
    // Only the sessions of the member's branches in the months the member was there.
    const held: SessionFact[] = [];
    for (const stretch of memberships) {
      for (const s of sessionsByBranch.get(stretch.branchId) ?? []) {
        if (s['month']! < stretch.from || (stretch.to && s['month']! > stretch.to)) continue;
        held.push({
          id: s['id']!,
          branchId: stretch.branchId,
          itemCode: s['item_code']!,
          date: s['date']!,
        });
      }
    }
    const prior = previousOf.get(memberId);
    const facts: MemberYearFacts = {
      memberId,
      year,
      probationary: person['status'] === 'probationary',
      memberships,
      sessions: held,
      attendance: (attendanceOf.get(memberId) ?? []).map((a) => ({
        sessionId: a['session_id']!,
        id: a['id']!,
      })),
      quotas: (quotasOf.get(memberId) ?? []).map((r) => ({
        id: r['id']!,
        itemCode: r['item_code']!,
        month: r['month']!,
        value: r['value']!,
      })),
      duties: (dutiesOf.get(memberId) ?? []).map((r) => ({
        id: r['id']!,
        itemCode: r['item_code']!,
        month: r['month']!,
        status: r['status'] as DutyStatus,
      })),
      violations: (violationsOf.get(memberId) ?? []).map((r) => ({
        id: r['id']!,
        itemCode: r['item_code']!,
        month: r['month']!,
        count: Number(r['count']),
        ...(r['note'] ? { note: r['note'] } : {}),
      })),
      declarations: (declarationsOf.get(memberId) ?? []).map((r) => ({
        id: r['id']!,
        itemCode: r['item_code']!,
        month: r['month']!,
        points: r['points']!,
      })),
      evaluation: null,
      previousYear: prior
        ? { total: prior['total']!, redWarning: prior['outcome_band'] === 'redWarning' }
        : null,
    };
    for (const contribution of contributions) Object.assign(facts, contribution.get(memberId));
    return facts;
  });
}
