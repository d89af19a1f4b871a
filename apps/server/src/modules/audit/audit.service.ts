import { createHash } from 'node:crypto';
import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import { AuditChainHead } from './audit-chain-head.entity.js';
import { AuditEntry } from './audit-entry.entity.js';
import type { AuditEntityName, AuditOperation } from './audit-labels.js';
import { clock } from '../calendar/clock.js';

export type AuditActor = { userId: string | null; role: string | null };

export type AuditChange = {
  operation: AuditOperation;
  entityName: AuditEntityName;
  entityId?: string | null;
  branchId?: string | null;
  before?: unknown;
  after?: unknown;
};

export const GENESIS_HASH = '0'.repeat(64);

/**
 * Canonical JSON (keys sorted by code unit, undefined members left out) so the hash does not
 * depend on property order. Built in one pass: a save's entry holds a few hundred cells.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value !== 'object') return JSON.stringify(value);
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) out += (i === 0 ? '' : ',') + canonicalJson(value[i]);
    return out + ']';
  }
  const record = value as Record<string, unknown>;
  let out = '{';
  for (const key of Object.keys(record).sort()) {
    const member = record[key];
    if (member === undefined) continue;
    out += (out.length === 1 ? '' : ',') + JSON.stringify(key) + ':' + canonicalJson(member);
  }
  return out + '}';
}

export function auditHash(prevHash: string, entry: Omit<AuditEntry, 'hash' | 'prevHash'>): string {
  const body = canonicalJson({
    bureauId: entry.bureauId,
    seq: entry.seq,
    actorUserId: entry.actorUserId ?? null,
    actorRole: entry.actorRole ?? null,
    branchId: entry.branchId ?? null,
    operation: entry.operation,
    entityName: entry.entityName,
    entityId: entry.entityId ?? null,
    before: entry.before ?? null,
    after: entry.after ?? null,
    at: entry.at.toISOString(),
  });
  return createHash('sha256').update(prevHash).update(body).digest('hex');
}

/**
 * Appends one entry to the bureau's chain. Must run inside the transaction of the change it
 * records; locking the chain head serialises concurrent appends in the same bureau.
 */
export async function recordAudit(
  em: EntityManager,
  bureauId: string,
  actor: AuditActor,
  change: AuditChange,
): Promise<AuditEntry> {
  const [entry] = await recordAudits(em, bureauId, actor, [change]);
  return entry!;
}

/**
 * Appends several entries in order, with one lock of the chain head and one flush: a step that
 * changes many records at once (a year's warning cases) records each without paying a flush,
 * which diffs every entity the transaction holds, per record.
 */
export async function recordAudits(
  em: EntityManager,
  bureauId: string,
  actor: AuditActor,
  changes: readonly AuditChange[],
): Promise<AuditEntry[]> {
  if (!em.isInTransaction())
    throw new Error('recordAudit must run inside the change’s transaction');
  if (changes.length === 0) return [];
  let head = await em.findOne(
    AuditChainHead,
    { bureauId },
    { lockMode: LockMode.PESSIMISTIC_WRITE },
  );
  if (!head) {
    // First entry of a bureau: take a transaction-scoped advisory lock so two first writers cannot both start the chain.
    // em.execute (not em.getConnection().execute) so the lock is taken inside this transaction.
    await em.execute('select pg_advisory_xact_lock(hashtext(?))', [`audit:${bureauId}`]);
    head = await em.findOne(AuditChainHead, { bureauId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  }
  let seq = head?.seq ?? 0;
  let prevHash = head?.hash ?? GENESIS_HASH;
  const entries = changes.map((change) => {
    const entry = em.create(AuditEntry, {
      bureauId,
      seq: ++seq,
      actorUserId: actor.userId,
      actorRole: actor.role,
      branchId: change.branchId ?? null,
      operation: change.operation,
      entityName: change.entityName,
      entityId: change.entityId ?? null,
      before: jsonSafe(change.before),
      after: jsonSafe(change.after),
      // The server's clock, as every step it records: a seeded demo's entries fall on their days.
      at: clock().now(),
      prevHash,
      hash: '',
    });
    entry.hash = auditHash(prevHash, entry);
    prevHash = entry.hash;
    return entry;
  });
  if (head) {
    head.seq = seq;
    head.hash = prevHash;
  } else {
    em.create(AuditChainHead, { bureauId, seq, hash: prevHash });
  }
  await em.flush();
  return entries;
}

function jsonSafe(value: unknown): unknown {
  return value === undefined ? null : JSON.parse(JSON.stringify(value));
}
