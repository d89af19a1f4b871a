import type { EntityManager } from '@mikro-orm/postgresql';

export type SentStatement = { sql: string; params: unknown[] };

/**
 * Records every statement `em.execute` sends from now on (the plain-SQL readers use it), so a
 * test can EXPLAIN the one it cares about. `execute` sends without recording.
 */
export function recordStatements(em: EntityManager): {
  sent: SentStatement[];
  execute: EntityManager['execute'];
} {
  const sent: SentStatement[] = [];
  const execute = em.execute.bind(em);
  em.execute = ((sql: string, params: unknown[] = []) => {
    sent.push({ sql, params });
    return execute(sql, params);
  }) as EntityManager['execute'];
  return { sent, execute };
}
