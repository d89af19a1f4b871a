import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../../../auth/actor.js';
import { BRANCH_RECORDERS, requireRole } from '../../../../auth/permissions.js';
import { BadInputError } from '../../../../graphql/errors.js';
import { withBureauWideAccess } from '../../../../tenancy/bureau-wide-access.js';
import { checkIdempotencyKey, replayOf, requestHash } from '../../idempotency.js';
import { checkMonth, loadSheetContext } from '../monthly-sheet.service.js';
import { parseCell } from '../sheet-cells.js';
import { readSheetWorkbook, SheetFileError } from './sheet-excel.js';
import type {
  SheetImportChange,
  SheetImportError,
  SheetImportInput,
  SheetImportPreview,
} from './sheet-import.types.js';
import { loadSheetValues } from '../sheet-values.js';
import { saveMonthlySheet, type SaveResult } from '../save/sheet-save.service.js';
import type { AuditOperation } from '../../../audit/audit-labels.js';

export const MAX_SHEET_BYTES = 2 * 1024 * 1024;
const IMPORT: AuditOperation = 'ledger.importMonthlySheet';

/**
 * Reads a filled-in form against the branch's month: what would change (with the versions read,
 * so the save is still optimistic) and every cell that cannot be read. Writes nothing.
 */
export async function previewSheetImport(
  em: EntityManager,
  actor: Actor,
  input: SheetImportInput,
): Promise<SheetImportPreview> {
  requireRole(actor, BRANCH_RECORDERS, input.branchId);
  checkMonth(input.month, 'input.month');
  const content = Buffer.from(input.contentBase64, 'base64');
  if (content.length === 0 || content.length > MAX_SHEET_BYTES) {
    throw new BadInputError(
      '文件应为 2 MB 以内的 .xlsx',
      'The file must be an .xlsx of at most 2 MB',
      'input.contentBase64',
    );
  }
  let file: Awaited<ReturnType<typeof readSheetWorkbook>>;
  try {
    file = await readSheetWorkbook(content);
  } catch (error) {
    if (!(error instanceof SheetFileError)) throw error;
    throw new BadInputError(
      '无法读取：请使用本系统导出的考核表填写后再导入',
      `Cannot read the file (${error.message}): fill in a form exported from Jifen`,
      'input.contentBase64',
    );
  }
  if (file.month && file.month !== input.month) {
    throw new BadInputError(
      `表中的考核年月为 ${file.month}，不是 ${input.month}`,
      `The form is for ${file.month}, not ${input.month}`,
      'input.month',
    );
  }
  return withBureauWideAccess(em, async (wide) => {
    const context = await loadSheetContext(wide, input.branchId, input.month, 'input.month');
    const { cells } = await loadSheetValues(
      wide,
      input.branchId,
      input.month,
      context.members.map((m) => m.id),
    );
    const columns = new Map(context.columns.map((c) => [c.key, c]));
    const byId = new Map(context.members.map((m) => [m.id, m]));
    const byName = new Map<string, string[]>();
    for (const m of context.members) byName.set(m.name, [...(byName.get(m.name) ?? []), m.id]);
    const changes: SheetImportChange[] = [];
    const errors: SheetImportError[] = [];
    for (const row of file.rows) {
      const sameName = byName.get(row.name) ?? [];
      const memberId =
        row.memberId && byId.has(row.memberId)
          ? row.memberId
          : sameName.length === 1
            ? sameName[0]!
            : null;
      if (!memberId) {
        errors.push({
          row: row.row,
          cell: `A${row.row}`,
          memberName: row.name || null,
          itemCode: null,
          messageZh:
            sameName.length > 1
              ? `本支部有 ${sameName.length} 名党员叫“${row.name}”，请保留系统编号列`
              : `“${row.name}”不在本支部本月的名册中`,
          messageEn:
            sameName.length > 1
              ? `${sameName.length} members are called "${row.name}": keep the id column`
              : `"${row.name}" is not on the branch roster for the month`,
        });
        continue;
      }
      const member = byId.get(memberId)!;
      for (const cell of row.cells) {
        const column = columns.get(cell.key);
        if (!column) {
          errors.push({
            row: row.row,
            cell: cell.address,
            memberName: member.name,
            itemCode: null,
            messageZh: '该列对应的活动或项目已不存在，请重新导出',
            messageEn: 'This column’s session or item no longer exists; export again',
          });
          continue;
        }
        if (!column.editable) continue;
        try {
          const parsed = parseCell(column, cell.text, cell.address);
          const stored = cells.get(memberId, cell.key);
          if ((stored?.value ?? null) === parsed.shown) continue;
          // A breach needs the branch committee's decision, which a spreadsheet cell cannot carry.
          if (
            parsed.kind === 'breach' &&
            parsed.count > 0 &&
            !(stored?.table === 'violation' && stored.decided)
          ) {
            errors.push({
              row: row.row,
              cell: cell.address,
              memberName: member.name,
              itemCode: column.itemCode,
              messageZh: '新的违反记录须在系统中“记录违反”并填写支部委员会的决定',
              messageEn:
                'A new breach must be recorded in the app with the branch committee’s decision',
            });
            continue;
          }
          changes.push({
            row: row.row,
            cell: cell.address,
            memberId,
            memberName: member.name,
            itemCode: column.itemCode,
            sessionId: column.session?.id ?? null,
            from: stored?.value ?? null,
            to: parsed.shown,
            expectedVersion: stored?.version ?? 0,
          });
        } catch (error) {
          if (!(error instanceof BadInputError)) throw error;
          errors.push({
            row: row.row,
            cell: cell.address,
            memberName: member.name,
            itemCode: column.itemCode,
            messageZh: error.message,
            messageEn: String(error.extensions['messageEn']),
          });
        }
      }
    }
    return { ok: errors.length === 0, changes, errors };
  });
}

/**
 * Applies a filled-in form: nothing unless every cell reads, then one saveMonthlySheet with the
 * versions the preview read (a cell someone changed in between is a CONFLICT, as in the app).
 */
export async function importMonthlySheet(
  em: EntityManager,
  actor: Actor,
  input: SheetImportInput,
): Promise<SaveResult> {
  if (!input.idempotencyKey) {
    throw new BadInputError(
      '导入须提供幂等键',
      'An idempotency key is required to import',
      'input.idempotencyKey',
    );
  }
  checkIdempotencyKey(input.idempotencyKey, 'input.idempotencyKey');
  const idempotency = {
    operation: IMPORT,
    hash: requestHash({
      branchId: input.branchId,
      month: input.month,
      content: input.contentBase64,
    }),
  };
  // A retried import replays the first result: the file no longer differs from the sheet by then.
  const replay = await replayOf<SaveResult>(em, input.idempotencyKey, IMPORT, idempotency.hash);
  if (replay) return { ...replay, replayed: true };
  const preview = await previewSheetImport(em, actor, input);
  if (!preview.ok) {
    throw new BadInputError(
      `导入文件有 ${preview.errors.length} 处错误，未写入任何数据`,
      `The file has ${preview.errors.length} error(s); nothing was written`,
      'input.contentBase64',
      { errors: preview.errors },
    );
  }
  if (preview.changes.length === 0) return { applied: 0, replayed: false, cells: [] };
  return saveMonthlySheet(
    em,
    actor,
    {
      branchId: input.branchId,
      month: input.month,
      idempotencyKey: input.idempotencyKey,
      cells: preview.changes.map((c) => ({
        memberId: c.memberId,
        itemCode: c.itemCode,
        sessionId: c.sessionId,
        value: c.to,
        expectedVersion: c.expectedVersion,
      })),
    },
    idempotency,
  );
}
