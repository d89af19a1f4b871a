import pg from 'pg';
import type { TestDatabase } from '../test-database.js';

const TABLES = [
  'branch_session',
  'attendance',
  'quota_entry',
  'duty_entry',
  'violation',
  'declaration',
  'declaration_event',
  'evidence_file',
  'idempotency_key',
  'audit_entry',
  'score_summary',
] as const;

/**
 * Every ledger table's row count and latest change, read as the owner (past every wall): two
 * snapshots equal means a refused write wrote nothing anywhere.
 */
export async function ledgerSnapshot(db: TestDatabase): Promise<Record<string, string>> {
  const client = new pg.Client({ connectionString: db.ownerUrl });
  await client.connect();
  try {
    const snapshot: Record<string, string> = {};
    for (const table of TABLES) {
      const { rows } = await client.query<{ n: string; v: string | null }>(
        `select count(*)::text as n, md5(string_agg(t::text, '|' order by t::text)) as v from "${table}" t`,
      );
      snapshot[table] = `${rows[0]!.n}:${rows[0]!.v ?? ''}`;
    }
    return snapshot;
  } finally {
    await client.end();
  }
}
