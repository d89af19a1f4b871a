import { PrinterOutlined, ReloadOutlined, SaveOutlined, UndoOutlined } from '@ant-design/icons';
import { Button, Card, DatePicker, Space, Tag, Tooltip, Typography } from 'antd';
import dayjs from 'dayjs';
import { Link } from 'react-router';
import { useLocale } from '../../../app/i18n';
import { RecordedMonths } from '../RecordedMonths';
import { SheetTransfer } from '../SheetTransfer';
import type { MonthlySheet } from '../sheet-types';

/** The sheet's header: its month, what is unsaved, and save, discard, reload, import, print. */
export function SheetToolbar({
  sheet,
  branchId,
  month,
  onMonth,
  edits,
  editsElsewhere,
  saving,
  onSave,
  onDiscard,
  onReload,
}: {
  sheet: MonthlySheet | undefined;
  branchId: string;
  month: string;
  onMonth: (month: string) => void;
  edits: number;
  editsElsewhere: number;
  saving: boolean;
  onSave: () => void;
  onDiscard: () => void;
  onReload: () => void;
}) {
  const { t } = useLocale();
  return (
    <Card
      size="small"
      title={
        <Space wrap>
          <span>{t('ledger.title')}</span>
          <Typography.Text type="secondary">{sheet?.branchName}</Typography.Text>
        </Space>
      }
      extra={
        <Space wrap>
          {sheet?.closed && (
            <Tag color="default" data-testid="sheet-closed">
              {t('ledger.closed')}
            </Tag>
          )}
          {edits > 0 && (
            <Tag color="gold" data-testid="sheet-unsaved">
              {t('ledger.unsaved', { count: edits })}
            </Tag>
          )}
          {editsElsewhere > 0 && (
            <Tag color="orange" data-testid="sheet-unsaved-elsewhere">
              {t('ledger.unsavedElsewhere', { count: editsElsewhere })}
            </Tag>
          )}
        </Space>
      }
    >
      <Space wrap size={[8, 8]}>
        <DatePicker
          picker="month"
          allowClear={false}
          aria-label={t('ledger.month')}
          value={dayjs(`${month}-01`)}
          onChange={(value) => value && onMonth(value.format('YYYY-MM'))}
          data-testid="sheet-month"
        />
        <RecordedMonths branchId={branchId} month={month} />
        <Button
          type="primary"
          icon={<SaveOutlined />}
          onClick={onSave}
          disabled={edits === 0 || !sheet || sheet.closed}
          loading={saving}
          data-testid="sheet-save"
        >
          {t('ledger.save')}
        </Button>
        <Button icon={<UndoOutlined />} onClick={onDiscard} disabled={edits === 0}>
          {t('ledger.discard')}
        </Button>
        <Tooltip title={t('ledger.reloadHint')}>
          <Button icon={<ReloadOutlined />} onClick={onReload} aria-label={t('ledger.reload')} />
        </Tooltip>
        {sheet && (
          <SheetTransfer
            sheet={sheet}
            disabled={saving}
            hasEdits={edits > 0}
            onImported={onReload}
          />
        )}
        <Link to={`print?month=${month}`} data-testid="sheet-print-link">
          <Button icon={<PrinterOutlined />}>{t('ledger.print')}</Button>
        </Link>
      </Space>
      <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0', fontSize: 12 }}>
        {t('ledger.keysHelp')}
      </Typography.Paragraph>
    </Card>
  );
}
