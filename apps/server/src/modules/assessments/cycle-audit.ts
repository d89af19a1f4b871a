import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../auth/actor.js';
import { recordAudit, recordAudits, type AuditChange } from '../audit/audit.service.js';

/** Records one step of the cycle in the audit chain, inside the step's transaction. */
export function auditStep(
  tx: EntityManager,
  actor: Actor | null,
  role: string,
  change: AuditChange,
): Promise<unknown> {
  return recordAudit(tx, bureauOf(tx, actor), { userId: actor?.userId ?? null, role }, change);
}

/** Records several records' changes of one step, in order, with one flush. */
export function auditSteps(
  tx: EntityManager,
  actor: Actor | null,
  role: string,
  changes: readonly AuditChange[],
): Promise<unknown> {
  return recordAudits(tx, bureauOf(tx, actor), { userId: actor?.userId ?? null, role }, changes);
}

function bureauOf(tx: EntityManager, actor: Actor | null): string {
  const bureauId = tx.getFilterParams<{ bureauId: string }>('tenant')?.bureauId ?? actor?.bureauId;
  if (!bureauId) throw new Error('auditStep needs a bureau');
  return bureauId;
}
