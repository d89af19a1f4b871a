import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { boundQuery } from '../../../../db/connection/bound-query.js';
import type { ParsedCell } from '../sheet-cells.js';

/** The ledger tables a sheet's cells live in, with the columns of their own values. */
const TABLES = {
  attendance: { session_id: 'uuid', present: 'boolean' },
  quota_entry: { item_code: 'text', value: 'numeric' },
  duty_entry: { item_code: 'text', status: 'duty_status' },
  violation: { item_code: 'text', count: 'int', decision: 'text' },
} as const;
type Table = keyof typeof TABLES;

const COMMON = {
  bureau_id: 'uuid',
  id: 'uuid',
  branch_id: 'uuid',
  member_id: 'uuid',
  month: 'text',
  created_by_id: 'uuid',
} as const;

// One statement a table: the rows travel as one JSON document (text values, cast by the record's
// column types). New rows start at version 1, as a created entity does.
const INSERTS = Object.fromEntries(
  (Object.keys(TABLES) as Table[]).map((table) => {
    const types: Record<string, string> = { ...COMMON, ...TABLES[table] };
    const names = Object.keys(types);
    const record = names
      .map((c) => `${c} ${types[c] === 'duty_status' ? 'text' : types[c]}`)
      .join(', ');
    const values = names.map((c) => (types[c] === 'duty_status' ? `${c}::duty_status` : c));
    return [
      table,
      `insert into ${table} (${names.join(', ')}, version, created_at, updated_at)
       select ${values.join(', ')}, 1, now(), now()
       from jsonb_to_recordset($1::jsonb) as r(${record})`,
    ];
  }),
) as Record<Table, string>;

/** Who and where: the columns every new cell of one save shares. */
export type NewCellCommon = {
  bureauId: string;
  branchId: string;
  month: string;
  createdById: string;
};

/**
 * The new rows of one save (cells that had no row yet), written as one multi-row INSERT per table
 * instead of an entity each: the save holds the branch-month's advisory lock, and the tables'
 * unique keys refuse a second row for a cell, so nothing is lost that a flush would have kept.
 */
export class NewCells {
  private readonly rows = new Map<Table, Record<string, unknown>[]>();

  constructor(private readonly common: NewCellCommon) {}

  /** Queues the row of a new cell; returns its id and version (1). */
  add(
    memberId: string,
    itemCode: string,
    sessionId: string | null,
    parsed: ParsedCell,
    decision: string | null,
  ): { id: string; version: number } {
    const id = randomUUID();
    const base = {
      bureau_id: this.common.bureauId,
      id,
      branch_id: this.common.branchId,
      member_id: memberId,
      month: this.common.month,
      created_by_id: this.common.createdById,
    };
    switch (parsed.kind) {
      case 'attendance':
        this.push('attendance', { ...base, session_id: sessionId, present: parsed.present });
        break;
      case 'quota':
        this.push('quota_entry', { ...base, item_code: itemCode, value: parsed.value });
        break;
      case 'duty':
        this.push('duty_entry', { ...base, item_code: itemCode, status: parsed.status });
        break;
      case 'breach':
        this.push('violation', { ...base, item_code: itemCode, count: parsed.count, decision });
        break;
    }
    return { id, version: 1 };
  }

  /** Sends the queued rows: at most one statement a table. */
  async write(tx: EntityManager): Promise<void> {
    for (const [table, rows] of this.rows) {
      await boundQuery(tx, INSERTS[table], [JSON.stringify(rows)], { prepared: true });
    }
    this.rows.clear();
  }

  private push(table: Table, row: Record<string, unknown>): void {
    const rows = this.rows.get(table);
    if (rows) rows.push(row);
    else this.rows.set(table, [row]);
  }
}
