import type { EntityManager } from '@mikro-orm/postgresql';
import { SubjectLookups } from '../modules/audit/subject/subject-lookups.js';
import { createDeclarationLoaders } from '../modules/declarations/declarations.loaders.js';
import { createLedgerLoaders } from '../modules/ledger/ledger.loaders.js';
import { createCycleLoaders } from '../modules/assessments/cycle.loaders.js';
import { createOrgLoaders } from '../modules/org/org.loaders.js';
import { createScoreSummaryLoaders } from '../modules/scores/scores.loaders.js';
import { SummaryNames } from '../modules/scores/summary-parts.js';
import { createSupervisionLoaders } from '../modules/supervision/supervision.loaders.js';

/**
 * Per-request batch loaders, built on the request's scoped fork: a list of N rows resolves its
 * nested fields in a constant number of statements. Each module adds its own loaders here.
 */
export function createLoaders(em: EntityManager) {
  const org = createOrgLoaders(em);
  return {
    ...org,
    ...createCycleLoaders(em),
    ...createLedgerLoaders(em),
    ...createDeclarationLoaders(em),
    ...createSupervisionLoaders(em),
    scoreSummaries: createScoreSummaryLoaders(em),
    summaryNames: new SummaryNames(em),
    auditSubjects: new SubjectLookups(em, org),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
