import type { EntityManager } from '@mikro-orm/postgresql';
import type { CompiledScheme, LocalizedText } from '@jifen/scoring';
import type { YearSchemes } from '../schemes/year-schemes.js';
import { readYearSchemesAcrossBranches } from '../schemes/year-schemes-read.js';
import type { ScorePart, StoredPart } from './score-summary.entity.js';

// A summary stores its categories and special items as `[code, value, exact]`: their names belong
// to the scheme version it was scored under, and are looked up here only when a query asks for
// them. A ranking or a roster of values reads no name at all.

/** The names of a scheme version's categories and special items, by code. */
export type PartNames = ReadonlyMap<string, LocalizedText>;

/** The names of `compiled`'s categories and special items (approved branch items included). */
export function partNamesOf(compiled: CompiledScheme): PartNames {
  const names = new Map<string, LocalizedText>();
  for (const c of compiled.base.categories) names.set(c.code, c.label);
  for (const item of compiled.special.items) names.set(item.code, item.label);
  return names;
}

/**
 * The names of the version `schemeId` of `schemes`; a version not among them (none is: a summary
 * is only written under a published version) falls back to the latest's.
 */
export function versionNames(schemes: YearSchemes, schemeId: string): PartNames {
  const version = schemes.versions.find((v) => v.id === schemeId) ?? schemes.latest;
  return version ? partNamesOf(version.compiled) : new Map();
}

/**
 * The names of every category and item a year's summaries may carry: the latest version's, then
 * those only an earlier version has (statistics group a year scored under several versions).
 */
export function yearPartNames(schemes: YearSchemes): PartNames {
  const names = new Map<string, LocalizedText>();
  for (const version of [...schemes.versions].reverse()) {
    for (const [code, label] of partNamesOf(version.compiled)) {
      if (!names.has(code)) names.set(code, label);
    }
  }
  return names;
}

/** The stored form of a scored category or item (summary-rows.ts). */
export const storedPart = (c: {
  code: string;
  score: { value: string; exact: string };
}): StoredPart => [c.code, c.score.value, c.score.exact];

/**
 * Per request: each year's versions with every branch's approved items, read once when a part's
 * name is first asked (one statement across the branch wall; the definitions are held by the
 * process), then answered synchronously.
 */
export class SummaryNames {
  private readonly known = new Map<number, YearSchemes>();
  private readonly pending = new Map<number, Promise<YearSchemes>>();
  private readonly sources = new Map<string, PartSource>();

  constructor(private readonly em: EntityManager) {}

  /** The one source of the parts scored under `schemeId` (a version belongs to one year). */
  source(year: number, schemeId: string): PartSource {
    let source = this.sources.get(schemeId);
    if (!source) {
      source = new PartSource(this, year, schemeId);
      this.sources.set(schemeId, source);
    }
    return source;
  }

  of(year: number, schemeId: string): PartNames | Promise<PartNames> {
    const known = this.known.get(year);
    if (known) return versionNames(known, schemeId);
    let pending = this.pending.get(year);
    if (!pending) {
      pending = readYearSchemesAcrossBranches(this.em, year).then((schemes) => {
        this.known.set(year, schemes);
        return schemes;
      });
      this.pending.set(year, pending);
    }
    return pending.then((schemes) => versionNames(schemes, schemeId));
  }
}

/** Where the parts of the summaries scored under one version find their names. */
export class PartSource {
  private names: PartNames | undefined;

  constructor(
    private readonly all: SummaryNames,
    readonly year: number,
    readonly schemeId: string,
  ) {}

  /** The version's names: looked up once, then known. */
  get(): PartNames | Promise<PartNames> {
    if (this.names) return this.names;
    const found = this.all.of(this.year, this.schemeId);
    if (found instanceof Map) return (this.names = found);
    return (found as Promise<PartNames>).then((names) => (this.names = names));
  }
}

/**
 * A summary's part as GraphQL's `ScorePart`: its stored `[code, value, exact]` and where its
 * names are found on asking. One object a part, its values read through.
 */
export class SummaryPart {
  constructor(
    private readonly stored: StoredPart,
    readonly source: PartSource,
  ) {}

  get code(): string {
    return this.stored[0];
  }

  get value(): string {
    return this.stored[1];
  }

  get exact(): string {
    return this.stored[2];
  }
}

/** A summary's stored parts for GraphQL. */
export function summaryParts(
  stored: readonly StoredPart[],
  row: { year: number; schemeId: string },
  names: SummaryNames,
): SummaryPart[] {
  const source = names.source(row.year, row.schemeId);
  const parts = new Array<SummaryPart>(stored.length);
  for (let i = 0; i < stored.length; i++) parts[i] = new SummaryPart(stored[i]!, source);
  return parts;
}

/**
 * A part's name in `locale`: a summary's from its scheme version, any other part's (a member's
 * year scored live, a frozen result) as it carries it.
 */
export function partName(
  part: ScorePart | SummaryPart,
  locale: 'zh' | 'en',
): string | Promise<string> {
  if (!(part instanceof SummaryPart)) return locale === 'zh' ? part.nameZh : part.nameEn;
  const names = part.source.get();
  const pick = (found: PartNames) => found.get(part.code)?.[locale] ?? part.code;
  return names instanceof Map ? pick(names) : (names as Promise<PartNames>).then(pick);
}
