import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { compileScheme, ruleKindsVersion, type CompiledScheme } from '@jifen/scoring';
import { BranchItemProposal, ProposalStatus } from './branch-item-proposal.entity.js';
import { withBranchItems } from './effective-scheme.js';
import { Scheme, SchemeStatus } from './scheme.entity.js';

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

/** What compiling a version reads of it, and of each approved branch item. */
type SchemeRow = Pick<Scheme, 'id' | 'version' | 'effectiveFromMonth' | 'definition'>;
type ApprovedItem = Pick<BranchItemProposal, 'id' | 'version' | 'branchId' | 'item'>;

function compiledFor(scheme: SchemeRow, approved: readonly ApprovedItem[]): CompiledScheme {
  // Keyed by what the compilation reads (the definition itself and the registered rule kinds),
  // not by the id and revision alone: databases cloned from one template, as the tests' are,
  // share ids and revisions while their definitions differ.
  const definition = createHash('sha1').update(JSON.stringify(scheme.definition)).digest('hex');
  const items = approved.map((p) => `${p.id}.${p.version}`).join(',');
  const key = `${scheme.id}:${definition}:${ruleKindsVersion()}:${items}`;
  let compiled = compiledCache.get(key);
  if (!compiled) {
    compiled = compileScheme(
      withBranchItems(
        scheme.definition,
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
 * Loads a year's published versions with its approved branch items: two statements. Read
 * bureau-wide (tenancy/bureau-wide-access.ts): a member's year may span two branches' items.
 */
export async function loadYearSchemes(em: EntityManager, year: number): Promise<YearSchemes> {
  const schemes = await em.find(
    Scheme,
    { year, status: { $in: [SchemeStatus.PUBLISHED, SchemeStatus.SUPERSEDED] } },
    { orderBy: { version: 'asc' } },
  );
  const approved = schemes.length
    ? await em.find(
        BranchItemProposal,
        { year, status: ProposalStatus.APPROVED },
        { orderBy: { itemCode: 'asc' } },
      )
    : [];
  return yearSchemesOf(year, schemes, approved);
}

/**
 * A year's schemes from rows read elsewhere: its published versions, oldest first, and its
 * approved branch items in code order (as `loadYearSchemes` reads them).
 */
export function yearSchemesOf(
  year: number,
  schemes: readonly SchemeRow[],
  approved: readonly ApprovedItem[],
): YearSchemes {
  return new YearSchemes(
    year,
    schemes.map((s) => ({
      id: s.id,
      version: s.version,
      effectiveFromMonth: s.effectiveFromMonth,
      compiled: compiledFor(s, approved),
    })),
  );
}
