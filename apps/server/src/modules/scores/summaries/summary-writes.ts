import type { EntityManager } from '@mikro-orm/postgresql';
import type { StoredPart } from '../score-summary.entity.js';
import { boundQuery } from '../../../db/connection/bound-query.js';
import { textArray, uuidArray } from '../../../db/rows/sql-arrays.js';
import { withBureauWideAccess } from '../../../tenancy/bureau-wide-access.js';
import { TENANT_FILTER } from '../../../tenancy/tenant-filter.js';
import type { TenantScope } from '../../../tenancy/tenant-scope.js';

/** One score_summary row as written by a refresh, keyed by column name (bureau and year apart). */
export type SummaryRow = {
  id: string;
  branch_id: string;
  period: string;
  member_id: string;
  total_sort: string;
  total: string;
  total_exact: string;
  base_exact: string;
  special_exact: string;
  evaluation_exact: string | null;
  months: unknown;
  base: string;
  special: string;
  evaluation: string | null;
  categories: StoredPart[];
  special_items: StoredPart[];
  outcome_band: string | null;
  outcome: unknown;
  provisional: boolean;
  projection: unknown;
  projection_band: string | null;
  scheme_id: string;
  scheme_version: number;
  as_of: string;
};

const COLUMNS: Record<keyof SummaryRow | 'bureau_id' | 'year', string> = {
  bureau_id: 'uuid',
  year: 'int',
  id: 'uuid',
  branch_id: 'uuid',
  period: 'text',
  member_id: 'uuid',
  total_sort: 'numeric',
  total: 'text',
  total_exact: 'text',
  base_exact: 'text',
  special_exact: 'text',
  evaluation_exact: 'text',
  months: 'jsonb',
  base: 'text',
  special: 'text',
  evaluation: 'text',
  categories: 'jsonb',
  special_items: 'jsonb',
  outcome_band: 'text',
  outcome: 'jsonb',
  provisional: 'boolean',
  projection: 'jsonb',
  projection_band: 'text',
  scheme_id: 'uuid',
  scheme_version: 'int',
  as_of: 'text',
};
// The same for every row of a refresh: sent once, as parameters, not in each row.
const SHARED = ['bureau_id', 'year'] as const;
const PER_ROW = (Object.keys(COLUMNS) as (keyof SummaryRow)[]).filter(
  (c) => !(SHARED as readonly string[]).includes(c),
);
const UPDATED = PER_ROW.filter((c) => !['id', 'period', 'member_id'].includes(c));

// Rows per statement: the batch travels as ONE JSON document, a bind parameter (`boundQuery`).
const SLICE = 2000;

// Each row is a JSON array of its PER_ROW values, read by position: no column names repeated in
// every row, and a jsonb column taken as the jsonb value it already is (`jsonb_to_recordset`
// printed each one to text and parsed it again: about twice as slow). JSON null is SQL null.
const column = (c: keyof SummaryRow, i: number) =>
  COLUMNS[c] === 'jsonb' ? `nullif(r->${i}, 'null'::jsonb)` : `(r->>${i})::${COLUMNS[c]}`;

// The table has no foreign keys (a cache rewritten whole on publication, whose keys were checked
// row by row): the statement holds the members it writes instead, once each, as a key would, and
// writes none whose member is gone. A member deleted meanwhile waits for this transaction and
// then takes their summaries along (member.service.ts); one deleted before is not written.
const MEMBER = PER_ROW.indexOf('member_id');
const UPSERT = `with held as (select id from member where bureau_id = $1 and id = any($4::uuid[])
    for key share)
  insert into score_summary (${SHARED.join(', ')}, ${PER_ROW.join(', ')}, computed_at)
  select $1::uuid, $2::int, ${PER_ROW.map(column).join(', ')}, now()
  from jsonb_array_elements($3::jsonb) as r
  where (r->>${MEMBER})::uuid in (select id from held)
  on conflict (bureau_id, year, period, member_id) do update set
    ${UPDATED.map((c) => `${c} = excluded.${c}`).join(', ')}, computed_at = now()`;

/**
 * Inserts or updates a bureau's summaries of a year by (bureau, year, period, member). Plain SQL:
 * an ORM upsert cannot move the branch of a composite key sharing bureau_id.
 */
export async function upsertSummaries(
  em: EntityManager,
  key: { bureauId: string; year: number },
  rows: readonly SummaryRow[],
) {
  for (let i = 0; i < rows.length; i += SLICE) {
    const slice = rows.slice(i, i + SLICE);
    const members = uuidArray([...new Set(slice.map((row) => row.member_id))]);
    const values = JSON.stringify(slice.map((row) => PER_ROW.map((c) => row[c])));
    await boundQuery(em, UPSERT, [key.bureauId, key.year, values, members], { prepared: true });
  }
}

const ANY_OF_PERIODS = `select exists (select 1 from score_summary
  where bureau_id = $1 and year = $2 and period = any($3::text[])) as any`;

/**
 * Whether the bureau has any summary of `year` in `periods`: when it has none, a refresh of
 * those periods writes every summary there will be, and there is nothing to remove after it.
 */
export async function anySummariesOf(
  em: EntityManager,
  key: { bureauId: string; year: number },
  periods: readonly string[],
): Promise<boolean> {
  const [row] = await boundQuery<{ any: boolean }>(
    em,
    ANY_OF_PERIODS,
    [key.bureauId, key.year, textArray(periods)],
    { prepared: true },
  );
  return row?.any === true;
}

// The kept keys are hashed once (`not in` a subquery), not compared one by one in each row.
const NOT_KEPT = `period || '|' || member_id not in (select unnest($3::text[]))`;
const REMOVE_OF_MEMBERS = `delete from score_summary
  where bureau_id = $1 and year = $2 and ${NOT_KEPT}
    and member_id = any($4::uuid[]) and period = any($5::text[])`;
const REMOVE_OF_YEAR = `delete from score_summary where bureau_id = $1 and year = $2 and ${NOT_KEPT}`;
const REMOVE_OF_PERIODS = `${REMOVE_OF_YEAR} and period = any($4::text[])`;

/**
 * Deletes the summaries of the bureau's `year` whose key is not in `keep` (`period|memberId`):
 * periods a member no longer scores in (records removed, membership changed), of `members` and
 * `periods` only, of every member in `periods` (a bureau's refresh of some periods), or of the
 * whole year (`'all'`: a bureau's refresh, after which every member without a membership in the
 * year has no summary either). One statement; nothing is read back.
 */
export async function removeSummariesNotIn(
  em: EntityManager,
  key: { bureauId: string; year: number },
  members:
    | { memberIds: readonly string[]; periods: readonly string[] }
    | { periods: readonly string[] }
    | 'all',
  keep: ReadonlySet<string>,
) {
  if (members !== 'all' && 'memberIds' in members && members.memberIds.length === 0) return;
  const kept = [key.bureauId, key.year, textArray([...keep])];
  if (members === 'all') return boundQuery(em, REMOVE_OF_YEAR, kept, { prepared: true });
  if (!('memberIds' in members)) {
    return boundQuery(em, REMOVE_OF_PERIODS, [...kept, textArray(members.periods)], {
      prepared: true,
    });
  }
  return boundQuery(
    em,
    REMOVE_OF_MEMBERS,
    [...kept, uuidArray(members.memberIds), textArray(members.periods)],
    { prepared: true },
  );
}

/**
 * Deletes every summary of a member who is being deleted (entered by mistake), whatever branch
 * each is in: summaries are a cache with no foreign key to hold them back. Run after the member
 * row is deleted, so that a refresh still writing the member's summaries has finished first (its
 * upsert holds the member) and what it wrote is deleted here too.
 */
export async function removeSummariesOfMember(em: EntityManager, memberId: string) {
  await withBureauWideAccess(
    em,
    async (wide) => {
      const { bureauId } = wide.getFilterParams<TenantScope>(TENANT_FILTER)!;
      await boundQuery(wide, REMOVE_OF_MEMBER, [bureauId, memberId], { prepared: true });
    },
    { writeSummaries: true },
  );
}

const REMOVE_OF_MEMBER = `delete from score_summary where bureau_id = $1 and member_id = $2`;
