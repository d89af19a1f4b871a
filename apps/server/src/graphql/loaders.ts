import type { EntityManager } from '@mikro-orm/postgresql';
import { createOrgLoaders } from '../modules/org/org.loaders.js';
import { createScoreSummaryLoader } from '../modules/scores/scores.loaders.js';

/**
 * Per-request batch loaders, built on the request's scoped fork: a list of N rows resolves its
 * nested fields in a constant number of statements. Each module adds its own loaders here.
 */
export function createLoaders(em: EntityManager) {
  return {
    ...createOrgLoaders(em),
    scoreSummary: createScoreSummaryLoader(em),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
