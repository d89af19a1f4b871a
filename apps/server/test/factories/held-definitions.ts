import { yearSchemesOf } from '../../src/modules/schemes/year-schemes.js';
import type { TestDatabase } from '../test-database.js';
import { countStatements } from './ledger.js';

/**
 * Runs `read`, and the moment it sends a statement containing `marker`, has sixteen other
 * schemes' definitions read, which drops from the server's store (it holds sixteen) the
 * definitions that statement left out as held: as when other requests read other schemes
 * between a read leaving and its answer coming back. Gives the read's result, the statements
 * sent, and the md5 of the bureau's scheme definition (its first version's).
 */
export async function readWhileHeldDefinitionsDrop<T>(
  db: TestDatabase,
  bureauId: string,
  marker: string,
  read: () => Promise<T>,
): Promise<{ result: T; texts: string[]; hash: string; dropped: boolean }> {
  const [{ definition, hash }] = (await db.ownerQuery(
    'select definition, md5(definition::text) as hash from scheme where bureau_id = $1 order by version limit 1',
    [bureauId],
  )) as [{ definition: never; hash: string }];
  const others = Array.from({ length: 16 }, (_, i) => ({
    id: `other-${i}`,
    version: 1,
    effectiveFromMonth: '2026-01',
    definition,
    hash: `other-${i}`,
  }));
  const { result, texts } = await countStatements(db, async () => {
    const logger = db.orm.config.getLogger();
    const log = logger.logQuery.bind(logger);
    logger.logQuery = (context) => {
      if (context.query?.includes(marker) && others.length) {
        yearSchemesOf(2026, others.splice(0), []);
      }
      log(context);
    };
    try {
      return await read();
    } finally {
      logger.logQuery = log;
    }
  });
  return { result, texts, hash, dropped: others.length === 0 };
}
