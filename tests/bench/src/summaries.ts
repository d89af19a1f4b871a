// Score summaries computed the way the app computes them: the server's own refresh
// (score-summaries.service.ts: facts loader → @jifen/scoring → upserts), as the app role under
// row-level security, in one transaction per bureau, as publishing a scheme would.
import { MikroORM } from '@mikro-orm/postgresql';
import { ormConfig } from '../../../apps/server/src/db/orm-config.js';
import { refreshYearSummaries } from '../../../apps/server/src/modules/scores/score-summaries.service.js';
import { scopedEntityManager } from '../../../apps/server/src/tenancy/scoped-entity-manager.js';

export type SummaryResults = { members: number; ms: number; membersPerSecond: number };

export async function computeSummaries(
  appUrl: string,
  bureaus: readonly { bureauId: string; year: number }[],
): Promise<SummaryResults[]> {
  const orm = await MikroORM.init(ormConfig(appUrl, { pool: 2 }));
  try {
    const results: SummaryResults[] = [];
    for (const { bureauId, year } of bureaus) {
      const em = scopedEntityManager(orm, { bureauId, branchIds: 'all' });
      const start = performance.now();
      const members = await em.transactional((tx) => refreshYearSummaries(tx, year));
      const ms = performance.now() - start;
      results.push({
        members,
        ms: Math.round(ms),
        membersPerSecond: Math.round((members / ms) * 1000),
      });
    }
    return results;
  } finally {
    await orm.close(true);
  }
}
