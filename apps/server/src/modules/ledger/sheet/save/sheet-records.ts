import type { EntityManager } from '@mikro-orm/postgresql';
import { Attendance } from '../../attendance.entity.js';
import { DutyEntry } from '../../duty-entry.entity.js';
import { QuotaEntry } from '../../quota-entry.entity.js';
import { Violation } from '../../violation.entity.js';
import type { CellTable, ShownCell } from '../sheet-values.js';

/** A ledger row a sheet cell lives in, as an entity (its version moves on flush). */
export type CellRow = Attendance | QuotaEntry | DutyEntry | Violation;

const ENTITY_OF = {
  attendance: Attendance,
  quota: QuotaEntry,
  duty: DutyEntry,
  violation: Violation,
} as const;

/**
 * The rows behind the stored cells a save changes, as entities keyed by id: one statement per
 * table that has any (none for a new month). `moved` when a row is no longer at the version the
 * save compared (another writer committed in between): the save must refuse, not overwrite it.
 */
export async function loadRowsToUpdate(
  em: EntityManager,
  stored: readonly ShownCell[],
): Promise<{ rows: Map<string, CellRow>; moved: boolean }> {
  const rows = new Map<string, CellRow>();
  let moved = false;
  const byTable = new Map<CellTable, ShownCell[]>();
  for (const cell of stored) {
    const list = byTable.get(cell.table);
    if (list) list.push(cell);
    else byTable.set(cell.table, [cell]);
  }
  for (const [table, cells] of byTable) {
    const found: CellRow[] = await em.find(ENTITY_OF[table] as typeof Attendance, {
      id: { $in: cells.map((c) => c.recordId) },
    });
    for (const row of found) rows.set(row.id, row);
    for (const cell of cells) if (rows.get(cell.recordId)?.version !== cell.version) moved = true;
  }
  return { rows, moved };
}
