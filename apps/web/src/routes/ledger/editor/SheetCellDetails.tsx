import { Card, Descriptions, Input, Typography } from 'antd';
import { useLocale } from '../../../app/i18n';
import { draftCell, isEditable, kindOf, type Draft } from '../sheet-model';
import type { MonthlySheet } from '../sheet-types';
import { useCellWords } from './use-cell-words';

/** The cell under the cursor: whose and what it is, its saved value, my edit, a breach's note. */
export function SheetCellDetails({
  sheet,
  row: rowIndex,
  col,
  draft,
  onNote,
}: {
  sheet: MonthlySheet;
  row: number;
  col: number;
  draft: Draft;
  onNote: (note: string) => void;
}) {
  const { t, locale } = useLocale();
  const { showValue } = useCellWords(sheet);
  const row = sheet.rows[rowIndex];
  const column = sheet.columns[col];
  if (!row || !column) return null;
  const edit = draftCell(draft, row.memberId, column.key);
  return (
    <Card size="small" title={t('ledger.cellDetails')} data-testid="sheet-cell-details">
      <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 4 }}>
        <Descriptions.Item label={t('ledger.memberName')}>{row.memberName}</Descriptions.Item>
        <Descriptions.Item label={t('ledger.item')}>
          {locale === 'en' ? column.nameEn : column.nameZh}
          {t('app.aside', { text: locale === 'en' ? column.unitEn : column.unitZh })}
        </Descriptions.Item>
        {column.sessionId && (
          <Descriptions.Item label={t('ledger.session')}>
            {column.sessionDate} {column.sessionTopic}
          </Descriptions.Item>
        )}
        <Descriptions.Item label={t('ledger.savedValue')}>
          {showValue(column.key, row.cells[col]?.value ?? null)}
          {row.cells[col]?.version
            ? ` · ${t('ledger.version', { version: row.cells[col]!.version })}`
            : ''}
        </Descriptions.Item>
        {edit && (
          <Descriptions.Item label={t('ledger.mine')}>
            {showValue(column.key, edit.value)}
          </Descriptions.Item>
        )}
      </Descriptions>
      {kindOf(column) === 'breach' && isEditable(column, sheet.closed) && (
        <Input.TextArea
          aria-label={t('ledger.decision')}
          placeholder={t('ledger.decisionHint')}
          autoSize={{ minRows: 1, maxRows: 3 }}
          value={edit?.note ?? ''}
          onChange={(e) => onNote(e.target.value)}
          data-testid="sheet-decision"
        />
      )}
      {kindOf(column) === 'declaration' && (
        <Typography.Text type="secondary">{t('ledger.declarationHint')}</Typography.Text>
      )}
    </Card>
  );
}
