import { memo, type KeyboardEvent } from 'react';
import type { Locale } from '../../../app/i18n';
import {
  cellId,
  checkValue,
  isEditable,
  kindOf,
  needsNote,
  type Bilingual,
  type DraftCell,
} from '../sheet-model';
import type { ScoreEntry } from '../row-score';
import type { SheetColumn, SheetConflict, SheetRow } from '../sheet-types';
import { scoreRight, type Editing, type GridTexts } from './sheet-grid-layout';

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
  score: ScoreEntry | undefined;
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

export const GridRow = memo(function GridRow({
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
  const figures = `${score?.live ? ' live' : ''}${score?.scoring ? ' scoring' : ''}`;
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
          className={`score sticky-score${i === 0 ? ' first' : ''}${figures}`}
          style={{ right: scoreRight(i, categoryCodes.length) }}
          data-score={`${row.memberId}|${code}`}
        >
          {score?.score.categories[code] ?? ''}
        </td>
      ))}
      <td
        className={`score sticky-score${figures}`}
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
        className={`score sticky-score total${figures}`}
        style={{ right: 0 }}
        aria-busy={score?.scoring || undefined}
        data-score={`${row.memberId}|total`}
      >
        {score?.score.total}
      </td>
    </tr>
  );
});
