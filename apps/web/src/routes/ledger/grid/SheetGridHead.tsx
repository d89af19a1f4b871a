import type { Locale } from '../../../app/i18n';
import type { columnGroups } from '../sheet-model';
import type { SheetColumn } from '../sheet-types';
import {
  CELL_WIDTH,
  IDX_WIDTH,
  NAME_WIDTH,
  SCORE_WIDTH,
  scoreRight,
  type GridTexts,
} from './sheet-grid-layout';

/** The grid's widths and its two header rows: item groups over items, then the score columns. */
export function SheetGridHead({
  columns,
  groups,
  categoryCodes,
  categoryNames,
  locale,
  texts,
}: {
  columns: readonly SheetColumn[];
  groups: ReturnType<typeof columnGroups>;
  categoryCodes: readonly string[];
  categoryNames: ReadonlyMap<string, string>;
  locale: Locale;
  texts: GridTexts;
}) {
  const name = (column: SheetColumn) => (locale === 'en' ? column.nameEn : column.nameZh);
  const unit = (column: SheetColumn) => (locale === 'en' ? column.unitEn : column.unitZh);
  return (
    <>
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
                {column.sessionDate ? column.sessionDate.slice(5).replace('-', '/') : unit(column)}
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
    </>
  );
}
