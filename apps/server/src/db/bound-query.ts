import type { EntityManager } from '@mikro-orm/postgresql';
import { CompiledQuery, type Transaction } from 'kysely';

/** A statement sent without a transaction: row-level security would see no caller's scope. */
export class BoundQueryOutsideTransactionError extends Error {
  constructor() {
    super('A bound query must run in a transaction');
    this.name = 'BoundQueryOutsideTransactionError';
  }
}

/**
 * Runs `sql` with `$1…` placeholders in `em`'s transaction, its values sent to PostgreSQL as bind
 * parameters. `em.execute` inlines every value into the SQL text (escaped character by
 * character), which for a JSON document of several megabytes (a refresh's summaries, a sheet's
 * cells) costs more than the statement itself. Only in a transaction: that is where the caller's
 * scope (the RLS session variables) is set.
 */
export async function boundQuery<T = Record<string, unknown>>(
  em: EntityManager,
  sql: string,
  params: readonly unknown[],
): Promise<T[]> {
  const tx = em.getTransactionContext<Transaction<unknown>>();
  if (!tx) throw new BoundQueryOutsideTransactionError();
  const result = await tx.executeQuery<T>(CompiledQuery.raw(sql, [...params]));
  return [...result.rows];
}
