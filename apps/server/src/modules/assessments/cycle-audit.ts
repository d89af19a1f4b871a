import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../auth/actor.js';
import { recordAudit, type AuditChange } from '../audit/audit.service.js';

/** Records one step of the cycle in the audit chain, inside the step's transaction. */
export function auditStep(
  tx: EntityManager,
  actor: Actor | null,
  role: string,
  change: AuditChange,
): Promise<unknown> {
  const bureauId = tx.getFilterParams<{ bureauId: string }>('tenant')?.bureauId ?? actor?.bureauId;
  if (!bureauId) throw new Error('auditStep needs a bureau');
  return recordAudit(tx, bureauId, { userId: actor?.userId ?? null, role }, change);
}
