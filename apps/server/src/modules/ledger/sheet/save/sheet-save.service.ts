import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../../../auth/actor.js';
import { BRANCH_RECORDERS, requireRole } from '../../../../auth/permissions.js';
import { BadInputError, ConflictError } from '../../../../graphql/errors.js';
import { recordAudit } from '../../../audit/audit.service.js';
import {
  periodsOfMonth,
  refreshScoreSummaries,
} from '../../../scores/summaries/score-summaries.service.js';
import { withBureauWideAccess } from '../../../../tenancy/bureau-wide-access.js';
import { checkIdempotencyKey, rememberResult, replayOf, requestHash } from '../../idempotency.js';
import { checkMonth } from '../monthly-sheet.service.js';
import { loadSheetView } from '../sheet-view.js';
import { periodLock } from '../../period-lock.js';
import { parseCell, type ParsedCell } from '../sheet-cells.js';
import { cellKey, type SheetColumnDef, type SheetSession } from '../sheet-columns.js';
import { loadRowsToUpdate, type CellRow } from './sheet-records.js';
import {
  loadSheetValues,
  type CellTable,
  type MemberCells,
  type ShownCell,
} from '../sheet-values.js';
import type { SavedCell, SaveMonthlySheetInput } from '../sheet.types.js';
import { NewCells } from './sheet-inserts.js';
import type { AuditOperation } from '../../../audit/audit-labels.js';

export const MAX_CELLS_PER_SAVE = 5000;
const OPERATION: AuditOperation = 'ledger.saveMonthlySheet';

export type SaveResult = { applied: number; replayed: boolean; cells: SavedCell[] };

type Edit = {
  index: number;
  memberId: string;
  column: SheetColumnDef<SheetSession>;
  parsed: ParsedCell;
  note: string | null;
  expectedVersion: number;
};

/** Which role the actor acts in for the audit trail. */
export function roleIn(actor: Actor, branchId: string): string | null {
  return (
    (
      actor.roles.find((g) => g.branchId === branchId) ??
      actor.roles.find((g) => g.branchId === null)
    )?.role ?? null
  );
}

function checkShape(input: SaveMonthlySheetInput): void {
  checkMonth(input.month);
  checkIdempotencyKey(input.idempotencyKey);
  if (input.cells.length === 0)
    throw new BadInputError('没有要保存的格', 'Nothing to save', 'cells');
  if (input.cells.length > MAX_CELLS_PER_SAVE) {
    throw new BadInputError(
      `一次至多保存 ${MAX_CELLS_PER_SAVE} 格`,
      `At most ${MAX_CELLS_PER_SAVE} cells per save`,
      'cells',
    );
  }
}

/** Validates every cell against the roster and the scheme in force; the first problem names its cell. */
function resolveEdits(
  input: SaveMonthlySheetInput,
  columns: readonly SheetColumnDef<SheetSession>[],
  roster: ReadonlySet<string>,
): Edit[] {
  const byKey = new Map(columns.map((c) => [c.key, c]));
  const itemCodes = new Set(columns.map((c) => c.itemCode));
  const seen = new Set<string>();
  return input.cells.map((cell, index) => {
    const at = `cells[${index}]`;
    if (!roster.has(cell.memberId)) {
      throw new BadInputError(
        '该党员不在本支部本月的名册中',
        'This member is not on the branch roster for the month',
        `${at}.memberId`,
      );
    }
    const key = cellKey(cell.itemCode, cell.sessionId);
    const column = byKey.get(key);
    if (!column || column.itemCode !== cell.itemCode) {
      const known = itemCodes.has(cell.itemCode);
      throw new BadInputError(
        known ? '该活动不是本支部本月举办的此项活动' : `项目 ${cell.itemCode} 不在本年度积分方案中`,
        known
          ? 'No such session of this item in the branch this month'
          : `Item ${cell.itemCode} is not in the year's scheme`,
        known ? `${at}.sessionId` : `${at}.itemCode`,
      );
    }
    if (seen.has(`${cell.memberId}|${key}`)) {
      throw new BadInputError(
        '同一格在一次保存中出现两次',
        'The same cell appears twice in one save',
        at,
      );
    }
    seen.add(`${cell.memberId}|${key}`);
    if (!Number.isInteger(cell.expectedVersion) || cell.expectedVersion < 0) {
      throw new BadInputError(
        '版本号应为非负整数',
        'expectedVersion must be a whole number ≥ 0',
        `${at}.expectedVersion`,
      );
    }
    const parsed = parseCell(column, cell.value, `${at}.value`);
    return {
      index,
      memberId: cell.memberId,
      column,
      parsed,
      note: cell.note?.trim() || null,
      expectedVersion: cell.expectedVersion,
    };
  });
}

const MOVED = {
  zh: '本月记录刚被他人修改，请刷新后核对再保存',
  en: 'A record of this month was just changed by someone else; reload, check and save again',
};

/** A CONFLICT naming every cell whose stored version is not the one its edit was made on. */
function refuseConflicts(edits: readonly Edit[], cells: MemberCells<ShownCell>): void {
  const conflicts = edits.flatMap((e) => {
    const stored = cells.get(e.memberId, e.column.key);
    const current = stored?.version ?? 0;
    return current === e.expectedVersion
      ? []
      : [
          {
            memberId: e.memberId,
            itemCode: e.column.itemCode,
            sessionId: e.column.session?.id ?? null,
            field: `cells[${e.index}]`,
            currentValue: stored?.value ?? null,
            currentVersion: current,
            expectedVersion: e.expectedVersion,
          },
        ];
  });
  if (conflicts.length > 0) {
    throw new ConflictError(
      `${conflicts.length} 格已被他人修改，请刷新后核对再保存`,
      `${conflicts.length} cell(s) were changed by someone else; reload, check and save again`,
      { cells: conflicts },
    );
  }
}

function savedCell(edit: Edit, version: number): SavedCell {
  return {
    memberId: edit.memberId,
    itemCode: edit.column.itemCode,
    sessionId: edit.column.session?.id ?? null,
    value: edit.parsed.shown,
    version,
  };
}

/**
 * Saves a whole month's edits at once: all or nothing, optimistic per cell (a cell whose version
 * moved since it was read is a CONFLICT naming every such cell, and nothing is written), once per
 * idempotency key. Summaries of the members touched are refreshed in the same transaction.
 */
export async function saveMonthlySheet(
  em: EntityManager,
  actor: Actor,
  input: SaveMonthlySheetInput,
  // An import stores its key under its own operation and file hash (a retry re-reads the file).
  idempotency?: { operation: AuditOperation; hash: string },
): Promise<SaveResult> {
  const grant = requireRole(actor, BRANCH_RECORDERS, input.branchId);
  checkShape(input);
  const operation = idempotency?.operation ?? OPERATION;
  const hash = idempotency?.hash ?? requestHash({ ...input, idempotencyKey: undefined });
  return em.transactional(async (tx) => {
    // Saves of one branch-month queue up here, so versions are compared and bumped without races.
    await tx.execute('select pg_advisory_xact_lock(hashtext(?))', [
      `sheet:${input.branchId}:${input.month}`,
    ]);
    const replay = await replayOf<SaveResult>(tx, input.idempotencyKey, operation, hash);
    if (replay) return { ...replay, replayed: true };
    await periodLock.assertMonthsOpen(tx, input.branchId, [input.month], 'month');
    // The month's roster and columns as plain rows in one statement: the save needs their ids.
    const context = await withBureauWideAccess(tx, (wide) =>
      loadSheetView(wide, input.branchId, input.month),
    );
    const edits = resolveEdits(input, context.columns, new Set(context.members.map((m) => m.id)));
    const { cells } = await loadSheetValues(tx, input.branchId, input.month, [
      ...new Set(edits.map((e) => e.memberId)),
    ]);

    refuseConflicts(edits, cells);
    for (const e of edits) {
      const stored = cells.get(e.memberId, e.column.key);
      if (
        e.column.kind === 'breach' &&
        e.parsed.kind === 'breach' &&
        e.parsed.count > 0 &&
        !e.note &&
        !(stored?.table === 'violation' && stored.decided)
      ) {
        throw new BadInputError(
          '记录违反须填写支部委员会的决定',
          'A breach needs the branch committee’s decision',
          `cells[${e.index}].note`,
        );
      }
    }

    const changed = edits.filter((e) => {
      const stored = cells.get(e.memberId, e.column.key);
      return (
        (stored?.value ?? null) !== e.parsed.shown ||
        (e.note !== null && e.column.kind === 'breach')
      );
    });
    const created = new NewCells({
      bureauId: actor.bureauId,
      branchId: context.branch.id,
      month: input.month,
      createdById: actor.userId,
    });
    // Changed cells that have a row of their kind update it; the rest are new rows.
    const updated = changed.flatMap((e) => {
      const stored = cells.get(e.memberId, e.column.key);
      return stored && stored.table === TABLE_OF[e.parsed.kind] ? [stored] : [];
    });
    const { rows, moved } = await loadRowsToUpdate(tx, updated);
    if (moved) {
      // Another writer changed a row after it was compared: name the cells as a conflict does.
      const fresh = await loadSheetValues(tx, input.branchId, input.month, [
        ...new Set(edits.map((e) => e.memberId)),
      ]);
      refuseConflicts(edits, fresh.cells);
      throw new ConflictError(MOVED.zh, MOVED.en);
    }
    const written = changed.map((e) => {
      const stored = cells.get(e.memberId, e.column.key);
      const row = stored && rows.get(stored.recordId);
      return {
        edit: e,
        row:
          row && stored.table === TABLE_OF[e.parsed.kind]
            ? update(actor, e, row)
            : created.add(
                e.memberId,
                e.column.itemCode,
                e.column.session?.id ?? null,
                e.parsed,
                e.column.kind === 'breach' ? e.note : null,
              ),
      };
    });
    // Changed rows through the unit of work (their versions checked and moved), new ones in one
    // statement a table.
    await tx.flush();
    await created.write(tx);
    // By edit, not searched for each edit: a month's sheet is some 500 cells.
    const rowOf = new Map(written.map((w) => [w.edit, w.row]));
    const result: SaveResult = {
      applied: written.length,
      replayed: false,
      cells: edits.map((e) =>
        savedCell(e, rowOf.get(e)?.version ?? cells.get(e.memberId, e.column.key)?.version ?? 0),
      ),
    };
    if (written.length > 0) {
      await recordAudit(
        tx,
        actor.bureauId,
        { userId: actor.userId, role: grant.role },
        {
          operation,
          entityName: 'MonthlySheet',
          entityId: `${input.branchId}:${input.month}`,
          branchId: input.branchId,
          before: written.map(({ edit }) => {
            const stored = cells.get(edit.memberId, edit.column.key);
            return {
              memberId: edit.memberId,
              cell: edit.column.key,
              value: stored?.value ?? null,
              version: stored?.version ?? 0,
            };
          }),
          after: written.map(({ edit, row }) => ({
            memberId: edit.memberId,
            cell: edit.column.key,
            value: edit.parsed.shown,
            version: row.version,
            recordId: row.id,
          })),
        },
      );
      await refreshScoreSummaries(
        tx,
        context.year,
        [...new Set(written.map((w) => w.edit.memberId))],
        periodsOfMonth(input.month),
      );
    }
    rememberResult(tx, actor.bureauId, actor.userId, input.idempotencyKey, operation, hash, result);
    await tx.flush();
    return result;
  });
}

const TABLE_OF: Record<Edit['parsed']['kind'], CellTable> = {
  attendance: 'attendance',
  quota: 'quota',
  duty: 'duty',
  breach: 'violation',
};

/** Writes one edit into its existing row; its version moves on flush. */
function update(actor: Actor, e: Edit, row: CellRow): CellRow {
  const p = e.parsed;
  row.updatedById = actor.userId;
  switch (p.kind) {
    case 'attendance':
      return Object.assign(row, { present: p.present });
    case 'quota':
      return Object.assign(row, { value: p.value });
    case 'duty':
      return Object.assign(row, { status: p.status });
    case 'breach':
      return Object.assign(row, { count: p.count, ...(e.note ? { decision: e.note } : {}) });
  }
}
