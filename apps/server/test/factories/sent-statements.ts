import type { EntityManager } from '@mikro-orm/postgresql';
import { CompiledQuery, type Transaction } from 'kysely';

export type SentStatement = { sql: string; params: unknown[] };

/**
 * Records every statement `em`'s transaction sends from now on, whether through `em.execute`
 * (values inlined, `params` empty) or `boundQuery` (numbered parameters), so a test can EXPLAIN
 * the one it cares about. `execute` sends a statement with numbered parameters without recording.
 */
export function recordStatements(em: EntityManager): {
  sent: SentStatement[];
  execute: <T>(sql: string, params?: readonly unknown[]) => Promise<T>;
} {
  const tx = em.getTransactionContext<Transaction<unknown>>();
  if (!tx) throw new Error('recordStatements needs a transaction');
  const sent: SentStatement[] = [];
  const original = tx.executeQuery.bind(tx);
  tx.executeQuery = ((query: CompiledQuery, ...rest: unknown[]) => {
    sent.push({ sql: query.sql, params: [...query.parameters] });
    return (original as (...a: unknown[]) => unknown)(query, ...rest);
  }) as typeof tx.executeQuery;
  const execute = async <T>(sql: string, params: readonly unknown[] = []) =>
    (await original(CompiledQuery.raw(sql, [...params]))).rows as T;
  return { sent, execute };
}
