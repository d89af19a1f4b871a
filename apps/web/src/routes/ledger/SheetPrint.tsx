import { useQuery } from '@apollo/client/react';
import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import { Alert, Button, Space, Spin } from 'antd';
import { Link } from 'react-router';
import { MonthlySheetDocument } from '../../graphql/graphql';
import { useLocale, type Locale } from '../../app/i18n';
import { useViewer } from '../../app/session/session';
import { useMonthParam as useSheetMonth } from '../../components/use-month-param';
import { columnGroups, dutyCellWord, kindOf } from './sheet-model';
import type { MonthlySheet, SheetColumn } from './sheet-types';

function printed(column: SheetColumn, value: string | null, locale: Locale) {
  if (value === null) return '';
  switch (kindOf(column)) {
    case 'attendance':
      return value === '1' ? '√' : '';
    case 'duty':
      return dutyCellWord(value, locale);
    default:
      return value;
  }
}

/** The saved month as the paper 考核表, laid out for A4 landscape; the print dialog does the rest. */
export function SheetPrint({ branchId }: { branchId: string }) {
  const { t, locale } = useLocale();
  const viewer = useViewer();
  const [month] = useSheetMonth();
  const { data, loading, error } = useQuery(MonthlySheetDocument, {
    variables: { branchId, month },
  });
  const sheet = data?.monthlySheet;
  return (
    <div>
      <Space className="no-print" style={{ marginBottom: 12 }} wrap>
        <Link to={`/ledger?month=${month}`}>
          <Button icon={<ArrowLeftOutlined />}>{t('ledger.backToSheet')}</Button>
        </Link>
        <Button
          type="primary"
          icon={<PrinterOutlined />}
          onClick={() => window.print()}
          disabled={!sheet}
          data-testid="sheet-print"
        >
          {t('ledger.printNow')}
        </Button>
        <span style={{ color: 'rgba(0,0,0,0.45)' }}>{t('ledger.printHint')}</span>
      </Space>
      {error && !sheet && <Alert type="error" showIcon title={t('ledger.loadFailed')} />}
      {loading && !sheet && <Spin />}
      {sheet && <PrintedSheet sheet={sheet} bureauName={viewer.bureauName} locale={locale} t={t} />}
    </div>
  );
}

export function PrintedSheet({
  sheet,
  bureauName,
  locale,
  t,
}: {
  sheet: MonthlySheet;
  /** On the title, as the bureau's staff write it. */
  bureauName: string;
  locale: Locale;
  t: ReturnType<typeof useLocale>['t'];
}) {
  const groups = columnGroups(sheet.columns);
  const categories = sheet.categories;
  const [year, month] = sheet.month.split('-');
  const en = locale === 'en';
  return (
    <div className="sheet-print" data-testid="sheet-printed">
      <h1>{t('ledger.printTitle', { bureau: bureauName })}</h1>
      <div className="print-meta">
        <span>{t('app.labelled', { label: t('ledger.printBranch'), text: sheet.branchName })}</span>
        <span>
          {t('app.labelled', {
            label: t('ledger.printMonth'),
            text: t('ledger.printYearMonth', { year: year!, month: Number(month) }),
          })}
        </span>
      </div>
      <table>
        <thead>
          <tr>
            <th rowSpan={2} style={{ width: 28 }}>
              {t('ledger.index')}
            </th>
            <th rowSpan={2} style={{ width: 56 }}>
              {t('ledger.memberName')}
            </th>
            {groups.map((g, i) => (
              <th key={`${g.code}-${i}`} colSpan={g.span}>
                {en ? g.nameEn : g.nameZh}
              </th>
            ))}
            <th colSpan={categories.length + 3}>{t('ledger.monthScores')}</th>
          </tr>
          <tr>
            {sheet.columns.map((c) => (
              <th key={c.key}>
                {en ? c.nameEn : c.nameZh}
                <br />
                <span style={{ fontWeight: 400 }}>
                  {c.sessionDate ? c.sessionDate.slice(5) : en ? c.unitEn : c.unitZh}
                </span>
              </th>
            ))}
            {categories.map((c) => (
              <th key={c.code}>{en ? c.nameEn : c.nameZh}</th>
            ))}
            <th>{t('myScores.base')}</th>
            <th>{t('myScores.special')}</th>
            <th>{t('ledger.total')}</th>
          </tr>
        </thead>
        <tbody>
          {sheet.rows.map((row, i) => (
            <tr key={row.memberId}>
              <td>{i + 1}</td>
              <td>{row.memberName}</td>
              {sheet.columns.map((c, j) => (
                <td key={c.key}>{printed(c, row.cells[j]?.value ?? null, locale)}</td>
              ))}
              {row.categories.map((c) => (
                <td key={c.code}>{c.score}</td>
              ))}
              <td>{row.base}</td>
              <td>{row.special}</td>
              <td>
                <strong>{row.total}</strong>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="print-sign">
        <span>
          {t('ledger.printScorekeeper')}
          <span className="line" />
        </span>
        <span>
          {t('ledger.printSecretary')}
          <span className="line" />
        </span>
        <span>
          {t('ledger.printDate')}
          <span className="line" />
        </span>
      </div>
    </div>
  );
}
