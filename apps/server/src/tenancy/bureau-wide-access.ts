import type { EntityManager } from '@mikro-orm/postgresql';
import { WITH_NEXT_STATEMENT } from '../db/connection/deferred-begin-client.js';
import { TENANT_FILTER } from './tenant-filter.js';
import {
  MissingTenantScopeError,
  SESSION_BRANCHES,
  SESSION_WRITE_BRANCHES,
  sessionVariables,
  type TenantScope,
} from './tenant-scope.js';

/**
 * Runs `fn` with the branch wall lifted, inside the bureau wall, in `em`'s transaction (one is
 * opened if needed). Scoring needs it: a member transferred in July is scored for the whole year by
 * the receiving branch, from records the sending branch keeps. Callers check first that the actor
 * may see the members; only scores (derived figures and their explanation) leave through it, never
 * the raw records.
 *
 * `writeSummaries` also lifts the write wall, for one writer only: refreshing score summaries (a
 * cache of the package's results), which a save in one branch owes the other branch of a
 * transferred member, and an analyst's list owes a summary the calendar made stale.
 *
 * Both walls move together: the ORM filter (a fork with bureau-wide parameters sharing the
 * transaction) and the RLS session variables (set locally, restored afterwards).
 */
export async function withBureauWideAccess<T>(
  em: EntityManager,
  fn: (wide: EntityManager) => Promise<T>,
  options: { writeSummaries?: boolean } = {},
): Promise<T> {
  if (!em.isInTransaction()) return em.transactional((tx) => withBureauWideAccess(tx, fn, options));
  const scope = em.getFilterParams<TenantScope>(TENANT_FILTER);
  if (!scope) throw new MissingTenantScopeError();
  const writes = scope.writeBranchIds ?? scope.branchIds;
  const liftWrites = options.writeSummaries === true && writes !== 'all';
  if (scope.branchIds === 'all' && !liftWrites) return fn(em);
  const wide = em.fork({ clear: true, keepTransactionContext: true });
  wide.setFilterParams(TENANT_FILTER, {
    bureauId: scope.bureauId,
    branchIds: 'all',
    writeBranchIds: liftWrites ? 'all' : writes,
  } satisfies TenantScope);
  // Restored afterwards from the scope itself: the session variables always mirror the filter's
  // parameters of the fork that runs (scoped-entity-manager.ts), so there is nothing to read back.
  const before = sessionVariables(scope);
  // Both travel with the statement after them (db/connection/deferred-begin-client.ts): a read
  // between them costs one round trip, not three.
  await em.execute(`${WITH_NEXT_STATEMENT}select set_config(?, ?, true), set_config(?, ?, true)`, [
    SESSION_BRANCHES,
    '*',
    SESSION_WRITE_BRANCHES,
    liftWrites ? '*' : before[SESSION_WRITE_BRANCHES]!,
  ]);
  try {
    return await fn(wide);
  } finally {
    await em.execute(
      `${WITH_NEXT_STATEMENT}select set_config(?, ?, true), set_config(?, ?, true)`,
      [
        SESSION_BRANCHES,
        before[SESSION_BRANCHES]!,
        SESSION_WRITE_BRANCHES,
        before[SESSION_WRITE_BRANCHES]!,
      ],
    );
  }
}
