import type { EntityManager } from '@mikro-orm/postgresql';
import { CompiledQuery, type Transaction } from 'kysely';
import { PREPARED } from './deferred-begin-client.js';

/** A statement sent without a transaction: row-level security would see no caller's scope. */
export class BoundQueryOutsideTransactionError extends Error {
  constructor() {
    super('A bound query must run in a transaction');
    this.name = 'BoundQueryOutsideTransactionError';
  }
}

/** MikroORM's connection runs and logs a statement in `executeQuery` (protected in its types). */
type LoggingConnection = {
  executeQuery<R>(query: string, run: () => Promise<R>): Promise<R>;
};

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
  /**
   * Prepared once per connection (`PREPARED`, deferred-begin-client.ts): for a statement run
   * often whose planning is a good part of its time. Its text must not vary with its values.
   */
  options: { prepared?: boolean } = {},
): Promise<T[]> {
  const tx = em.getTransactionContext<Transaction<unknown>>();
  if (!tx) throw new BoundQueryOutsideTransactionError();
  const text = options.prepared ? `${PREPARED}${sql}` : sql;
  // Through the connection's own logging (debug and slow-query logs, the tests' statement
  // counts), as MikroORM's own statements go.
  const logged = em.getConnection() as unknown as LoggingConnection;
  return logged.executeQuery(text, async () => {
    const result = await tx.executeQuery<T>(CompiledQuery.raw(text, [...params]));
    return [...result.rows];
  });
}

/**
 * `em.execute` for a hot read with `?` placeholders: in a transaction (every signed-in request's
 * read is in one), its values are bound and the statement is prepared once per connection, so
 * PostgreSQL plans it once instead of on every request; outside one, `em.execute` as usual.
 * `sql` must have no other `?` than its placeholders.
 */
export async function preparedRead<T = Record<string, unknown>>(
  em: EntityManager,
  sql: string,
  params: readonly unknown[],
): Promise<T[]> {
  if (!em.isInTransaction()) return em.execute<T[]>(sql, [...params]);
  let n = 0;
  return boundQuery<T>(
    em,
    sql.replace(/\?/g, () => `$${++n}`),
    params,
    { prepared: true },
  );
}
