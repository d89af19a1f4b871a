import { useQuery } from '@apollo/client/react';
import { Empty, Space, Spin, Table, Tag, Typography, type TableProps } from 'antd';
import { useLocale } from '../../app/i18n';
import { BranchParticipationDocument, type StatisticsFilter } from '../../graphql/graphql';
import { Chart } from '../../components/Chart';
import {
  itemName,
  itemsOf,
  participationChart,
  type ParticipationRow,
} from './participation-charts';

/**
 * 参与情况（按支部）: the ledger's participation per branch — a chart of the rates and a table of
 * every figure — exactly as participationStatistics gives them; nothing is summed here.
 */
export function BranchParticipation({ filter }: { filter: StatisticsFilter }) {
  const { t, locale } = useLocale();
  const { data, loading } = useQuery(BranchParticipationDocument, { variables: { filter } });
  if (!data) return loading ? <Spin /> : <Empty />;
  const { groups, minGroupSize } = data.participationStatistics;
  const chart = participationChart(groups, locale, t);
  const cell = (g: ParticipationRow, text: string | number | null | undefined, unit = '') =>
    g.suppressed ? (
      <Typography.Text type="secondary">
        {t('overview.suppressed', { n: minGroupSize })}
      </Typography.Text>
    ) : text == null ? (
      '—'
    ) : (
      `${text}${unit}`
    );
  const columns: TableProps<ParticipationRow>['columns'] = [
    {
      title: t('cmt.branch'),
      key: 'branch',
      fixed: 'start',
      // A branch's name on one line, its 未定稿 tag beside it or beneath: the figures scroll.
      width: 220,
      render: (_, g) => (
        <Space size={4} wrap>
          {g.key.branchName}
          {g.provisional && <Tag>{t('participation.provisional')}</Tag>}
        </Space>
      ),
    },
    {
      title: t('overview.members'),
      key: 'members',
      align: 'right',
      render: (_, g) => cell(g, g.memberCount),
    },
    {
      title: t('participation.attendanceRate'),
      key: 'attendance',
      align: 'right',
      render: (_, g) => cell(g, g.attendanceRate, ' %'),
    },
    ...itemsOf(groups, (g) => g.quotas).flatMap((q) => [
      {
        title: t('participation.averageOf', {
          item: itemName(locale, q),
          unit: locale === 'en' ? q.unitEn : q.unitZh,
        }),
        key: `${q.itemCode}-average`,
        align: 'right' as const,
        render: (_: unknown, g: ParticipationRow) =>
          cell(g, g.quotas.find((x) => x.itemCode === q.itemCode)?.average),
      },
      {
        title: t('participation.fullShareOf', { item: itemName(locale, q) }),
        key: `${q.itemCode}-full`,
        align: 'right' as const,
        render: (_: unknown, g: ParticipationRow) =>
          cell(g, g.quotas.find((x) => x.itemCode === q.itemCode)?.fullShare, ' %'),
      },
    ]),
    ...itemsOf(groups, (g) => g.dues).map((d) => ({
      title: t('participation.onTimeShareOf', { item: itemName(locale, d) }),
      key: `${d.itemCode}-onTime`,
      align: 'right' as const,
      render: (_: unknown, g: ParticipationRow) =>
        cell(g, g.dues.find((x) => x.itemCode === d.itemCode)?.onTimeShare, ' %'),
    })),
    ...itemsOf(groups, (g) => g.violations).map((v) => ({
      title: t('participation.violationsOf', { item: itemName(locale, v) }),
      key: `${v.itemCode}-count`,
      align: 'right' as const,
      render: (_: unknown, g: ParticipationRow) =>
        cell(g, g.violations.find((x) => x.itemCode === v.itemCode)?.count ?? 0),
    })),
  ];
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      {chart ? <Chart option={chart} testId="chart-participation" /> : <Empty />}
      <Table<ParticipationRow>
        rowKey={(g) => g.key.branchId ?? ''}
        size="small"
        loading={loading}
        columns={columns}
        dataSource={groups}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        scroll={{ x: 'max-content' }}
        data-testid="branch-participation"
      />
    </Space>
  );
}
