import { randomUUID } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import type { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import { LocalDiskStorage, type EvidenceStorage } from '../../modules/evidence/evidence-storage.js';
import { scopedEntityManager } from '../../tenancy/scoped-entity-manager.js';
import { seedDemoBureau, type DemoBureauOptions, type SeedSummary } from './demo-bureau.js';
import { seedDemoLedger, type LedgerSeedSummary } from './demo-ledger.js';

/** Whether any bureau exists; asked as the owner, since the app role sees no bureau without a scope. */
export async function databaseIsEmpty(ownerUrl: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: string }>('select count(*) as n from bureau');
    return Number(rows[0]?.n ?? 0) === 0;
  } finally {
    await client.end();
  }
}

/** Seeds through the app's own ORM and walls, inside the new bureau's scope, in one transaction. */
export async function seedDemo(
  orm: MikroORM,
  options: DemoBureauOptions & { ledger?: boolean; evidence?: EvidenceStorage } = {},
): Promise<SeedSummary & { ledger?: LedgerSeedSummary }> {
  const bureauId = randomUUID();
  const em = scopedEntityManager(orm, { bureauId, branchIds: 'all' });
  return em.transactional(async (tx) => {
    const summary = await seedDemoBureau(tx, bureauId, options);
    // The year's scheme and ledger (January–October); tests that need only the roster skip it.
    if (options.ledger === false) return summary;
    const evidence =
      options.evidence ?? new LocalDiskStorage(path.join(os.tmpdir(), 'jifen-seed-evidence'));
    return { ...summary, ledger: await seedDemoLedger(tx, bureauId, evidence) };
  });
}
