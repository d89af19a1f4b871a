import type pg from 'pg';
import { auditHash, GENESIS_HASH } from './audit.service.js';

export type ChainReport =
  | { bureauId: string; entries: number; ok: true }
  | {
      bureauId: string;
      entries: number;
      ok: false;
      brokenAt: number;
      reason: string;
      /** The same reason in zh-CN, for the app. */
      reasonZh: string;
    };

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

/** Runs one statement with `?` placeholders: the owner's pg client, or a request's scoped fork. */
export type ChainReader = <T extends object>(sql: string, params: unknown[]) => Promise<T[]>;

/** A reader over a plain pg client (the CLI, as the owner). */
export function pgReader(client: pg.ClientBase): ChainReader {
  return async <T extends object>(sql: string, params: unknown[]) => {
    let n = 0;
    const { rows } = await client.query<T>(
      sql.replace(/\?/g, () => `$${++n}`),
      params,
    );
    return rows;
  };
}

/**
 * Walks one bureau's chain from the first entry: numbering without gaps, each entry naming the
 * hash before it, each hash recomputed from the entry, and the head matching the last entry (so
 * entries cut from the end show too). Returns the first broken link.
 */
export async function verifyChain(read: ChainReader, bureauId: string): Promise<ChainReport> {
  let expectedSeq = 1;
  let prevHash = GENESIS_HASH;
  for (;;) {
    const rows = await read<Row>(
      `select * from audit_entry where bureau_id = ? and seq >= ? order by seq limit ${PAGE}`,
      [bureauId, expectedSeq],
    );
    for (const r of rows) {
      const broken = (reason: string, reasonZh: string): ChainReport => ({
        bureauId,
        entries: expectedSeq - 1,
        ok: false,
        brokenAt: expectedSeq,
        reason,
        reasonZh,
      });
      if (r.seq !== expectedSeq)
        return broken(`entry ${expectedSeq} is missing`, `第 ${expectedSeq} 条缺失`);
      if (r.prev_hash !== prevHash)
        return broken(
          'it does not name the hash of the entry before it',
          '它记录的前一条哈希与前一条不符',
        );
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
        // A driver may hand timestamps back as text.
        at: new Date(r.at),
      });
      if (recomputed !== r.hash)
        return broken(
          'its content does not match its hash (changed after writing)',
          '内容与其哈希不符（写入后被改动）',
        );
      prevHash = r.hash;
      expectedSeq++;
    }
    if (rows.length < PAGE) break;
  }
  const entries = expectedSeq - 1;
  const heads = await read<{ seq: number; hash: string }>(
    'select seq, hash from audit_chain_head where bureau_id = ?',
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
      reasonZh: `链头记到第 ${head?.seq ?? 0} 条，日志却止于第 ${entries} 条（末尾条目被删除？）`,
    };
  return { bureauId, entries, ok: true };
}

/** Verifies the chain of every bureau that has one; run as the owner, which RLS does not wall. */
export async function verifyAuditChains(client: pg.ClientBase): Promise<ChainReport[]> {
  const { rows } = await client.query<{ bureau_id: string }>(
    'select bureau_id from audit_chain_head union select distinct bureau_id from audit_entry order by 1',
  );
  const reports: ChainReport[] = [];
  for (const { bureau_id } of rows) reports.push(await verifyChain(pgReader(client), bureau_id));
  return reports;
}

export function describeReport(report: ChainReport): string {
  return report.ok
    ? `OK      bureau ${report.bureauId}: ${report.entries} entries, chain intact`
    : `BROKEN  bureau ${report.bureauId}: first broken link is seq ${report.brokenAt}: ${report.reason}`;
}
