import type { EntityManager } from '@mikro-orm/postgresql';
import type { MemberYearFacts } from '@jifen/scoring';

/** Facts another module adds to a member's year (e.g. the democratic evaluation's grade). */
export type FactsContribution = Partial<Pick<MemberYearFacts, 'evaluation' | 'previousYear'>>;

/**
 * Loads extra facts for many members at once: ONE query per contributor, whatever the number of
 * members, so the facts loader stays constant in statements.
 */
export type FactsContributor = (
  em: EntityManager,
  year: number,
  memberIds: readonly string[],
) => Promise<Map<string, FactsContribution>>;
