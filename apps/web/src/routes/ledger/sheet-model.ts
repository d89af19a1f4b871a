import { DUTY_STATUSES, dutyStatusOf, dutyStatusWords, signInOf } from '@jifen/scoring';
import type { Locale } from '../../app/i18n';
import type {
  MonthlySheet,
  SheetCellInput,
  SheetCellKind,
  SheetColumn,
  SheetConflict,
  SheetRow,
} from './sheet-types';

/** A text in both languages (the client's own checks speak like the server's errors). */
export type Bilingual = { zh: string; en: string };

/** The id of a cell of the grid: member and column. */
export const cellId = (memberId: string, columnKey: string) => `${memberId}|${columnKey}`;

/** The column key the server uses for an item column or a session column. */
export const columnKeyOf = (itemCode: string, sessionId: string | null | undefined) =>
  sessionId ? `session:${sessionId}` : `item:${itemCode}`;

/** How a column's cells are recorded (the server says, from the item's rule kind). */
export const kindOf = (column: SheetColumn): SheetCellKind => column.kind;

/** Editable on the sheet: not a special item (declarations have their own workflow). */
export const isEditable = (column: SheetColumn, closed: boolean) =>
  !closed && column.editable && kindOf(column) !== 'declaration';

/** One edited cell: the value typed, the version it was typed over, and a breach's decision. */
export type DraftCell = { value: string | null; baseVersion: number; note?: string | null };

/** The person's unsaved edits, member by member (unchanged members keep their map: cheap rows). */
export type Draft = ReadonlyMap<string, ReadonlyMap<string, DraftCell>>;

export const EMPTY_DRAFT: Draft = new Map();

export function draftSize(draft: Draft): number {
  let n = 0;
  for (const cells of draft.values()) n += cells.size;
  return n;
}

export function draftCell(
  draft: Draft,
  memberId: string,
  columnKey: string,
): DraftCell | undefined {
  return draft.get(memberId)?.get(columnKey);
}

/** The cell as the server sent it. */
export function serverCell(row: SheetRow, columnIndex: number) {
  return row.cells[columnIndex];
}

/** Empty strings and whitespace are no value. */
export function clean(value: string | null | undefined): string | null {
  const text = (value ?? '').trim();
  return text === '' ? null : text;
}

/**
 * Records an edit. Typing a cell back to what the server has drops the edit (unless a note was
 * written); the version kept is the one the first edit was made over, so a later reload of the
 * sheet never turns someone else's change into a silent overwrite.
 */
export function setDraftValue(
  draft: Draft,
  row: SheetRow,
  columnIndex: number,
  columnKey: string,
  value: string | null,
): Draft {
  const server = serverCell(row, columnIndex);
  const existing = draftCell(draft, row.memberId, columnKey);
  const next: DraftCell = {
    value: clean(value),
    baseVersion: existing?.baseVersion ?? server?.version ?? 0,
    ...(existing?.note ? { note: existing.note } : {}),
  };
  const same = sameValue(next.value, server?.value ?? null) && !next.note;
  return withCell(draft, row.memberId, columnKey, same ? undefined : next);
}

/** Records (or clears) the branch committee's decision for a breach cell. */
export function setDraftNote(
  draft: Draft,
  row: SheetRow,
  columnIndex: number,
  columnKey: string,
  note: string | null,
): Draft {
  const server = serverCell(row, columnIndex);
  const existing = draftCell(draft, row.memberId, columnKey);
  const next: DraftCell = {
    value: existing ? existing.value : (server?.value ?? null),
    baseVersion: existing?.baseVersion ?? server?.version ?? 0,
    ...(clean(note) ? { note: clean(note) } : {}),
  };
  const same = sameValue(next.value, server?.value ?? null) && !next.note;
  return withCell(draft, row.memberId, columnKey, same ? undefined : next);
}

function withCell(
  draft: Draft,
  memberId: string,
  columnKey: string,
  cell: DraftCell | undefined,
): Draft {
  const cells = new Map(draft.get(memberId) ?? []);
  if (cell) cells.set(columnKey, cell);
  else cells.delete(columnKey);
  const next = new Map(draft);
  if (cells.size) next.set(memberId, cells);
  else next.delete(memberId);
  return next;
}

function sameValue(a: string | null, b: string | null): boolean {
  if (a === b) return true;
  if (a === null || b === null) return false;
  // 29 and 29.0 are the same quota.
  const na = Number(a);
  const nb = Number(b);
  return !Number.isNaN(na) && !Number.isNaN(nb) && na === nb;
}

/** What the grid shows in a cell: the person's edit, else the server's value. */
export function shownValue(draft: Draft, row: SheetRow, columnIndex: number, columnKey: string) {
  const edit = draftCell(draft, row.memberId, columnKey);
  return edit ? edit.value : (serverCell(row, columnIndex)?.value ?? null);
}

const DECIMAL = /^\d+(\.\d{1,2})?$/;
// The statuses in the order the space bar steps through them.
const DUTY: readonly string[] = DUTY_STATUSES.map((d) => d.status);

/** A duty cell's value as the sheet writes it (按时 / On time), or the value itself if not one. */
export function dutyCellWord(value: string, locale: Locale): string {
  const words = dutyStatusWords(value);
  return words ? (locale === 'en' ? words.cell.en : words.cell.zh) : value;
}

/** The client's check of a typed value, the same ranges as the server's; null when it is fine. */
export function checkValue(column: SheetColumn, value: string | null): Bilingual | null {
  if (value === null) return null;
  switch (kindOf(column)) {
    case 'attendance':
      return value === '1'
        ? null
        : {
            zh: `签到应填 1（参加）或留空，实际为“${value}”`,
            en: `Attendance takes 1 (present) or nothing, got "${value}"`,
          };
    case 'quota': {
      const max = column.max ?? Number.POSITIVE_INFINITY;
      if (DECIMAL.test(value) && Number(value) <= max) return null;
      return {
        zh: `${column.nameZh}应为 0 到 ${max} 之间的数（至多两位小数）`,
        en: `${column.nameEn} must be a number from 0 to ${max} (at most 2 decimals)`,
      };
    }
    case 'duty':
      return DUTY.includes(value)
        ? null
        : {
            zh: `${column.nameZh}应为 ${DUTY_STATUSES.map((d) => d.cell.zh).join(' / ')}`,
            en: `${column.nameEn} must be ${DUTY_STATUSES.map((d) => d.cell.en).join(' / ')}`,
          };
    case 'breach': {
      const max = column.max ?? 10;
      if (/^\d+$/.test(value) && Number(value) <= max) return null;
      return {
        zh: `${column.nameZh}应填次数 0 到 ${max}`,
        en: `${column.nameEn} takes a count from 0 to ${max}`,
      };
    }
    case 'declaration':
      return {
        zh: `${column.nameZh}是特色分，请通过个人申报记录`,
        en: `${column.nameEn} is a special item: it is recorded through declarations`,
      };
  }
}

/** A breach typed over an empty cell needs the branch committee's decision (server rule). */
export function needsNote(column: SheetColumn, server: string | null, edit: DraftCell): boolean {
  return (
    kindOf(column) === 'breach' &&
    edit.value !== null &&
    Number(edit.value) > 0 &&
    !edit.note &&
    !(server !== null && Number(server) > 0)
  );
}

/** Every problem of the draft, by cell id, before anything is sent. */
export function draftProblems(sheet: MonthlySheet, draft: Draft): Map<string, Bilingual> {
  const problems = new Map<string, Bilingual>();
  const rows = new Map(sheet.rows.map((r) => [r.memberId, r]));
  sheet.columns.forEach((column, columnIndex) => {
    for (const [memberId, cells] of draft) {
      const edit = cells.get(column.key);
      if (!edit) continue;
      const problem = checkValue(column, edit.value);
      const row = rows.get(memberId);
      if (problem) problems.set(cellId(memberId, column.key), problem);
      else if (row && needsNote(column, row.cells[columnIndex]?.value ?? null, edit)) {
        problems.set(cellId(memberId, column.key), {
          zh: '记录违反须填写支部委员会的决定（在下方“单元格详情”中填写）',
          en: 'A breach needs the branch committee’s decision (enter it under “Cell details”)',
        });
      }
    }
  });
  return problems;
}

/** A save's cells, in the grid's order, each with the version its edit was made over. */
export function saveCells(
  sheet: MonthlySheet,
  draft: Draft,
): { input: SheetCellInput; id: string }[] {
  const out: { input: SheetCellInput; id: string }[] = [];
  for (const row of sheet.rows) {
    const cells = draft.get(row.memberId);
    if (!cells) continue;
    for (const column of sheet.columns) {
      const edit = cells.get(column.key);
      if (!edit) continue;
      out.push({
        id: cellId(row.memberId, column.key),
        input: {
          memberId: row.memberId,
          itemCode: column.itemCode,
          sessionId: column.sessionId,
          value: edit.value,
          expectedVersion: edit.baseVersion,
          ...(edit.note ? { note: edit.note } : {}),
        },
      });
    }
  }
  return out;
}

/** The conflicting cells a CONFLICT error names (`extensions.details.cells`). */
export function conflictsOf(details: unknown): SheetConflict[] {
  const cells = (details as { cells?: unknown } | null | undefined)?.cells;
  if (!Array.isArray(cells)) return [];
  return cells.flatMap((c: unknown) => {
    const cell = c as Partial<SheetConflict>;
    if (typeof cell.memberId !== 'string' || typeof cell.itemCode !== 'string') return [];
    return [
      {
        memberId: cell.memberId,
        itemCode: cell.itemCode,
        sessionId: typeof cell.sessionId === 'string' ? cell.sessionId : null,
        currentValue: typeof cell.currentValue === 'string' ? cell.currentValue : null,
        currentVersion: Number(cell.currentVersion ?? 0),
        expectedVersion: Number(cell.expectedVersion ?? 0),
      },
    ];
  });
}

export const conflictId = (c: SheetConflict) =>
  cellId(c.memberId, columnKeyOf(c.itemCode, c.sessionId));

/**
 * Settles one conflict: `mine` keeps the person's value and takes the version now stored (the
 * next save overwrites, knowingly); `theirs` drops the edit and shows what is stored.
 */
export function resolveConflict(
  draft: Draft,
  conflict: SheetConflict,
  choice: 'mine' | 'theirs',
): Draft {
  const key = columnKeyOf(conflict.itemCode, conflict.sessionId);
  const edit = draftCell(draft, conflict.memberId, key);
  if (!edit) return draft;
  return withCell(
    draft,
    conflict.memberId,
    key,
    choice === 'theirs' ? undefined : { ...edit, baseVersion: conflict.currentVersion },
  );
}

/** `cells[3].value` → the id of the fourth cell sent. */
export function cellOfField(field: string | null, sent: readonly { id: string }[]): string | null {
  const match = field ? /^(?:input\.)?cells\[(\d+)\]/.exec(field) : null;
  if (!match) return null;
  return sent[Number(match[1])]?.id ?? null;
}

/** The value a single key sets on a toggle cell (attendance, dues); undefined: not a toggle key. */
export function toggleKey(
  column: SheetColumn,
  key: string,
  current: string | null,
): string | null | undefined {
  const kind = kindOf(column);
  if (key === 'Delete' || key === 'Backspace') return null;
  if (kind === 'attendance') {
    if (key === ' ') return current === '1' ? null : '1';
    if (key === '1' || key === 'y' || key === 'Y') return '1';
    if (key === '0' || key === 'n' || key === 'N') return null;
    return undefined;
  }
  if (kind === 'duty') {
    if (key === ' ') {
      const i = current === null ? -1 : DUTY.indexOf(current);
      return i === DUTY.length - 1 ? null : DUTY[i + 1]!;
    }
    if (key === '1') return 'onTime';
    if (key === '2') return 'late';
    if (key === '3' || key === '0') return 'missing';
    return undefined;
  }
  return undefined;
}

/** Cells that are typed in (numbers): the others toggle. */
export const isTyped = (column: SheetColumn) =>
  kindOf(column) === 'quota' || kindOf(column) === 'breach';

/** Groups of adjacent columns of one category, for the two-row header of the form. */
export function columnGroups(
  columns: readonly SheetColumn[],
): { code: string; nameZh: string; nameEn: string; section: string; span: number }[] {
  const groups: { code: string; nameZh: string; nameEn: string; section: string; span: number }[] =
    [];
  for (const column of columns) {
    const last = groups[groups.length - 1];
    if (last && last.code === column.categoryCode) last.span += 1;
    else
      groups.push({
        code: column.categoryCode,
        nameZh: column.categoryNameZh,
        nameEn: column.categoryNameEn,
        section: column.section,
        span: 1,
      });
  }
  return groups;
}

/** Reads a block pasted from a spreadsheet (tab-separated rows). */
export function parsePasted(text: string): string[][] {
  const lines = text.replace(/\r\n?/g, '\n').replace(/\n$/, '').split('\n');
  return lines.map((line) => line.split('\t'));
}

/** What a pasted word means in a cell of this kind (√ for present, 按时 for dues…). */
export function pastedValue(column: SheetColumn, text: string): string | null {
  const value = clean(text);
  if (value === null) return null;
  switch (kindOf(column)) {
    case 'attendance': {
      // The words a sheet takes are the scoring package's, as the server reads them.
      const present = signInOf(value);
      return present === true ? '1' : present === false ? null : value;
    }
    case 'duty':
      return dutyStatusOf(value) ?? value;
    default:
      return value;
  }
}
