import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { Branch } from '../modules/org/branch.entity.js';
import { Member } from '../modules/org/member.entity.js';
import { createScoreSummaryLoader } from '../modules/scores/scores.loaders.js';

/**
 * Per-request batch loaders, built on the request's scoped fork: a list of N rows resolves its
 * nested fields in a constant number of statements. Modules add their loaders here.
 */
export function createLoaders(em: EntityManager) {
  const byId = <T extends { id: string }>(rows: T[], ids: readonly string[]) => {
    const map = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => map.get(id) ?? null);
  };
  return {
    branch: new DataLoader<string, Branch | null>(async (ids) =>
      byId(await em.find(Branch, { id: { $in: [...ids] } }), ids),
    ),
    member: new DataLoader<string, Member | null>(async (ids) =>
      byId(await em.find(Member, { id: { $in: [...ids] } }), ids),
    ),
    scoreSummary: createScoreSummaryLoader(em),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
