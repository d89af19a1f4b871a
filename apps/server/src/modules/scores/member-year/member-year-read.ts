import type { EntityManager } from '@mikro-orm/postgresql';
import type { MemberYearFacts, MonthKey, SessionFact } from '@jifen/scoring';
import { bureauWideRead, readBureauWide } from '../../../tenancy/bureau-wide-read.js';
import { ledgerFacts } from '../../ledger/facts/ledger-facts.js';
import { ledgerFactRows, unpackAttendance } from '../../ledger/facts/ledger-fact-rows.js';
import { textArray } from '../../../db/rows/sql-arrays.js';
import { type YearSchemes, yearSchemesOf } from '../../schemes/year-schemes.js';
import {
  withHeldDefinitions,
  yearSchemesJson,
  type YearSchemesJson,
} from '../../schemes/year-schemes-read.js';

/** Everything one member's live score reads, from ONE statement. */
export type MemberYearRead = {
  member: { id: string; status: string; branchId: string } | null;
  facts: MemberYearFacts | null;
  schemes: YearSchemes;
  /** Per branch of the member's year, the last month it recorded (as `recordedThrough`). */
  through: Record<string, MonthKey>;
  /** Judged periods of the member's branches (as `judgedPeriods`: `branchId|q1`, `branchId|year`). */
  judged: Set<string>;
};

type Stretch = { branchId: string; from: string; to: string | null };
type Raw = YearSchemesJson & {
  member: MemberYearRead['member'];
  stretches: Stretch[] | null;
  /** [id, branchId, itemCode, date, month]: arrays, not objects, a third fewer bytes to parse. */
  sessions: [string, string, string, string, string][] | null;
  /** [kind, id, code, month, value, note]: the facts loader's union, as text (no id: attendance). */
  records: [string, string | null, string, string | null, string, string | null][] | null;
  grade: { id: string; grade: string } | null;
  previous: { total: string; redWarning: unknown } | null;
  through: Record<string, MonthKey> | null;
  judged: string[] | null;
};

// The member's ledger rows of the year: what counts as a fact is ledger/facts/ledger-fact-rows.ts,
// which the facts loader reads too (their equivalence is tested in member-year-read.test.ts).
const RECORDS = ledgerFactRows({
  bureau: 'm.bureau_id',
  members: 'array[m.member_id]',
  first: 'm.first',
  last: 'm.last',
});

/**
 * The read, a database function (tenancy/bureau-wide-read.ts): planned once per connection, and
 * crossing the branch wall for this statement alone. Arguments: bureau, member, year, its first
 * and last month, and the md5 of each scheme definition the server holds.
 */
export const MEMBER_YEAR_READ = bureauWideRead(
  'member_year_read',
  ['uuid', 'uuid', 'int', 'text', 'text', 'text[]'],
  `with m as (select $1 as bureau_id, $2 as member_id, $3 as year, $4 as first, $5 as last),
  ms as (select s.branch_id, s.from_month, s.to_month from membership s, m
    where s.bureau_id = m.bureau_id and s.member_id = m.member_id
      and s.from_month <= m.last and (s.to_month is null or s.to_month >= m.first))
  select json_build_object(
    'member', (select json_build_object('id', p.id, 'status', p.status, 'branchId', p.branch_id)
      from member p, m where p.bureau_id = m.bureau_id and p.id = m.member_id),
    'stretches', (select json_agg(json_build_object('branchId', branch_id, 'from', from_month,
      'to', to_month) order by from_month) from ms),
    -- A definition the server holds already (its md5 among $6) is not sent again: 11 KB a year.
    ${yearSchemesJson({ bureau: '$1', year: '$3', held: '$6' })},
    'sessions', (select json_agg(json_build_array(s.id, s.branch_id, s.item_code,
        to_char(s.date, 'YYYY-MM-DD'), s.month))
      from branch_session s, m where s.bureau_id = m.bureau_id
        and s.branch_id in (select branch_id from ms) and s.month between m.first and m.last),
    'records', (select json_agg(json_build_array(r.kind, r.id, r.code, r.month, r.v, r.note))
      from m, lateral (${RECORDS}) r),
    'grade', (select json_build_object('id', g.id, 'grade', g.grade)
      from evaluation_grade g join annual_assessment a
        on a.bureau_id = g.bureau_id and a.id = g.assessment_id, m
      where g.bureau_id = m.bureau_id and g.member_id = m.member_id and a.year = m.year
      order by g.recorded_at desc limit 1),
    'previous', (select json_build_object('total', r.total, 'redWarning', r.outcome -> 'redWarning')
      from annual_result r join annual_assessment a
        on a.bureau_id = r.bureau_id and a.id = r.assessment_id, m
      where r.bureau_id = m.bureau_id and r.member_id = m.member_id and r.year = m.year - 1
        and r.superseded_at is null and a.state in ('approved', 'published') limit 1),
    -- Each of the member's branches on its own (the last month of an index range each), not the
    -- bureau's recorded months filtered afterwards (about 1 ms for 200 branches).
    'through', (select json_object_agg(branch_id, through) from (
      select b.branch_id, greatest(
          (select max(r.month) from recorded_month r where r.bureau_id = m.bureau_id
            and r.branch_id = b.branch_id and r.month between m.first and m.last),
          (select max(c.month) from closed_period c where c.bureau_id = m.bureau_id
            and c.branch_id = b.branch_id and c.month between m.first and m.last)) as through
        from (select distinct branch_id from ms) b, m) t where through is not null),
    'judged', (select json_agg(key) from (
      select q.branch_id || '|q' || q.quarter as key from quarter_assessment q, m
        where q.bureau_id = m.bureau_id and q.year = m.year
          and q.state in ('signed', 'published', 'closed') and q.branch_id in (select branch_id from ms)
      union all
      select a.branch_id || '|year' from annual_assessment a, m
        where a.bureau_id = m.bureau_id and a.year = m.year
          and a.state in ('approved', 'published') and a.branch_id in (select branch_id from ms)) j)
  )`,
);

/**
 * A member's year as `memberScore` needs it: the member, the scoring package's facts (exactly
 * as `loadMemberYearFacts` gives them), the year's schemes with their approved branch items, and
 * the recorded months and judged periods of the member's branches. One statement, read across
 * branches (a transferred member's months belong to two), in one round trip.
 */
export async function readMemberYear(
  em: EntityManager,
  bureauId: string,
  memberId: string,
  year: number,
): Promise<MemberYearRead> {
  const read = (held: readonly string[]) =>
    readBureauWide<Raw>(em, MEMBER_YEAR_READ, [
      bureauId,
      memberId,
      year,
      `${year}-01`,
      `${year}-12`,
      textArray(held),
    ]);
  // A definition left out as held, then dropped by other requests in the meantime: read again.
  const raw = await withHeldDefinitions(read);
  if (!raw) throw new Error('the member-year read returned no row');
  return {
    member: raw.member,
    facts: raw.member ? factsOf(raw, year) : null,
    schemes: yearSchemesOf(year, raw.schemes ?? [], raw.items ?? []),
    through: raw.through ?? {},
    judged: new Set(raw.judged ?? []),
  };
}

function factsOf(raw: Raw, year: number): MemberYearFacts {
  const memberships = (raw.stretches ?? []).map((s) => ({
    branchId: s.branchId,
    from: s.from,
    to: s.to ?? null,
  }));
  // Only the sessions of the member's branches in the months the member was there.
  const sessions: SessionFact[] = [];
  for (const stretch of memberships) {
    for (const [id, branchId, itemCode, date, month] of raw.sessions ?? []) {
      if (branchId !== stretch.branchId) continue;
      if (month < stretch.from || (stretch.to && month > stretch.to)) continue;
      sessions.push({ id, branchId: stretch.branchId, itemCode, date });
    }
  }
  const records = raw.records ?? [];
  const ofKind = (kind: string) => records.filter((r) => r[0] === kind);
  return {
    memberId: raw.member!.id,
    year,
    probationary: raw.member!.status === 'probationary',
    memberships,
    sessions,
    attendance: ofKind('a').flatMap(([, , packed]) => unpackAttendance(packed)),
    quotas: ofKind('q').map(([, id, itemCode, month, value]) =>
      ledgerFacts.quota({ id: id!, itemCode, month: month!, value }),
    ),
    duties: ofKind('d').map(([, id, itemCode, month, status]) =>
      ledgerFacts.duty({ id: id!, itemCode, month: month!, status }),
    ),
    violations: ofKind('v').map(([, id, itemCode, month, count, note]) =>
      ledgerFacts.violation({ id: id!, itemCode, month: month!, count: Number(count), note }),
    ),
    declarations: ofKind('p').map(([, id, itemCode, month, points]) => ({
      id: id!,
      itemCode,
      month: month!,
      points,
    })),
    evaluation: raw.grade ? { grade: raw.grade.grade, id: raw.grade.id } : null,
    previousYear: raw.previous
      ? { total: raw.previous.total, redWarning: raw.previous.redWarning === true }
      : null,
  };
}
