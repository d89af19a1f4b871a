import type { EntityManager } from '@mikro-orm/postgresql';

export type OpenTransaction = {
  /**
   * Commits (`true`) or rolls back (`false`). The ended transaction stays the fork's: a statement
   * sent on the fork afterwards fails ("Transaction is already …") instead of running outside it.
   * That happens when graphql-js answers before every resolver is done: a failing non-null field
   * ends the whole answer at once while its sibling fields may still be reading, or refreshing
   * a summary, which would otherwise commit on its own after the request had rolled back.
   */
  end: (commit: boolean) => Promise<void>;
};

/**
 * Opens one transaction on a scoped fork, for reads. Outside a transaction every statement of a
 * fork with a session context runs as `begin; set_config(…); statement; commit` (that is how the
 * row-level security variables reach it); inside one, the scope is set once and each statement is
 * only itself. Unlike `em.begin()`, ending it never flushes: what a read path writes (a stale score
 * summary it refreshes) it flushes or executes itself.
 */
export async function openReadTransaction(em: EntityManager): Promise<OpenTransaction> {
  const connection = em.getConnection('write');
  const trx = await connection.begin({ sessionContext: em.getSessionContext() });
  em.setTransactionContext(trx);
  return {
    end: async (commit) => {
      if (commit) await connection.commit(trx);
      else await connection.rollback(trx);
    },
  };
}

/** Runs `fn` in one read transaction on `em`; rolls back if it throws. */
export async function inReadTransaction<T>(
  em: EntityManager,
  fn: (em: EntityManager) => Promise<T>,
): Promise<T> {
  const trx = await openReadTransaction(em);
  let result: T;
  try {
    result = await fn(em);
  } catch (error) {
    await trx.end(false).catch(() => undefined);
    throw error;
  }
  await trx.end(true);
  return result;
}
