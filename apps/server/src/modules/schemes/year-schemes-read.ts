import type { EntityManager } from '@mikro-orm/postgresql';
import type { SpecialItem } from '@jifen/scoring';
import { textArray } from '../../db/rows/sql-arrays.js';
import { bureauWideRead, readBureauWide } from '../../tenancy/bureau-wide-read.js';
import { TENANT_FILTER } from '../../tenancy/tenant-filter.js';
import { MissingTenantScopeError, type TenantScope } from '../../tenancy/tenant-scope.js';
import {
  definitionsAtHand,
  heldDefinitions,
  yearSchemesOf,
  type PublishedSchemeRow,
  type YearSchemes,
} from './year-schemes.js';

/**
 * A year's published versions with every approved branch item, read across the branch wall in
 * one statement (tenancy/bureau-wide-read.ts): what names a summary's parts for any reader, a
 * branch's secretary included, whose members' summaries list every branch's approved items.
 * Arguments: bureau, year and the md5 of each definition the server holds (not sent again).
 */
export const YEAR_SCHEMES_READ = bureauWideRead(
  'year_schemes_read',
  ['uuid', 'int', 'text[]'],
  `select json_build_object(
    'schemes', (select json_agg(json_build_object('id', s.id, 'version', s.version,
        'effectiveFromMonth', s.effective_from_month,
        'definition', case when d.hash = any($3) then null else s.definition end,
        'hash', d.hash) order by s.version)
      from scheme s cross join lateral (select md5(s.definition::text) as hash) d
      where s.bureau_id = $1 and s.year = $2 and s.status in ('published', 'superseded')),
    'items', (select json_agg(json_build_object('id', i.id, 'version', i.version,
        'branchId', i.branch_id, 'item', i.item) order by i.item_code, i.version)
      from branch_item_proposal i
      where i.bureau_id = $1 and i.year = $2 and i.status = 'approved'))`,
);

type Raw = {
  schemes: PublishedSchemeRow[] | null;
  items: { id: string; version: number; branchId: string; item: SpecialItem }[] | null;
};

/** The year's versions compiled with every branch's approved items, whatever the caller's walls. */
export async function readYearSchemesAcrossBranches(
  em: EntityManager,
  year: number,
): Promise<YearSchemes> {
  const scope = em.getFilterParams<TenantScope>(TENANT_FILTER);
  if (!scope) throw new MissingTenantScopeError();
  const read = (held: readonly string[]) =>
    readBureauWide<Raw>(em, YEAR_SCHEMES_READ, [scope.bureauId, year, textArray(held)]);
  let raw = await read(heldDefinitions());
  // A definition left out as held, then dropped by other requests in the meantime: read again.
  if (raw && !definitionsAtHand(raw.schemes ?? [])) raw = await read([]);
  return yearSchemesOf(year, raw?.schemes ?? [], raw?.items ?? []);
}
