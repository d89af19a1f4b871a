import type { EntityManager } from '@mikro-orm/postgresql';
import { Declaration } from '../../declarations/declaration.entity.js';
import { Attendance } from '../attendance.entity.js';
import { DutyEntry } from '../duty-entry.entity.js';
import { QuotaEntry } from '../quota-entry.entity.js';
import { cellKey } from './sheet-columns.js';
import { Violation } from '../violation.entity.js';

/** A stored cell: its row (if any), the value as the sheet shows it, and its version. */
export type StoredCell =
  | { table: 'attendance'; row: Attendance; value: string | null; version: number }
  | { table: 'quota'; row: QuotaEntry; value: string | null; version: number }
  | { table: 'duty'; row: DutyEntry; value: string | null; version: number }
  | { table: 'violation'; row: Violation; value: string | null; version: number };

export const recordKey = (memberId: string, key: string) => `${memberId}|${key}`;

/** Shown values: decimals without trailing zeros (`29`, `12.5`). */
export function plainDecimal(value: string | null | undefined): string | null {
  if (value == null) return null;
  return value.includes('.') ? value.replace(/\.?0+$/, '') : value;
}

/**
 * A branch's ledger rows for a month, keyed by member and cell: four statements whatever the size
 * of the branch. Rows are read through `em` as scoped: a branch sees its own records only.
 */
export async function loadSheetRecords(
  em: EntityManager,
  branchId: string,
  month: string,
  memberIds: readonly string[],
): Promise<{ cells: Map<string, StoredCell>; declared: Map<string, string[]> }> {
  const cells = new Map<string, StoredCell>();
  // Counted declarations per member and item: the sheet shows how many; the package scores them.
  const declared = new Map<string, string[]>();
  if (memberIds.length === 0) return { cells, declared };
  const ids = [...memberIds];
  const where = { branchId, month, memberId: { $in: ids } };
  for (const row of await em.find(Attendance, where)) {
    cells.set(recordKey(row.memberId, cellKey('', row.sessionId)), {
      table: 'attendance',
      row,
      value: row.present ? '1' : null,
      version: row.version,
    });
  }
  for (const row of await em.find(QuotaEntry, where)) {
    cells.set(recordKey(row.memberId, cellKey(row.itemCode)), {
      table: 'quota',
      row,
      value: plainDecimal(row.value),
      version: row.version,
    });
  }
  for (const row of await em.find(DutyEntry, where)) {
    cells.set(recordKey(row.memberId, cellKey(row.itemCode)), {
      table: 'duty',
      row,
      value: row.status ?? null,
      version: row.version,
    });
  }
  for (const row of await em.find(Violation, where)) {
    cells.set(recordKey(row.memberId, cellKey(row.itemCode)), {
      table: 'violation',
      row,
      value: row.count > 0 ? String(row.count) : null,
      version: row.version,
    });
  }
  for (const row of await em.find(Declaration, { ...where, countedPoints: { $ne: null } })) {
    const key = recordKey(row.memberId, cellKey(row.itemCode));
    declared.set(key, [...(declared.get(key) ?? []), row.id]);
  }
  return { cells, declared };
}
