import { randomUUID } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import type { MikroORM } from '@mikro-orm/postgresql';
import { withClient } from '../connection/with-client.js';
import { LocalDiskStorage, type EvidenceStorage } from '../../modules/evidence/evidence-storage.js';
import { scopedEntityManager } from '../../tenancy/scoped-entity-manager.js';
import { seedDemoBureau, type DemoBureauOptions, type SeedSummary } from './demo-bureau.js';
import { demoYears, LIGHT_DEMO, type DemoScope } from './demo-calendar.js';
import { seedDemoLedger, type LedgerSeedSummary } from './demo-ledger.js';

/** Whether any bureau exists; asked as the owner, since the app role sees no bureau without a scope. */
export async function databaseIsEmpty(ownerUrl: string): Promise<boolean> {
  const { rows } = await withClient(ownerUrl, (c) =>
    c.query<{ n: string }>('select count(*) as n from bureau'),
  );
  return Number(rows[0]?.n ?? 0) === 0;
}

/**
 * Vacuums and gathers the planner's statistics, as autovacuum would a while after a seed: without
 * the statistics the planner takes a freshly seeded table for nearly empty and reads a branch's
 * ledger by bureau and month, filtering members row by row, instead of by its (bureau, member,
 * month) index; without the vacuum's visibility map it reads a member's sign-ins from the table
 * instead of from that index alone. As the owner: the app role may not vacuum the tables.
 */
export async function analyzeDatabase(ownerUrl: string): Promise<void> {
  await withClient(ownerUrl, (c) => c.query('vacuum analyze'));
}

/**
 * Seeds through the app's own ORM and walls, inside the new bureau's scope, in one transaction.
 * `scope` says what the demo holds and on which day (demo-calendar.ts): by default the light demo
 * of 16 November 2026 the test templates are built from; `pnpm start` seeds the full one on today.
 */
export async function seedDemo(
  orm: MikroORM,
  options: DemoBureauOptions & {
    ledger?: boolean;
    evidence?: EvidenceStorage;
    scope?: DemoScope;
  } = {},
): Promise<SeedSummary & { ledger?: LedgerSeedSummary }> {
  const bureauId = randomUUID();
  const scope = options.scope ?? LIGHT_DEMO;
  const { year } = demoYears(scope.today);
  const em = scopedEntityManager(orm, { bureauId, branchIds: 'all' });
  return em.transactional(async (tx) => {
    const summary = await seedDemoBureau(tx, bureauId, options, {
      year,
      firstYear: scope.history && options.ledger !== false ? year - 2 : year,
    });
    // The years' schemes and ledgers; tests that need only the roster skip them.
    if (options.ledger === false) return summary;
    const evidence =
      options.evidence ?? new LocalDiskStorage(path.join(os.tmpdir(), 'jifen-seed-evidence'));
    return { ...summary, ledger: await seedDemoLedger(tx, bureauId, evidence, scope) };
  });
}
