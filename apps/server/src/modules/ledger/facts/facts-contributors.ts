import type { EntityManager } from '@mikro-orm/postgresql';
import type { MemberYearFacts } from '@jifen/scoring';
import { evaluationFacts } from '../../assessments/annual/evaluation-facts.js';

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

/**
 * Every contributor, listed once (like resolvers.ts). The assessment cycle adds the evaluation
 * grade here; the ledger's own tables are read by facts-loader.ts directly.
 */
export const factsContributors: FactsContributor[] = [evaluationFacts];
