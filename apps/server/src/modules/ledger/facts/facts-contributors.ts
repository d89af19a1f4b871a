import { evaluationFacts } from '../../assessments/annual/evaluation-facts.js';
import type { FactsContributor } from './facts-contribution.js';

/**
 * Every contributor, listed once (like resolvers.ts). The assessment cycle adds the evaluation
 * grade here; the ledger's own tables are read by facts-loader.ts directly. What a contributor is
 * lives in facts-contribution.ts, which contributors import instead of this list.
 */
export const factsContributors: FactsContributor[] = [evaluationFacts];
