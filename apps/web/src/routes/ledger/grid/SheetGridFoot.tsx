import { useMemo } from 'react';
import type { RowScore } from '../row-score';
import { kindOf, type DraftCell } from '../sheet-model';
import { footFigure } from './sheet-foot-figures';
import type { SheetColumn, SheetRow } from '../sheet-types';
import { scoreRight, type GridTexts } from './sheet-grid-layout';

/**
 * The grid's last row: under each recorded column what its values come to (`footFigure`: typed
 * ones included), and the branch's mean of each score as the server computed it.
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
  const figures = useMemo(
    () =>
      columns.map((column, col) =>
        footFigure(
          kindOf(column),
          rows.map((row) => {
            const edit = draft.get(row.memberId)?.get(column.key);
            return edit ? edit.value : row.cells[col]?.value;
          }),
        ),
      ),
    [columns, rows, draft],
  );
  const footer = {
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
        {figures.map((figure, i) => (
          <td
            key={columns[i]!.key}
            title={
              figure.counts && figure.text ? `${texts[figure.counts]} ${figure.text}` : undefined
            }
          >
            {figure.text}
          </td>
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
