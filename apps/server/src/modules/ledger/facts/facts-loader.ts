import type { EntityManager } from '@mikro-orm/postgresql';
import type { MemberYearFacts, SessionFact } from '@jifen/scoring';
import { TENANT_FILTER } from '../../../tenancy/tenant-filter.js';
import { MissingTenantScopeError, type TenantScope } from '../../../tenancy/tenant-scope.js';
import { factsContributors } from './facts-contributors.js';
import { ledgerFacts } from './ledger-facts.js';
import { attendedSessions } from './attended-sessions.js';
import { ledgerFactRows, unpackAttendance } from './ledger-fact-rows.js';
import { boundQuery } from '../../../db/connection/bound-query.js';
import { isUuid, uuidArray } from '../../../db/rows/sql-arrays.js';

type Row = Record<string, string>;

/** The id of a quota or dues fact read without record ids (`recordIds: false`). */
const NO_ID = '';

/** A member's stretch in a branch, as read. */
type Stretch = { memberId: string; branchId: string; from: string; to: string | null };

/** A member's ledger facts by kind, in the order read. */
type LedgerRecords = Pick<
  Required<MemberYearFacts>,
  'attendance' | 'quotas' | 'duties' | 'violations' | 'declarations'
>;

const noRecords = (): LedgerRecords => ({
  attendance: [],
  quotas: [],
  duties: [],
  violations: [],
  declarations: [],
});

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
   * `recordIds: false` when the facts are scored without explanations, which alone name a
   * record: the sign-ins are then read without their ids (half their bytes), and quotas and
   * dues with none (`NO_ID`).
   */
  months: { from?: string; through?: string; yearFacts?: boolean; recordIds?: boolean } = {},
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
     ${ledgerFactRows({ bureau: '$1', members: '$2::uuid[]', first: '$3', last: '$4' }, { recordIds: months.recordIds !== false })}
     union all
     select 'y', null, member_id, outcome_band, null, total, null
       from score_summary where bureau_id = $1 and member_id = any($2::uuid[]) and year = $5 and period = 'year'`,
    [bureau, members, first, last, year - 1],
    { prepared: true },
  );
  const [records, contributions] = await Promise.all([recordsRead, contributed]);
  // One pass over the rows (about 60 a member, their attendance in one), each put where it
  // belongs: its member's facts of its kind, in the order read.
  const people: { id: string; status: string }[] = [];
  const stretches: Stretch[] = [];
  const sessionsByBranch = new Map<string, Row[]>();
  const recordsOf = new Map<string, LedgerRecords>();
  // Last year's published result, for "red two years running".
  const previousOf = new Map<string, Row>();
  // Sign-ins read without their ids, packed: matched to the member's sessions once those are known.
  const packedSignIns = new Map<string, string>();
  const of = (memberId: string) => {
    let found = recordsOf.get(memberId);
    if (!found) recordsOf.set(memberId, (found = noRecords()));
    return found;
  };
  for (const r of records) {
    switch (r['kind']) {
      case 'm':
        people.push({ id: r['id']!, status: r['v']! });
        break;
      case 's':
        stretches.push({
          memberId: r['member_id']!,
          branchId: r['code']!,
          from: r['month']!,
          to: r['v'] ?? null,
        });
        break;
      case 'h': {
        const branchId = r['note']!;
        const list = sessionsByBranch.get(branchId);
        if (list) list.push(r);
        else sessionsByBranch.set(branchId, [r]);
        break;
      }
      case 'a':
        unpackAttendance(r['code']!, of(r['member_id']!).attendance);
        break;
      case 'A':
        packedSignIns.set(r['member_id']!, r['code']!);
        break;
      case 'q':
        of(r['member_id']!).quotas.push(
          ledgerFacts.quota({
            id: r['id'] ?? NO_ID,
            itemCode: r['code']!,
            month: r['month']!,
            value: r['v']!,
          }),
        );
        break;
      case 'd':
        of(r['member_id']!).duties.push(
          ledgerFacts.duty({
            id: r['id'] ?? NO_ID,
            itemCode: r['code']!,
            month: r['month']!,
            status: r['v']!,
          }),
        );
        break;
      case 'v':
        of(r['member_id']!).violations.push(
          ledgerFacts.violation({
            id: r['id']!,
            itemCode: r['code']!,
            month: r['month']!,
            count: Number(r['v']),
            note: r['note'] ?? null,
          }),
        );
        break;
      case 'p':
        of(r['member_id']!).declarations.push({
          id: r['id']!,
          itemCode: r['code']!,
          month: r['month']!,
          points: r['v']!,
        });
        break;
      case 'y':
        previousOf.set(r['member_id']!, r);
        break;
    }
  }
  stretches.sort((x, y) => (x.from < y.from ? -1 : x.from > y.from ? 1 : 0));
  const stretchesOf = new Map<string, Stretch[]>();
  for (const m of stretches) {
    const list = stretchesOf.get(m.memberId);
    if (list) list.push(m);
    else stretchesOf.set(m.memberId, [m]);
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
        .map((s) => ({ id: s['id']!, branchId, itemCode: s['code']!, date: s['v']! }));
      sessionLists.set(key, list);
    }
    return list;
  };

  return people.map((person): MemberYearFacts => {
    const memberId = person.id;
    const memberships = (stretchesOf.get(memberId) ?? []).map((m) => ({
      branchId: m.branchId,
      from: m.from,
      to: m.to,
    }));
    // Only the sessions of the member's branches in the months the member was there.
    const stretchSessions = memberships.map((m) => sessionsIn(m.branchId, m.from, m.to));
    const held = stretchSessions.length === 1 ? stretchSessions[0]! : stretchSessions.flat();
    const prior = previousOf.get(memberId);
    const own = recordsOf.get(memberId) ?? noRecords();
    const packed = packedSignIns.get(memberId);
    const facts: MemberYearFacts = {
      memberId,
      year,
      probationary: person.status === 'probationary',
      memberships,
      sessions: held,
      attendance: packed === undefined ? own.attendance : attendedSessions(packed, held),
      quotas: own.quotas,
      duties: own.duties,
      violations: own.violations,
      declarations: own.declarations,
      evaluation: null,
      previousYear: prior
        ? { total: prior['v']!, redWarning: prior['code'] === 'redWarning' }
        : null,
    };
    for (const contribution of contributions) Object.assign(facts, contribution.get(memberId));
    return facts;
  });
}
