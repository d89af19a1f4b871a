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
 * A year's published versions and its approved branch items as two json values, for a read that
 * crosses the branch wall (tenancy/bureau-wide-read.ts): `schemes` oldest first, each definition
 * the server holds (its md5 among `held`) left out, and `items` in the order they join the scheme.
 * SQL expressions of the read's arguments: the bureau, the year and the held md5s.
 */
export function yearSchemesJson(of: { bureau: string; year: string; held: string }): string {
  return `'schemes', (select json_agg(json_build_object('id', s.id, 'version', s.version,
        'effectiveFromMonth', s.effective_from_month,
        'definition', case when s.definition_hash = any(${of.held}) then null else s.definition end,
        'hash', s.definition_hash) order by s.version)
      from scheme s
      where s.bureau_id = ${of.bureau} and s.year = ${of.year}
        and s.status in ('published', 'superseded')),
    'items', (select json_agg(json_build_object('id', i.id, 'version', i.version,
        'branchId', i.branch_id, 'item', i.item) order by i.item_code, i.version)
      from branch_item_proposal i where i.bureau_id = ${of.bureau} and i.year = ${of.year}
        and i.status = 'approved')`;
}

/** What `yearSchemesJson` gives, as read. */
export type YearSchemesJson = {
  schemes: PublishedSchemeRow[] | null;
  items: { id: string; version: number; branchId: string; item: SpecialItem }[] | null;
};

/**
 * Runs a read whose result carries `yearSchemesJson` with the definitions this process holds
 * left out, and again with none left out if one was dropped meanwhile by other requests.
 */
export async function withHeldDefinitions<T extends YearSchemesJson>(
  read: (held: readonly string[]) => Promise<T | null>,
): Promise<T | null> {
  const raw = await read(heldDefinitions());
  return raw && !definitionsAtHand(raw.schemes ?? []) ? read([]) : raw;
}

/**
 * A year's versions and every approved branch item, read across the branch wall in one
 * statement: what names a summary's parts for any reader, a branch's secretary included, whose
 * members' summaries list every branch's approved items. Arguments: bureau, year, held md5s.
 */
export const YEAR_SCHEMES_READ = bureauWideRead(
  'year_schemes_read',
  ['uuid', 'int', 'text[]'],
  `select json_build_object(${yearSchemesJson({ bureau: '$1', year: '$2', held: '$3' })})`,
);

/** The year's versions compiled with every branch's approved items, whatever the caller's walls. */
export async function readYearSchemesAcrossBranches(
  em: EntityManager,
  year: number,
): Promise<YearSchemes> {
  const scope = em.getFilterParams<TenantScope>(TENANT_FILTER);
  if (!scope) throw new MissingTenantScopeError();
  const raw = await withHeldDefinitions((held) =>
    readBureauWide<YearSchemesJson>(em, YEAR_SCHEMES_READ, [scope.bureauId, year, textArray(held)]),
  );
  return yearSchemesOf(year, raw?.schemes ?? [], raw?.items ?? []);
}
