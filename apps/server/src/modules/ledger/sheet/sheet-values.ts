import { preparedRead } from '../../../db/connection/bound-query.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import { TENANT_FILTER } from '../../../tenancy/tenant-filter.js';
import { MissingTenantScopeError, type TenantScope } from '../../../tenancy/tenant-scope.js';
import { uuidArray } from '../../../db/rows/sql-arrays.js';
import { cellKey } from './sheet-columns.js';

/** Shown values: decimals without trailing zeros (`29`, `12.5`). */
export function plainDecimal(value: string | null | undefined): string | null {
  if (value == null) return null;
  return value.includes('.') ? value.replace(/\.?0+$/, '') : value;
}

/** The ledger table a stored cell lives in. */
export type CellTable = 'attendance' | 'quota' | 'duty' | 'violation';

/**
 * A cell as the sheet shows it: value, version, the id and table of its row, and (breaches)
 * whether the branch committee's decision is recorded.
 */
export type ShownCell = {
  value: string | null;
  version: number;
  recordId: string;
  table: CellTable;
  decided: boolean;
};

const TABLE_OF_KIND: Record<string, CellTable> = {
  a: 'attendance',
  q: 'quota',
  d: 'duty',
  v: 'violation',
};

const NO_CELLS: ReadonlyMap<string, never> = new Map<string, never>();

/**
 * Values by member, then by cell key (`cellKey`). A sheet looks up about a thousand cells: each
 * in its member's map, by keys whose hashes the strings keep, not by a key joined and hashed
 * anew for every cell (about a tenth of a sheet's CPU, 7 December).
 */
export class MemberCells<T> {
  readonly #byMember = new Map<string, Map<string, T>>();
  #size = 0;

  get(memberId: string, key: string): T | undefined {
    return this.#byMember.get(memberId)?.get(key);
  }

  /** One member's cells by cell key (none: an empty map). */
  of(memberId: string): ReadonlyMap<string, T> {
    return this.#byMember.get(memberId) ?? NO_CELLS;
  }

  set(memberId: string, key: string, value: T): void {
    let cells = this.#byMember.get(memberId);
    if (!cells) this.#byMember.set(memberId, (cells = new Map()));
    if (!cells.has(key)) this.#size += 1;
    cells.set(key, value);
  }

  /** How many cells hold a value. */
  get size(): number {
    return this.#size;
  }

  *values(): IterableIterator<T> {
    for (const cells of this.#byMember.values()) yield* cells.values();
  }

  /** Every cell as `[memberId, key, value]`. */
  *entries(): IterableIterator<[string, string, T]> {
    for (const [memberId, cells] of this.#byMember) {
      for (const [key, value] of cells) yield [memberId, key, value];
    }
  }
}

/** A branch's month of cells as shown; declarations as their counted ids. */
export type SheetValues = { cells: MemberCells<ShownCell>; declared: MemberCells<string[]> };

/** A row of `sheetValueRows`. */
export type SheetValueRow = {
  kind: string;
  id: string;
  member_id: string;
  code: string;
  v: string | null;
  version: number | string;
  decided: boolean | null;
};

/**
 * The stored cells of the branch's month as rows of `SheetValueRow`, one `select` per ledger
 * table; `where` picks the rows (the branch, the month and the members) and is repeated in each,
 * its placeholders with it.
 */
export function sheetValueRows(where: string): string {
  return `select 'a' as kind, id, member_id, session_id::text as code, case when present then '1' end as v, version,
            null::boolean as decided
       from attendance where ${where}
     union all
     select 'q', id, member_id, item_code, value::text, version, null from quota_entry where ${where}
     union all
     select 'd', id, member_id, item_code, status::text, version, null from duty_entry where ${where}
     union all
     select 'v', id, member_id, item_code, case when count > 0 then count::text end, version,
            coalesce(decision, '') <> ''
       from violation where ${where}
     union all
     select 'p', id, member_id, item_code, null, 0, null from declaration
       where ${where} and counted_points is not null`;
}

/** The cells and declarations of `sheetValueRows`' rows. */
export function sheetValuesOf(rows: readonly SheetValueRow[]): SheetValues {
  const cells = new MemberCells<ShownCell>();
  const declared = new MemberCells<string[]>();
  for (const row of rows) {
    if (row.kind === 'p') {
      const key = cellKey(row.code);
      const ids = declared.get(row.member_id, key);
      if (ids) ids.push(row.id);
      else declared.set(row.member_id, key, [row.id]);
      continue;
    }
    const key = row.kind === 'a' ? cellKey('', row.code) : cellKey(row.code);
    cells.set(row.member_id, key, {
      value: row.kind === 'q' ? plainDecimal(row.v) : row.v,
      version: Number(row.version),
      recordId: row.id,
      table: TABLE_OF_KIND[row.kind]!,
      decided: row.decided === true,
    });
  }
  return { cells, declared };
}

/**
 * The shown cells of a branch's month, keyed by member and cell, in ONE statement of plain rows.
 * The sheet shows them (its read takes them with its roster: sheet-view.ts); a save or an import
 * compares them with its edits, and a save loads as entities only the rows it changes
 * (`loadRowsToUpdate`). Declarations come back as the ids of the counted ones per member and item.
 */
export async function loadSheetValues(
  em: EntityManager,
  branchId: string,
  month: string,
  memberIds: readonly string[],
): Promise<SheetValues> {
  if (memberIds.length === 0) return { cells: new MemberCells(), declared: new MemberCells() };
  const scope = em.getFilterParams<TenantScope>(TENANT_FILTER);
  if (!scope) throw new MissingTenantScopeError();
  const where = `bureau_id = ? and branch_id = ? and month = ? and member_id = any(?::uuid[])`;
  const params = [scope.bureauId, branchId, month, uuidArray(memberIds)];
  const rows = await preparedRead<SheetValueRow>(em, sheetValueRows(where), [
    ...params,
    ...params,
    ...params,
    ...params,
    ...params,
  ]);
  return sheetValuesOf(rows);
}
