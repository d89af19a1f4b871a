import { useMemo } from 'react';
import type { RowScore } from '../row-score';
import { kindOf, type DraftCell } from '../sheet-model';
import type { SheetColumn, SheetRow } from '../sheet-types';
import { scoreRight, type GridTexts } from './sheet-grid-layout';

/**
 * The grid's last row: how many signed in to each session (the check marks shown, typed ones
 * included), and the branch's mean of each figure as the server computed it.
 */
export function SheetGridFoot({
  columns,
  rows,
  draft,
  averages,
  categoryCodes,
  texts,
}: {
  columns: readonly SheetColumn[];
  rows: readonly SheetRow[];
  draft: ReadonlyMap<string, ReadonlyMap<string, DraftCell>>;
  averages: RowScore | null;
  categoryCodes: readonly string[];
  texts: GridTexts;
}) {
  const counts = useMemo(
    () =>
      columns.map((column, col) => {
        if (kindOf(column) !== 'attendance') return '';
        let present = 0;
        for (const row of rows) {
          const edit = draft.get(row.memberId)?.get(column.key);
          if ((edit ? edit.value : row.cells[col]?.value) === '1') present += 1;
        }
        return `${present}/${rows.length}`;
      }),
    [columns, rows, draft],
  );
  const footer = {
    counts,
    categories: categoryCodes.map((code) => averages?.categories[code] ?? ''),
    base: averages?.base ?? '',
    special: averages?.special ?? '',
    total: averages?.total ?? '',
  };
  return (
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
  );
}
