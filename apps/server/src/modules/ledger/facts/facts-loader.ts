import type { EntityManager } from '@mikro-orm/postgresql';
import type { MemberYearFacts, SessionFact } from '@jifen/scoring';
import { TENANT_FILTER } from '../../../tenancy/tenant-filter.js';
import { MissingTenantScopeError, type TenantScope } from '../../../tenancy/tenant-scope.js';
import { factsContributors } from './facts-contributors.js';
import { ledgerFacts } from './ledger-facts.js';
import { ledgerFactRows } from './ledger-fact-rows.js';
import { boundQuery } from '../../../db/connection/bound-query.js';
import { isUuid, uuidArray } from '../../../db/rows/sql-arrays.js';

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
 * The scoring package's MemberYearFacts for many members, read from the ledger in ONE statement
 * (members, memberships, the sessions of their branches and every ledger table in one union;
 * `member_id = any(…)`), whatever the number of members.
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
  /**
   * The months whose records are read (`YYYY-MM`, within the year; default the whole year): a
   * month scored as of itself needs only its quarter's months up to it. `yearFacts: false` when
   * only months or quarters are scored from these facts: the contributors' facts (the evaluation
   * grade, last year's approved result) count in a year only, and are then not read.
   */
  months: { from?: string; through?: string; yearFacts?: boolean } = {},
): Promise<MemberYearFacts[]> {
  const ids = [...new Set(memberIds)].filter(isUuid);
  if (ids.length === 0) return [];
  const scope = em.getFilterParams<TenantScope>(TENANT_FILTER);
  if (!scope) throw new MissingTenantScopeError();
  const bureau = scope.bureauId;
  const members = uuidArray(ids);
  const inYear = (m: string | undefined) => m !== undefined && m.startsWith(`${year}-`);
  const first = inYear(months.from) ? months.from! : `${year}-01`;
  const last = inYear(months.through) ? months.through! : `${year}-12`;
  // Every row of the year in ONE statement (a round trip saved per table): each branch of the
  // union names its kind and puts its fields in the same text columns. The members, their
  // stretches in a branch, and the sessions held by those branches come first. Its values are
  // bound ($1 the bureau, $2 the members, $3–$4 the months, $5 last year), so its text is the
  // same every time and it is prepared: planning the union took about 2.5 ms a time.
  const stretchOf = `bureau_id = $1 and member_id = any($2::uuid[]) and from_month <= $4 and (to_month is null or to_month >= $3)`;
  // The contributors' statements are sent with the union, not after its rows are in: the
  // connection runs them back to back, and a caller that queues more statements behind this
  // load (the bureau refresh's pipeline) gets all of its facts before those run.
  const contributed =
    months.yearFacts === false
      ? Promise.resolve([])
      : Promise.all(factsContributors.map((load) => load(em, year, ids)));
  const recordsRead = boundQuery<Row>(
    em,
    `select 'm' as kind, id, id as member_id, null as code, null as month, status::text as v, null as note
       from member where bureau_id = $1 and id = any($2::uuid[])
     union all
     select 's', null, member_id, branch_id::text, from_month, to_month, null
       from membership where ${stretchOf}
     union all
     select 'h', id, null, item_code, month, to_char(date, 'YYYY-MM-DD'), branch_id::text
       from branch_session where bureau_id = $1 and month between $3 and $4
        -- The branches once (an init plan), not a membership scan per session.
        and branch_id = any(array(select distinct branch_id from membership where ${stretchOf}))
     union all
     ${ledgerFactRows('bureau_id = $1 and member_id = any($2::uuid[]) and month between $3 and $4')}
     union all
     select 'y', null, member_id, outcome_band, null, total, null
       from score_summary where bureau_id = $1 and member_id = any($2::uuid[]) and year = $5 and period = 'year'`,
    [bureau, members, first, last, year - 1],
    { prepared: true },
  );
  const [records, contributions] = await Promise.all([recordsRead, contributed]);
  const people = records
    .filter((r) => r['kind'] === 'm')
    .map((r) => ({ id: r['id']!, status: r['v']! }));
  const stretches = records
    .filter((r) => r['kind'] === 's')
    .map((r) => ({
      member_id: r['member_id']!,
      branch_id: r['code']!,
      from_month: r['month']!,
      to_month: r['v']!,
    }))
    .sort((x, y) => (x.from_month < y.from_month ? -1 : x.from_month > y.from_month ? 1 : 0));
  const sessions: Row[] = records
    .filter((r) => r['kind'] === 'h')
    .map((r) => ({
      id: r['id']!,
      branch_id: r['note']!,
      item_code: r['code']!,
      date: r['v']!,
      month: r['month']!,
    }));
  const ofKind = (kind: string) => records.filter((r) => r['kind'] === kind);
  const attendance = ofKind('a');
  const quotas = ofKind('q');
  const duties = ofKind('d');
  const violations = ofKind('v');
  const declarations = ofKind('p');
  // Last year's published result, for "red two years running".
  const previous = ofKind('y');

  const sessionsByBranch = new Map<string, Row[]>();
  for (const s of sessions) {
    const list = sessionsByBranch.get(s['branch_id']!);
    if (list) list.push(s);
    else sessionsByBranch.set(s['branch_id']!, [s]);
  }
  // The facts are read, never changed: members of one branch over the same months share one
  // list of its sessions (a branch's year is about a hundred sessions, its members dozens).
  const sessionLists = new Map<string, readonly SessionFact[]>();
  const sessionsIn = (branchId: string, from: string, to: string | null) => {
    const key = `${branchId}|${from}|${to}`;
    let list = sessionLists.get(key);
    if (!list) {
      list = (sessionsByBranch.get(branchId) ?? [])
        .filter((s) => s['month']! >= from && (!to || s['month']! <= to))
        .map((s) => ({ id: s['id']!, branchId, itemCode: s['item_code']!, date: s['date']! }));
      sessionLists.set(key, list);
    }
    return list;
  };
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
    const stretchSessions = memberships.map((m) => sessionsIn(m.branchId, m.from, m.to));
    const held = stretchSessions.length === 1 ? stretchSessions[0]! : stretchSessions.flat();
    const prior = previousOf.get(memberId);
    const facts: MemberYearFacts = {
      memberId,
      year,
      probationary: person['status'] === 'probationary',
      memberships,
      sessions: held,
      attendance: (attendanceOf.get(memberId) ?? []).map((a) =>
        ledgerFacts.attendance({ id: a['id']!, sessionId: a['code']! }),
      ),
      quotas: (quotasOf.get(memberId) ?? []).map((r) =>
        ledgerFacts.quota({
          id: r['id']!,
          itemCode: r['code']!,
          month: r['month']!,
          value: r['v']!,
        }),
      ),
      duties: (dutiesOf.get(memberId) ?? []).map((r) =>
        ledgerFacts.duty({
          id: r['id']!,
          itemCode: r['code']!,
          month: r['month']!,
          status: r['v']!,
        }),
      ),
      violations: (violationsOf.get(memberId) ?? []).map((r) =>
        ledgerFacts.violation({
          id: r['id']!,
          itemCode: r['code']!,
          month: r['month']!,
          count: Number(r['v']),
          note: r['note'] ?? null,
        }),
      ),
      declarations: (declarationsOf.get(memberId) ?? []).map((r) => ({
        id: r['id']!,
        itemCode: r['code']!,
        month: r['month']!,
        points: r['v']!,
      })),
      evaluation: null,
      previousYear: prior
        ? { total: prior['v']!, redWarning: prior['code'] === 'redWarning' }
        : null,
    };
    for (const contribution of contributions) Object.assign(facts, contribution.get(memberId));
    return facts;
  });
}
