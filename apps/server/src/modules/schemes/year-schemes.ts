import { preparedRead } from '../../db/connection/bound-query.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  compileScheme,
  ruleKindsVersion,
  type CompiledScheme,
  type Scheme as SchemeDefinition,
  type SpecialItem,
} from '@jifen/scoring';
import { TENANT_FILTER } from '../../tenancy/tenant-filter.js';
import { MissingTenantScopeError, type TenantScope } from '../../tenancy/tenant-scope.js';
import { ProposalStatus } from './branch-item-proposal.entity.js';
import { withBranchItems } from './effective-scheme.js';
import { SchemeStatus } from './scheme.entity.js';

/** A published version of a year's scheme, compiled with the year's approved branch items. */
export type SchemeInForce = {
  id: string;
  version: number;
  effectiveFromMonth: string;
  compiled: CompiledScheme;
};

// Compiling is cheap but not free; a year's versions change rarely, scores are read all the time.
const compiledCache = new Map<string, CompiledScheme>();
const CACHE_LIMIT = 64;

// The definitions read lately, by PostgreSQL's md5 of them (`scheme.definition_hash`): a read may
// leave out one the server holds (the member-year read, whose every request would otherwise parse
// 11 KB of it).
const definitions = new Map<string, SchemeDefinition>();
const DEFINITION_LIMIT = 16;

/** The md5 of each scheme definition this process holds, for a read to leave those out. */
export function heldDefinitions(): string[] {
  return [...definitions.keys()];
}

/** Whether each row carries its definition or names one this process holds. */
export function definitionsAtHand(rows: readonly SchemeRow[]): boolean {
  return rows.every((r) => r.definition !== null || definitions.has(r.hash));
}

/** The row's definition, as read or held. */
function definitionOf(scheme: SchemeRow): SchemeDefinition {
  if (scheme.definition !== null) return scheme.definition;
  const held = definitions.get(scheme.hash);
  if (!held) throw new Error(`scheme ${scheme.id}: its definition was neither read nor held`);
  return held;
}

/** Keeps a definition read for the reads after it, dropping the oldest kept when full. */
function keepDefinition(scheme: SchemeRow): void {
  if (scheme.definition === null || definitions.has(scheme.hash)) return;
  if (definitions.size >= DEFINITION_LIMIT) definitions.delete(definitions.keys().next().value!);
  definitions.set(scheme.hash, scheme.definition);
}

/** A published version as read: its definition (null: one held, see above) and PostgreSQL's md5 of it. */
type SchemeRow = { id: string; definition: SchemeDefinition | null; hash: string };
/** An approved branch item as read. */
type ApprovedRow = { id: string; version: number; branchId: string; item: SpecialItem };

function compiledFor(
  scheme: SchemeRow,
  definition: SchemeDefinition,
  approved: readonly ApprovedRow[],
): CompiledScheme {
  // Keyed by what the compilation reads (the definition itself and the registered rule kinds),
  // not by the id and revision alone: databases cloned from one template, as the tests' are,
  // share ids and revisions while their definitions differ.
  const items = approved.map((p) => `${p.id}.${p.version}`).join(',');
  const key = `${scheme.id}:${scheme.hash}:${ruleKindsVersion()}:${items}`;
  let compiled = compiledCache.get(key);
  if (!compiled) {
    compiled = compileScheme(
      withBranchItems(
        definition,
        approved.map((p) => ({ branchId: p.branchId, item: p.item })),
      ),
    );
    if (compiledCache.size >= CACHE_LIMIT) compiledCache.delete(compiledCache.keys().next().value!);
    compiledCache.set(key, compiled);
  }
  return compiled;
}

/**
 * The published versions of a year, oldest first. A version governs the months from its
 * effective month until the next version's: a period is scored under the version in force in its
 * last scored month, and names it.
 */
export class YearSchemes {
  constructor(
    readonly year: number,
    readonly versions: readonly SchemeInForce[],
  ) {}

  /** The version in force in `month` (`YYYY-MM`), or undefined before the first one. */
  forMonth(month: string): SchemeInForce | undefined {
    let found: SchemeInForce | undefined;
    for (const v of this.versions) if (v.effectiveFromMonth <= month) found = v;
    return found ?? this.versions[0];
  }

  get latest(): SchemeInForce | undefined {
    return this.versions.at(-1);
  }
}

/**
 * Loads a year's published versions with its approved branch items: ONE statement of plain rows
 * (no entities: every score read compiles from it, and a hydrated definition was diffed on every
 * flush). Read bureau-wide (tenancy/bureau-wide-access.ts): a member's year may span two branches'
 * items. Names the bureau explicitly; row-level security applies as to any read of the request.
 */
export async function loadYearSchemes(em: EntityManager, year: number): Promise<YearSchemes> {
  const scope = em.getFilterParams<TenantScope>(TENANT_FILTER);
  if (!scope) throw new MissingTenantScopeError();
  type Row = {
    kind: 's' | 'p';
    id: string;
    version: number;
    month: string | null;
    doc: SchemeDefinition | SpecialItem;
    hash: string | null;
    branch_id: string | null;
    code: string | null;
  };
  const rows = await preparedRead<Row>(
    em,
    `select 's' as kind, id::text as id, version, effective_from_month::text as month,
            definition as doc, definition_hash as hash, null as branch_id, null as code
       from scheme where bureau_id = ? and year = ? and status::text = any(?::text[])
     union all
     select 'p', id::text, version, null, item, null, branch_id::text, item_code
       from branch_item_proposal where bureau_id = ? and year = ? and status::text = ?
     order by kind desc, code, version`,
    [
      scope.bureauId,
      year,
      `{${SchemeStatus.PUBLISHED},${SchemeStatus.SUPERSEDED}}`,
      scope.bureauId,
      year,
      ProposalStatus.APPROVED,
    ],
  );
  // Versions oldest first; approved items by code (the order they join the scheme in).
  const schemes = rows.filter((r) => r.kind === 's');
  const approved: ApprovedRow[] = rows
    .filter((r) => r.kind === 'p')
    .map((r) => ({
      id: r.id,
      version: Number(r.version),
      branchId: r.branch_id!,
      item: r.doc as SpecialItem,
    }));
  return yearSchemesOf(
    year,
    schemes.map((s) => ({
      id: s.id,
      version: Number(s.version),
      effectiveFromMonth: s.month!,
      definition: s.doc as SchemeDefinition,
      hash: s.hash!,
    })),
    approved,
  );
}

/** A published version as read elsewhere, with PostgreSQL's md5 of its definition. */
export type PublishedSchemeRow = SchemeRow & { version: number; effectiveFromMonth: string };

/**
 * A year's schemes from rows read elsewhere (scores/member-year/member-year-read.ts): its published versions,
 * oldest first, and its approved branch items in code order, as `loadYearSchemes` reads them.
 */
export function yearSchemesOf(
  year: number,
  schemes: readonly PublishedSchemeRow[],
  approved: readonly ApprovedRow[],
): YearSchemes {
  // Every definition left out as held is taken before any read one is kept: keeping one may drop
  // another from the store, and a later row of the same read may be the one that needs it.
  const held = schemes.map(definitionOf);
  for (const s of schemes) keepDefinition(s);
  return new YearSchemes(
    year,
    schemes.map((s, i) => ({
      id: s.id,
      version: s.version,
      effectiveFromMonth: s.effectiveFromMonth,
      compiled: compiledFor(s, held[i]!, approved),
    })),
  );
}
