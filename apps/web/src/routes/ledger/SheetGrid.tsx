import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type ClipboardEvent,
  type KeyboardEvent,
} from 'react';
import type { Locale } from '../../app/i18n';
import {
  columnGroups,
  isEditable,
  isTyped,
  parsePasted,
  toggleKey,
  type Bilingual,
  type DraftCell,
} from './sheet-model';
import type { RowScore, ScoreEntry } from './row-score';
import type { MonthlySheet, SheetConflict } from './sheet-types';
import {
  CELL_WIDTH,
  IDX_WIDTH,
  NAME_WIDTH,
  SCORE_WIDTH,
  type Editing,
  type GridPos,
  type GridTexts,
} from './grid/sheet-grid-layout';
import { SheetGridFoot } from './grid/SheetGridFoot';
import { SheetGridHead } from './grid/SheetGridHead';
import { GridRow } from './grid/SheetGridRow';

export type { GridPos, GridTexts } from './grid/sheet-grid-layout';

export type SheetGridProps = {
  sheet: MonthlySheet;
  /** The person's edits, by member then column key. */
  draft: ReadonlyMap<string, ReadonlyMap<string, DraftCell>>;
  /** The figures of each row, from the server (live while typing: scored with the typed cells). */
  scores: ReadonlyMap<string, ScoreEntry>;
  /** The sheet's mean row, from the server. */
  averages: RowScore | null;
  /** Problems the server reported at cells on the last save. */
  serverProblems: ReadonlyMap<string, Bilingual>;
  conflicts: ReadonlyMap<string, SheetConflict>;
  readOnly: boolean;
  locale: Locale;
  texts: GridTexts;
  active: GridPos;
  onActiveChange: (pos: GridPos) => void;
  onEdit: (row: number, col: number, value: string | null) => void;
  onPaste: (row: number, col: number, block: string[][]) => void;
};

/**
 * The month's sheet as a spreadsheet: arrows, Tab and Enter move; digits are typed straight into
 * number cells; Space, 1 and 0 toggle attendance; 1/2/3 (or Space) set the dues; Delete clears;
 * F2 or a double click edits in place; a block pasted from Excel fills from the active cell.
 */
export function SheetGrid(props: SheetGridProps) {
  const {
    sheet,
    draft,
    scores,
    averages,
    serverProblems,
    conflicts,
    readOnly,
    locale,
    texts,
    active,
    onActiveChange,
    onEdit,
    onPaste,
  } = props;
  const containerRef = useRef<HTMLDivElement>(null);
  const [editing, setEditingState] = useState<Editing | null>(null);
  // The blur that follows a commit must not commit again: the ref is the truth between renders.
  const editingRef = useRef<Editing | null>(null);
  const setEditing = useCallback((next: Editing | null) => {
    editingRef.current = next;
    setEditingState(next);
  }, []);
  const columns = sheet.columns;
  const rows = sheet.rows;
  const groups = useMemo(() => columnGroups(columns), [columns]);
  const categoryCodes = useMemo(() => sheet.categories.map((c) => c.code), [sheet.categories]);
  const categoryNames = useMemo(
    () => new Map(sheet.categories.map((c) => [c.code, locale === 'en' ? c.nameEn : c.nameZh])),
    [sheet.categories, locale],
  );

  const focusGrid = useCallback(() => containerRef.current?.focus({ preventScroll: true }), []);

  // Keep the active cell in view (the sticky header and name columns are kept clear by scroll-padding).
  useEffect(() => {
    // Row, then column: no selector escaping of ids is needed this way.
    const tr = containerRef.current?.querySelectorAll('tbody tr')[active.row];
    const cell = tr?.querySelector<HTMLElement>(`td[data-col="${active.col}"]`);
    cell?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
  }, [active]);

  const clamp = useCallback(
    (pos: GridPos): GridPos => ({
      row: Math.max(0, Math.min(rows.length - 1, pos.row)),
      col: Math.max(0, Math.min(columns.length - 1, pos.col)),
    }),
    [rows.length, columns.length],
  );

  const move = useCallback(
    (dRow: number, dCol: number, wrap = false) => {
      let row = active.row + dRow;
      let col = active.col + dCol;
      if (wrap && col >= columns.length) {
        col = 0;
        row += 1;
      } else if (wrap && col < 0) {
        col = columns.length - 1;
        row -= 1;
      }
      onActiveChange(clamp({ row, col }));
    },
    [active, columns.length, clamp, onActiveChange],
  );

  const canEdit = useCallback(
    (row: number, col: number) => {
      const column = columns[col];
      return !readOnly && !!column && !!rows[row] && isEditable(column, sheet.closed);
    },
    [columns, rows, readOnly, sheet.closed],
  );

  const valueAt = useCallback(
    (row: number, col: number) => {
      const r = rows[row];
      const column = columns[col];
      if (!r || !column) return null;
      const edit = draft.get(r.memberId)?.get(column.key);
      return edit ? edit.value : (r.cells[col]?.value ?? null);
    },
    [rows, columns, draft],
  );

  const commit = useCallback(() => {
    const state = editingRef.current;
    if (!state) return;
    setEditing(null);
    onEdit(state.row, state.col, state.text);
  }, [onEdit, setEditing]);

  const onGridKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (editing) return;
    const { key } = event;
    const column = columns[active.col];
    if (!column) return;
    const nav: Record<string, () => void> = {
      ArrowUp: () => move(-1, 0),
      ArrowDown: () => move(1, 0),
      ArrowLeft: () => move(0, -1),
      ArrowRight: () => move(0, 1),
      Tab: () => move(0, event.shiftKey ? -1 : 1, true),
      Enter: () => move(event.shiftKey ? -1 : 1, 0),
      Home: () => onActiveChange({ row: event.ctrlKey ? 0 : active.row, col: 0 }),
      End: () =>
        onActiveChange({
          row: event.ctrlKey ? rows.length - 1 : active.row,
          col: columns.length - 1,
        }),
      PageDown: () => move(10, 0),
      PageUp: () => move(-10, 0),
    };
    if (nav[key] && !event.altKey && !event.metaKey) {
      event.preventDefault();
      nav[key]();
      return;
    }
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (!canEdit(active.row, active.col)) return;
    if (isTyped(column)) {
      if (key === 'F2') {
        event.preventDefault();
        setEditing({ ...active, text: valueAt(active.row, active.col) ?? '', mode: 'edit' });
      } else if (key === 'Delete' || key === 'Backspace') {
        event.preventDefault();
        onEdit(active.row, active.col, null);
      } else if (key.length === 1 && /[0-9.]/.test(key)) {
        event.preventDefault();
        setEditing({ ...active, text: key, mode: 'enter' });
      }
      return;
    }
    const next = toggleKey(column, key, valueAt(active.row, active.col));
    if (next !== undefined) {
      event.preventDefault();
      onEdit(active.row, active.col, next);
    }
  };

  const editingKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const editing = editingRef.current;
    if (!editing) return;
    const { key } = event;
    const leave = (dRow: number, dCol: number, wrap = false) => {
      event.preventDefault();
      commit();
      move(dRow, dCol, wrap);
      focusGrid();
    };
    if (key === 'Enter') leave(event.shiftKey ? -1 : 1, 0);
    else if (key === 'Tab') leave(0, event.shiftKey ? -1 : 1, true);
    else if (key === 'ArrowUp') leave(-1, 0);
    else if (key === 'ArrowDown') leave(1, 0);
    else if (editing.mode === 'enter' && key === 'ArrowLeft') leave(0, -1);
    else if (editing.mode === 'enter' && key === 'ArrowRight') leave(0, 1);
    else if (key === 'Escape') {
      event.preventDefault();
      setEditing(null);
      focusGrid();
    }
  };

  const onEditingChange = useCallback(
    (text: string) => {
      const e = editingRef.current;
      if (e) setEditing({ ...e, text });
    },
    [setEditing],
  );
  const onEditingBlur = commit;

  const onCellMouseDown = useCallback(
    (row: number, col: number) => {
      onActiveChange({ row, col });
      focusGrid();
    },
    [onActiveChange, focusGrid],
  );

  const cellDoubleClick = (row: number, col: number) => {
    const column = columns[col];
    if (!column || !canEdit(row, col)) return;
    if (isTyped(column)) {
      setEditing({ row, col, text: valueAt(row, col) ?? '', mode: 'edit' });
    } else {
      const next = toggleKey(column, ' ', valueAt(row, col));
      if (next !== undefined) onEdit(row, col, next);
    }
  };

  // The rows get handlers that never change (a row re-renders only when its own data does); they
  // call the latest closures, kept in a ref after each render.
  const handlers = useRef({ editingKeyDown, cellDoubleClick });
  useLayoutEffect(() => {
    handlers.current = { editingKeyDown, cellDoubleClick };
  });
  const onEditingKeyDown = useCallback(
    (event: KeyboardEvent<HTMLInputElement>) => handlers.current.editingKeyDown(event),
    [],
  );
  const onCellDoubleClick = useCallback(
    (row: number, col: number) => handlers.current.cellDoubleClick(row, col),
    [],
  );

  const onGridPaste = (event: ClipboardEvent<HTMLDivElement>) => {
    if (editing || readOnly) return;
    const text = event.clipboardData.getData('text/plain');
    if (!text) return;
    event.preventDefault();
    onPaste(active.row, active.col, parsePasted(text));
  };

  return (
    <div
      ref={containerRef}
      className="sheet-grid"
      tabIndex={0}
      role="grid"
      aria-rowcount={rows.length}
      aria-colcount={columns.length}
      data-testid="sheet-grid"
      style={{
        scrollPaddingRight: (categoryCodes.length + 3) * SCORE_WIDTH,
        scrollPaddingBottom: 32,
      }}
      onKeyDown={onGridKeyDown}
      onPaste={onGridPaste}
    >
      <table
        style={{
          width:
            IDX_WIDTH +
            NAME_WIDTH +
            columns.length * CELL_WIDTH +
            (categoryCodes.length + 3) * SCORE_WIDTH,
        }}
      >
        <SheetGridHead
          columns={columns}
          groups={groups}
          categoryCodes={categoryCodes}
          categoryNames={categoryNames}
          locale={locale}
          texts={texts}
        />
        <tbody>
          {rows.map((row, rowIndex) => (
            <GridRow
              key={row.memberId}
              row={row}
              rowIndex={rowIndex}
              columns={columns}
              categoryCodes={categoryCodes}
              rowDraft={draft.get(row.memberId)}
              score={scores.get(row.memberId)}
              activeCol={active.row === rowIndex ? active.col : -1}
              editing={editing && editing.row === rowIndex ? editing : null}
              serverProblems={serverProblems}
              conflicts={conflicts}
              closed={sheet.closed || readOnly}
              locale={locale}
              texts={texts}
              onCellMouseDown={onCellMouseDown}
              onCellDoubleClick={onCellDoubleClick}
              onEditingChange={onEditingChange}
              onEditingKeyDown={onEditingKeyDown}
              onEditingBlur={onEditingBlur}
            />
          ))}
        </tbody>
        <SheetGridFoot
          columns={columns}
          rows={rows}
          draft={draft}
          averages={averages}
          categoryCodes={categoryCodes}
          texts={texts}
        />
      </table>
    </div>
  );
}
