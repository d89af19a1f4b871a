import {
  memo,
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
  cellId,
  checkValue,
  columnGroups,
  isEditable,
  isTyped,
  kindOf,
  needsNote,
  parsePasted,
  toggleKey,
  type Bilingual,
  type DraftCell,
} from './sheet-model';
import type { RowScore } from './sheet-scoring';
import type { MonthlySheet, SheetColumn, SheetConflict, SheetRow } from './sheet-types';

export type GridPos = { row: number; col: number };
type Editing = { row: number; col: number; text: string; mode: 'enter' | 'edit' };

export type GridTexts = {
  index: string;
  name: string;
  scores: string;
  base: string;
  special: string;
  total: string;
  present: string;
  onTime: string;
  late: string;
  missing: string;
  average: string;
  conflictTitle: (value: string) => string;
  declarations: (count: string) => string;
};

export type SheetGridProps = {
  sheet: MonthlySheet;
  /** The person's edits, by member then column key. */
  draft: ReadonlyMap<string, ReadonlyMap<string, DraftCell>>;
  /** The figures of each row (live while typing when the browser reproduces the server). */
  scores: ReadonlyMap<string, { score: RowScore; live: boolean }>;
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

const IDX_WIDTH = 40;
const NAME_WIDTH = 88;
const CELL_WIDTH = 62;
const SCORE_WIDTH = 64;

/** The score columns stay in view at the right: the i-th of (categories + base, special, total). */
const scoreRight = (i: number, categories: number) => (categories + 2 - i) * SCORE_WIDTH;

/** What a cell shows for a value. */
function display(column: SheetColumn, value: string | null, texts: GridTexts) {
  if (value === null) return null;
  switch (kindOf(column)) {
    case 'attendance':
      return value === '1' ? <span aria-label={texts.present}>✓</span> : value;
    case 'duty':
      if (value === 'onTime') return texts.onTime;
      if (value === 'late') return <span className="mark-late">{texts.late}</span>;
      if (value === 'missing') return <span className="mark-missing">{texts.missing}</span>;
      return value;
    case 'breach':
      return Number(value) > 0 ? <span className="mark-breach">{value}</span> : value;
    default:
      return value;
  }
}

type RowProps = {
  row: SheetRow;
  rowIndex: number;
  columns: readonly SheetColumn[];
  categoryCodes: readonly string[];
  rowDraft: ReadonlyMap<string, DraftCell> | undefined;
  score: { score: RowScore; live: boolean } | undefined;
  activeCol: number;
  editing: Editing | null;
  serverProblems: ReadonlyMap<string, Bilingual>;
  conflicts: ReadonlyMap<string, SheetConflict>;
  closed: boolean;
  locale: Locale;
  texts: GridTexts;
  onCellMouseDown: (row: number, col: number) => void;
  onCellDoubleClick: (row: number, col: number) => void;
  onEditingChange: (text: string) => void;
  onEditingKeyDown: (event: KeyboardEvent<HTMLInputElement>) => void;
  onEditingBlur: () => void;
};

const GridRow = memo(function GridRow({
  row,
  rowIndex,
  columns,
  categoryCodes,
  rowDraft,
  score,
  activeCol,
  editing,
  serverProblems,
  conflicts,
  closed,
  locale,
  texts,
  onCellMouseDown,
  onCellDoubleClick,
  onEditingChange,
  onEditingKeyDown,
  onEditingBlur,
}: RowProps) {
  const say = (text: Bilingual) => (locale === 'en' ? text.en : text.zh);
  return (
    <tr className={activeCol >= 0 ? 'row-active' : undefined} data-member={row.memberId}>
      <td className="sticky-idx">{rowIndex + 1}</td>
      <td className="sticky-name" title={row.memberName}>
        {row.memberName}
      </td>
      {columns.map((column, col) => {
        const id = cellId(row.memberId, column.key);
        const server = row.cells[col]?.value ?? null;
        const edit = rowDraft?.get(column.key);
        const value = edit ? edit.value : server;
        const conflict = conflicts.get(id);
        const problem =
          (edit &&
            (checkValue(column, edit.value) ??
              (needsNote(column, server, edit)
                ? { zh: '须填写支部委员会的决定', en: 'Needs the branch committee’s decision' }
                : null))) ??
          serverProblems.get(id) ??
          null;
        const editable = isEditable(column, closed);
        const classes = ['cell'];
        if (!editable) classes.push('readonly');
        if (edit) classes.push('dirty');
        if (problem) classes.push('problem');
        if (conflict) classes.push('conflict');
        if (activeCol === col) classes.push('active');
        const title = conflict
          ? texts.conflictTitle(conflict.currentValue ?? '—')
          : problem
            ? say(problem)
            : kindOf(column) === 'declaration' && value
              ? texts.declarations(value)
              : undefined;
        const isEditing = editing !== null && editing.col === col;
        return (
          <td
            key={column.key}
            className={classes.join(' ')}
            data-cell={id}
            data-col={col}
            title={title}
            aria-selected={activeCol === col}
            aria-invalid={problem ? true : undefined}
            onMouseDown={(e) => {
              if (isEditing) return;
              e.preventDefault();
              onCellMouseDown(rowIndex, col);
            }}
            onDoubleClick={() => onCellDoubleClick(rowIndex, col)}
          >
            {isEditing ? (
              <input
                autoFocus
                aria-label={`${row.memberName} ${locale === 'en' ? column.nameEn : column.nameZh}`}
                value={editing.text}
                inputMode="decimal"
                onChange={(e) => onEditingChange(e.target.value)}
                onKeyDown={onEditingKeyDown}
                onBlur={onEditingBlur}
              />
            ) : (
              display(column, value, texts)
            )}
          </td>
        );
      })}
      {categoryCodes.map((code, i) => (
        <td
          key={`score:${code}`}
          className={`score sticky-score${i === 0 ? ' first' : ''}${score?.live ? ' live' : ''}`}
          style={{ right: scoreRight(i, categoryCodes.length) }}
          data-score={`${row.memberId}|${code}`}
        >
          {score?.score.categories[code] ?? ''}
        </td>
      ))}
      <td
        className={`score sticky-score${score?.live ? ' live' : ''}`}
        style={{ right: scoreRight(categoryCodes.length, categoryCodes.length) }}
        data-score={`${row.memberId}|base`}
      >
        {score?.score.base}
      </td>
      <td
        className="score sticky-score"
        style={{ right: scoreRight(categoryCodes.length + 1, categoryCodes.length) }}
        data-score={`${row.memberId}|special`}
      >
        {score?.score.special}
      </td>
      <td
        className={`score sticky-score total${score?.live ? ' live' : ''}`}
        style={{ right: 0 }}
        data-score={`${row.memberId}|total`}
      >
        {score?.score.total}
      </td>
    </tr>
  );
});

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
  const categoryCodes = useMemo(() => rows[0]?.categories.map((c) => c.code) ?? [], [rows]);
  const categoryNames = useMemo(() => {
    const names = new Map<string, string>();
    for (const c of columns)
      names.set(c.categoryCode, locale === 'en' ? c.categoryNameEn : c.categoryNameZh);
    for (const c of rows[0]?.categories ?? []) if (!names.has(c.code)) names.set(c.code, c.nameZh);
    return names;
  }, [columns, rows, locale]);

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

  // Footer: how many attended each session; the branch's mean of each figure.
  const footer = useMemo(() => {
    const counts = columns.map((column, col) => {
      if (kindOf(column) !== 'attendance') return '';
      let present = 0;
      for (const row of rows) {
        const edit = draft.get(row.memberId)?.get(column.key);
        if ((edit ? edit.value : row.cells[col]?.value) === '1') present += 1;
      }
      return `${present}/${rows.length}`;
    });
    const mean = (pick: (s: RowScore) => string | undefined) => {
      if (rows.length === 0) return '';
      let sum = 0;
      for (const row of rows) {
        const entry = scores.get(row.memberId);
        sum += entry ? Number(pick(entry.score) ?? 0) || 0 : 0;
      }
      return (sum / rows.length).toFixed(2);
    };
    return {
      counts,
      categories: categoryCodes.map((code) => mean((s) => s.categories[code])),
      base: mean((s) => s.base),
      special: mean((s) => s.special),
      total: mean((s) => s.total),
    };
  }, [columns, rows, draft, scores, categoryCodes]);

  const name = (column: SheetColumn) => (locale === 'en' ? column.nameEn : column.nameZh);
  const unit = (column: SheetColumn) => (locale === 'en' ? column.unitEn : column.unitZh);

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
        <colgroup>
          <col style={{ width: IDX_WIDTH }} />
          <col style={{ width: NAME_WIDTH }} />
          {columns.map((c) => (
            <col key={c.key} style={{ width: CELL_WIDTH }} />
          ))}
          {categoryCodes.map((code) => (
            <col key={code} style={{ width: SCORE_WIDTH }} />
          ))}
          <col style={{ width: SCORE_WIDTH }} />
          <col style={{ width: SCORE_WIDTH }} />
          <col style={{ width: SCORE_WIDTH }} />
        </colgroup>
        <thead>
          <tr>
            <th className="sticky-idx" rowSpan={2}>
              {texts.index}
            </th>
            <th className="sticky-name" rowSpan={2}>
              {texts.name}
            </th>
            {groups.map((g, i) => (
              <th
                key={`${g.code}-${i}`}
                colSpan={g.span}
                className={g.section === 'special' ? 'group-special' : undefined}
              >
                {locale === 'en' ? g.nameEn : g.nameZh}
              </th>
            ))}
            <th
              colSpan={categoryCodes.length + 3}
              className="group-score sticky-score first"
              style={{ right: 0 }}
            >
              {texts.scores}
            </th>
          </tr>
          <tr>
            {columns.map((column) => (
              <th
                key={column.key}
                title={[name(column), column.sessionTopic, column.sessionDate]
                  .filter(Boolean)
                  .join(' · ')}
              >
                <span className="sheet-item-name">{name(column)}</span>
                <span className="sheet-unit">
                  {column.sessionDate
                    ? column.sessionDate.slice(5).replace('-', '/')
                    : unit(column)}
                </span>
              </th>
            ))}
            {categoryCodes.map((code, i) => (
              <th
                key={code}
                className={`group-score sticky-score${i === 0 ? ' first' : ''}`}
                style={{ right: scoreRight(i, categoryCodes.length) }}
              >
                <span className="sheet-item-name">{categoryNames.get(code) ?? code}</span>
              </th>
            ))}
            {[texts.base, texts.special, texts.total].map((label, i) => (
              <th
                key={label}
                className="group-score sticky-score"
                style={{ right: scoreRight(categoryCodes.length + i, categoryCodes.length) }}
              >
                {label}
              </th>
            ))}
          </tr>
        </thead>
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
        <tfoot>
          <tr>
            <td className="sticky-idx" />
            <td className="sticky-name">{texts.average}</td>
            {footer.counts.map((text, i) => (
              <td key={columns[i]!.key}>{text}</td>
            ))}
            {footer.categories.map((text, i) => (
              <td
                key={categoryCodes[i]}
                className={`sticky-score${i === 0 ? ' first' : ''}`}
                style={{ right: scoreRight(i, categoryCodes.length) }}
              >
                {text}
              </td>
            ))}
            {[footer.base, footer.special, footer.total].map((text, i) => (
              <td
                key={`footer-${i}`}
                className="sticky-score"
                style={{ right: scoreRight(categoryCodes.length + i, categoryCodes.length) }}
              >
                {text}
              </td>
            ))}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
