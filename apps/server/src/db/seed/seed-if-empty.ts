import { randomUUID } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import { scopedEntityManager } from '../../tenancy/scoped-entity-manager.js';
import { seedDemoBureau, type DemoBureauOptions, type SeedSummary } from './demo-bureau.js';

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
  options: DemoBureauOptions = {},
): Promise<SeedSummary> {
  const bureauId = randomUUID();
  const em = scopedEntityManager(orm, { bureauId, branchIds: 'all' });
  return em.transactional((tx) => seedDemoBureau(tx, bureauId, options));
}
