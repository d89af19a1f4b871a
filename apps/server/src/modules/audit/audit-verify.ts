import type pg from 'pg';
import { auditHash, GENESIS_HASH } from './audit.service.js';

export type ChainReport =
  | { bureauId: string; entries: number; ok: true }
  | { bureauId: string; entries: number; ok: false; brokenAt: number; reason: string };

type Row = {
  bureau_id: string;
  seq: number;
  actor_user_id: string | null;
  actor_role: string | null;
  branch_id: string | null;
  operation: string;
  entity_name: string;
  entity_id: string | null;
  before: unknown;
  after: unknown;
  at: Date;
  prev_hash: string;
  hash: string;
};

const PAGE = 1000;

/**
 * Walks one bureau's chain from the first entry: numbering without gaps, each entry naming the
 * hash before it, each hash recomputed from the entry, and the head matching the last entry (so
 * entries cut from the end show too). Returns the first broken link.
 */
export async function verifyChain(client: pg.ClientBase, bureauId: string): Promise<ChainReport> {
  let expectedSeq = 1;
  let prevHash = GENESIS_HASH;
  for (;;) {
    const { rows } = await client.query<Row>(
      `select * from audit_entry where bureau_id = $1 and seq >= $2 order by seq limit ${PAGE}`,
      [bureauId, expectedSeq],
    );
    for (const r of rows) {
      const broken = (reason: string): ChainReport => ({
        bureauId,
        entries: expectedSeq - 1,
        ok: false,
        brokenAt: expectedSeq,
        reason,
      });
      if (r.seq !== expectedSeq) return broken(`entry ${expectedSeq} is missing`);
      if (r.prev_hash !== prevHash)
        return broken('it does not name the hash of the entry before it');
      const recomputed = auditHash(r.prev_hash, {
        bureauId: r.bureau_id,
        seq: r.seq,
        actorUserId: r.actor_user_id,
        actorRole: r.actor_role,
        branchId: r.branch_id,
        operation: r.operation,
        entityName: r.entity_name,
        entityId: r.entity_id,
        before: r.before,
        after: r.after,
        at: r.at,
      });
      if (recomputed !== r.hash)
        return broken('its content does not match its hash (changed after writing)');
      prevHash = r.hash;
      expectedSeq++;
    }
    if (rows.length < PAGE) break;
  }
  const entries = expectedSeq - 1;
  const { rows: heads } = await client.query<{ seq: number; hash: string }>(
    'select seq, hash from audit_chain_head where bureau_id = $1',
    [bureauId],
  );
  const head = heads[0];
  if ((head?.seq ?? 0) !== entries || (head && head.hash !== prevHash))
    return {
      bureauId,
      entries,
      ok: false,
      brokenAt: entries + 1,
      reason: `the chain head names entry ${head?.seq ?? 0} but the log ends at ${entries} (entries removed from the end?)`,
    };
  return { bureauId, entries, ok: true };
}

/** Verifies the chain of every bureau that has one; run as the owner, which RLS does not wall. */
export async function verifyAuditChains(client: pg.ClientBase): Promise<ChainReport[]> {
  const { rows } = await client.query<{ bureau_id: string }>(
    'select bureau_id from audit_chain_head union select distinct bureau_id from audit_entry order by 1',
  );
  const reports: ChainReport[] = [];
  for (const { bureau_id } of rows) reports.push(await verifyChain(client, bureau_id));
  return reports;
}

export function describeReport(report: ChainReport): string {
  return report.ok
    ? `OK      bureau ${report.bureauId}: ${report.entries} entries, chain intact`
    : `BROKEN  bureau ${report.bureauId}: first broken link is seq ${report.brokenAt}: ${report.reason}`;
}
