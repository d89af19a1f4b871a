import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Popconfirm, Space, Tag, Tooltip, Typography } from 'antd';
import { serverErrors } from '../../app/apollo/server-errors';
import { useLocale } from '../../app/i18n';
import {
  MarkMonthRecordedDocument,
  RecordedMonthsDocument,
  UnmarkMonthRecordedDocument,
} from '../../graphql/graphql';

/**
 * Which months of the branch's year are recorded (已录入), as the server says, and the mark or
 * unmark action it allows on the month shown: scores of the year in progress count only those.
 */
export function RecordedMonths({ branchId, month }: { branchId: string; month: string }) {
  const { t, locale } = useLocale();
  const { message } = App.useApp();
  const year = Number(month.slice(0, 4));
  const { data } = useQuery(RecordedMonthsDocument, { variables: { branchId, year } });
  // The scores of the branch move with the mark: lists and the sheet's totals are read again.
  const refetchQueries = 'active' as const;
  const [mark, marking] = useMutation(MarkMonthRecordedDocument, { refetchQueries });
  const [unmark, unmarking] = useMutation(UnmarkMonthRecordedDocument, { refetchQueries });
  const state = data?.recordedMonths;
  if (!state) return null;
  const shown = state.months.find((m) => m.month === month);
  const run = async (action: 'mark' | 'unmark') => {
    try {
      const variables = { branchId, month };
      if (action === 'mark') await mark({ variables });
      else await unmark({ variables });
      message.success(t(action === 'mark' ? 'ledger.recorded.marked' : 'ledger.recorded.unmarked'));
    } catch (error) {
      for (const e of serverErrors(error, locale, t)) message.error(e.message);
    }
  };
  const label = (m: string) => t('myScores.monthLabel', { month: Number(m.slice(5)) });
  return (
    <Space wrap size={[4, 4]} data-testid="recorded-months">
      <Typography.Text type="secondary">
        {state.recordedThrough
          ? t('ledger.recorded.through', { month: label(state.recordedThrough) })
          : t('ledger.recorded.none')}
      </Typography.Text>
      {state.months.map((m) => (
        <Tooltip
          key={m.month}
          title={t(
            m.closed
              ? 'ledger.recorded.closedHint'
              : m.recorded
                ? 'ledger.recorded.markedHint'
                : 'ledger.recorded.openHint',
          )}
        >
          <Tag
            color={m.recorded ? 'green' : undefined}
            bordered={m.month === month}
            data-testid={`recorded-${m.month}`}
          >
            {Number(m.month.slice(5))}
            {m.recorded ? ' ✓' : ''}
          </Tag>
        </Tooltip>
      ))}
      {shown?.availableActions.includes('mark') && (
        <Popconfirm
          title={t('ledger.recorded.markConfirm', { month: label(month) })}
          onConfirm={() => void run('mark')}
        >
          <Button
            size="small"
            type="primary"
            ghost
            loading={marking.loading}
            data-testid="mark-recorded"
          >
            {t('ledger.recorded.mark')}
          </Button>
        </Popconfirm>
      )}
      {shown?.availableActions.includes('unmark') && (
        <Popconfirm
          title={t('ledger.recorded.unmarkConfirm', { month: label(month) })}
          onConfirm={() => void run('unmark')}
        >
          <Button size="small" loading={unmarking.loading} data-testid="unmark-recorded">
            {t('ledger.recorded.unmark')}
          </Button>
        </Popconfirm>
      )}
    </Space>
  );
}
