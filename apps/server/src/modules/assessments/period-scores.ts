import type { EntityManager } from '@mikro-orm/postgresql';
import { monthsOfPeriod, scorePeriod, type Period, type ScoreResult } from '@jifen/scoring';
import { ConflictError } from '../../graphql/errors.js';
import { loadMemberYearFacts } from '../ledger/facts/facts-loader.js';
import { loadYearSchemes } from '../schemes/year-schemes.js';
import { withBureauWideAccess } from '../../tenancy/bureau-wide-access.js';
import type { FrozenPart } from './frozen-score.js';

/** A member's score for a period from the scoring package, with the scheme version it used. */
export type ScoredMember = {
  memberId: string;
  result: ScoreResult;
  scheme: { id: string; version: number };
};

/**
 * Scores members for a quarter or a year from the ledger, with the scoring package: the one place
 * the cycle gets a number. The period is complete when reviewed, so it is scored up to its last
 * month, under the scheme version in force then. Reads bureau-wide (a member transferred in keeps
 * the records of the sending branch); only scores come out.
 */
export async function scoreMembers(
  em: EntityManager,
  period: Period & { kind: 'quarter' | 'year' },
  memberIds: readonly string[],
): Promise<ScoredMember[]> {
  if (memberIds.length === 0) return [];
  const last = monthsOfPeriod(period).at(-1)!;
  return withBureauWideAccess(em, async (wide) => {
    const schemes = await loadYearSchemes(wide, period.year);
    const scheme = schemes.forMonth(last);
    if (!scheme) {
      throw new ConflictError(
        `${period.year} 年积分方案尚未发布，不能计算积分`,
        `The ${period.year} scheme is not published: scores cannot be computed`,
      );
    }
    const facts = await loadMemberYearFacts(wide, period.year, memberIds, {
      yearFacts: period.kind === 'year',
    });
    return facts.map((f) => ({
      memberId: f.memberId,
      result: scorePeriod(f, scheme.compiled, period, { asOf: last }),
      scheme: { id: scheme.id, version: scheme.version },
    }));
  });
}

const part = (c: ScoreResult['categories'][number]): FrozenPart => ({
  code: c.code,
  zh: c.label.zh,
  en: c.label.en,
  value: c.score.value,
  exact: c.score.exact,
});

/** The columns a frozen score copies from a result. */
export function frozenFigures(scored: ScoredMember) {
  const r = scored.result;
  return {
    total: r.total.value,
    totalExact: r.total.exact,
    base: r.sections.base.value,
    special: r.sections.special.value,
    categories: r.categories.map(part),
    specialItems: r.specialItems.map(part),
    lines: [...r.lines] as unknown[],
    warnings: [...r.warnings] as unknown[],
    schemeId: scored.scheme.id,
    schemeVersion: scored.scheme.version,
  };
}
