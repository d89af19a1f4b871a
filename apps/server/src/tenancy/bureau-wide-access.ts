import type { EntityManager } from '@mikro-orm/postgresql';
import { TENANT_FILTER } from './tenant-filter.js';
import { MissingTenantScopeError, SESSION_BRANCHES, type TenantScope } from './tenant-scope.js';

/**
 * Runs `fn` with the branch wall lifted, inside the bureau wall, in `em`'s transaction (one is
 * opened if needed). Scoring needs it: a member transferred in July is scored for the whole year by
 * the receiving branch, from records the sending branch keeps, and a save in one branch refreshes
 * summaries that the other branch owns. Callers check first that the actor may see the members;
 * only scores (derived figures and their explanation) leave through it, never the raw records.
 *
 * Both walls move together: the ORM filter (a fork with bureau-wide parameters sharing the
 * transaction) and the RLS session variable (set locally, restored afterwards).
 */
export async function withBureauWideAccess<T>(
  em: EntityManager,
  fn: (wide: EntityManager) => Promise<T>,
): Promise<T> {
  if (!em.isInTransaction()) return em.transactional((tx) => withBureauWideAccess(tx, fn));
  const scope = em.getFilterParams<TenantScope>(TENANT_FILTER);
  if (!scope) throw new MissingTenantScopeError();
  if (scope.branchIds === 'all') return fn(em);
  const wide = em.fork({ clear: true, keepTransactionContext: true });
  wide.setFilterParams(TENANT_FILTER, { bureauId: scope.bureauId, branchIds: 'all' });
  const [row] = await em.execute<{ previous: string | null }[]>(
    'select current_setting(?, true) as previous',
    [SESSION_BRANCHES],
  );
  await em.execute('select set_config(?, ?, true)', [SESSION_BRANCHES, '*']);
  try {
    return await fn(wide);
  } finally {
    await em.execute('select set_config(?, ?, true)', [SESSION_BRANCHES, row?.previous ?? '']);
  }
}
