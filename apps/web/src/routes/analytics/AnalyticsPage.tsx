import { DownloadOutlined } from '@ant-design/icons';
import { useApolloClient, useQuery } from '@apollo/client/react';
import {
  App,
  Button,
  Card,
  Segmented,
  Select,
  Space,
  Spin,
  Table,
  Tag,
  Typography,
  type TableProps,
} from 'antd';
import { useMemo, useState } from 'react';
import { useActiveBranch } from '../../app/branch/active-branch';
import { useT } from '../../app/i18n';
import { downloadBase64 } from '../../components/download';
import { OutcomeTag, useOutcomeBands } from '../../components/outcome-band';
import { YearSelect, currentYear } from '../../components/YearSelect';
import { BranchComparison } from '../overview/BranchComparison';
import { BranchParticipation } from '../overview/BranchParticipation';
import {
  AnalyticsBranchStatisticsDocument,
  AnnualResultsExportDocument,
  RankingGroupsDocument,
  ScoreRankingDocument,
  type OutcomeBand,
  type ScoreListFilter,
  type ScoreRankingQuery,
  type StatisticsFilter,
} from '../../graphql/graphql';

type Row = ScoreRankingQuery['scoreList']['edges'][number]['node'];
type Period = 'year' | 1 | 2 | 3 | 4;

const PAGE = 50;

export type RankingFilters = {
  year: number;
  period: Period;
  branchId: string | null;
  groupId: string | null;
  band: OutcomeBand | null;
};

/** The ranking's GraphQL filter; the outcome applies to whole years only. */
export function toScoreFilter(f: RankingFilters): ScoreListFilter {
  return {
    year: f.year,
    ...(f.period === 'year' ? {} : { quarter: f.period }),
    ...(f.branchId ? { branchId: f.branchId } : {}),
    ...(f.groupId ? { groupId: f.groupId } : {}),
    ...(f.band && f.period === 'year' ? { outcome: f.band } : {}),
  };
}

/** The same filters for the statistics queries (branch comparison, participation). */
export function toStatisticsFilter(f: RankingFilters): StatisticsFilter {
  return {
    year: f.year,
    ...(f.period === 'year' ? {} : { quarter: f.period }),
    ...(f.branchId ? { branchIds: [f.branchId] } : {}),
    ...(f.groupId ? { groupIds: [f.groupId] } : {}),
  };
}

/**
 * 统计分析: the bureau's ranking with filters and cursor pagination, the results export, and for
 * the same filters each branch's figures and participation, as the server computes them.
 */
export default function AnalyticsPage() {
  const t = useT();
  const { bands } = useOutcomeBands();
  const client = useApolloClient();
  const { message } = App.useApp();
  const { all: branches } = useActiveBranch();
  const [filters, setFilters] = useState<RankingFilters>({
    year: currentYear(),
    period: 'year',
    branchId: null,
    groupId: null,
    band: null,
  });
  const [exporting, setExporting] = useState(false);
  const filter = useMemo(() => toScoreFilter(filters), [filters]);
  const statsFilter = useMemo(() => toStatisticsFilter(filters), [filters]);
  const branchStats = useQuery(AnalyticsBranchStatisticsDocument, {
    variables: { filter: statsFilter },
  });
  const { data, loading, fetchMore } = useQuery(ScoreRankingDocument, {
    variables: { filter, first: PAGE },
    notifyOnNetworkStatusChange: true,
  });
  const groups = useQuery(RankingGroupsDocument, {
    variables: { branchId: filters.branchId },
    skip: !filters.branchId,
  });
  const rows = useMemo(() => data?.scoreList.edges.map((e) => e.node) ?? [], [data]);
  const total = data?.scoreList.totalCount ?? 0;
  const pageInfo = data?.scoreList.pageInfo;

  const set = (patch: Partial<RankingFilters>) => setFilters((f) => ({ ...f, ...patch }));

  const loadMore = () =>
    fetchMore({
      variables: { after: pageInfo?.endCursor ?? null },
      updateQuery: (previous, { fetchMoreResult }) => ({
        scoreList: {
          ...fetchMoreResult.scoreList,
          edges: [...previous.scoreList.edges, ...fetchMoreResult.scoreList.edges],
        },
      }),
    });

  const exportResults = async () => {
    setExporting(true);
    try {
      const result = await client.query({
        query: AnnualResultsExportDocument,
        variables: { year: filters.year, branchId: filters.branchId },
        fetchPolicy: 'network-only',
      });
      const file = result.data!.annualResultsExport;
      downloadBase64(file.contentBase64, file.fileName, file.mimeType);
      void message.success(t('analytics.exported', { count: file.rowCount }));
    } catch {
      // The error link has already shown the server's message.
    } finally {
      setExporting(false);
    }
  };

  const columns: TableProps<Row>['columns'] = [
    { title: t('cmt.rank'), key: 'rank', width: 64, render: (_, __, i) => i + 1 },
    {
      title: t('cmt.name'),
      key: 'name',
      width: 110,
      fixed: 'start',
      render: (_, r) => r.member?.name ?? r.memberId,
    },
    {
      title: t('cmt.branch'),
      key: 'branch',
      // Wide enough for a branch's full name (公务用车服务中心党支部); the table scrolls instead.
      width: 190,
      ellipsis: true,
      render: (_, r) => r.branch?.name,
    },
    {
      title: t('cmt.group'),
      key: 'group',
      width: 120,
      render: (_, r) => r.member?.group?.name ?? '',
    },
    { title: t('cmt.base'), dataIndex: 'base', key: 'base', width: 90, align: 'right' },
    { title: t('cmt.special'), dataIndex: 'special', key: 'special', width: 90, align: 'right' },
    {
      title: t('cmt.evaluation'),
      dataIndex: 'evaluation',
      key: 'evaluation',
      width: 90,
      align: 'right',
    },
    {
      title: t('cmt.total'),
      dataIndex: 'total',
      key: 'total',
      width: 90,
      align: 'right',
      render: (v: string) => <Typography.Text strong>{v}</Typography.Text>,
    },
    {
      title: t('cmt.outcome'),
      key: 'outcome',
      width: 110,
      render: (_, r) =>
        r.outcomeBand ? (
          <OutcomeTag band={r.outcomeBand} />
        ) : (
          <OutcomeTag band={r.projectionBand} projected />
        ),
    },
    {
      title: t('cmt.schemeVersion'),
      key: 'version',
      width: 100,
      render: (_, r) => <Tag>v{r.schemeVersion}</Tag>,
    },
    { title: t('cmt.asOf'), dataIndex: 'asOf', key: 'asOf', width: 90 },
  ];

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card
        title={t('analytics.title')}
        extra={
          <Button
            icon={<DownloadOutlined />}
            onClick={() => void exportResults()}
            loading={exporting}
            disabled={!total}
            data-testid="export-results"
          >
            {t('analytics.export')}
          </Button>
        }
      >
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <Space wrap>
            <YearSelect value={filters.year} onChange={(year) => set({ year })} />
            <Segmented<Period>
              value={filters.period}
              onChange={(period) => set({ period, ...(period === 'year' ? {} : { band: null }) })}
              options={[
                { value: 'year', label: t('cmt.wholeYear') },
                ...([1, 2, 3, 4] as const).map((q) => ({
                  value: q,
                  label: t('cmt.quarterN', { quarter: q }),
                })),
              ]}
            />
            <Select
              allowClear
              aria-label={t('cmt.branch')}
              placeholder={t('cmt.allBranches')}
              value={filters.branchId ?? undefined}
              onChange={(id?: string) => set({ branchId: id ?? null, groupId: null })}
              options={branches.map((b) => ({ value: b.id, label: b.name }))}
              style={{ width: 200 }}
            />
            <Select
              allowClear
              aria-label={t('cmt.group')}
              placeholder={t('cmt.allGroups')}
              disabled={!filters.branchId}
              value={filters.groupId ?? undefined}
              onChange={(id?: string) => set({ groupId: id ?? null })}
              options={(groups.data?.partyGroups ?? []).map((g) => ({
                value: g.id,
                label: g.name,
              }))}
              style={{ width: 150 }}
            />
            <Select
              allowClear
              aria-label={t('cmt.outcome')}
              placeholder={t('cmt.anyOutcome')}
              disabled={filters.period !== 'year'}
              title={filters.period !== 'year' ? t('analytics.outcomeYearOnly') : undefined}
              value={filters.band ?? undefined}
              onChange={(band?: OutcomeBand) => set({ band: band ?? null })}
              options={bands.map((b) => ({ value: b.band, label: b.label }))}
              style={{ width: 170 }}
            />
          </Space>
          <Table<Row>
            rowKey="id"
            size="middle"
            loading={loading}
            columns={columns}
            dataSource={rows}
            pagination={false}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: t('analytics.empty') }}
            data-testid="ranking"
          />
          <Space>
            <Typography.Text type="secondary" data-testid="ranking-count">
              {t('cmt.shown', { shown: rows.length, total })}
            </Typography.Text>
            {pageInfo?.hasNextPage && (
              <Button onClick={() => void loadMore()} loading={loading}>
                {t('cmt.loadMore')}
              </Button>
            )}
          </Space>
        </Space>
      </Card>
      <Card title={t('overview.branchComparison')} size="small">
        {branchStats.data ? (
          <BranchComparison
            groups={branchStats.data.scoreStatistics.groups}
            minGroupSize={branchStats.data.scoreStatistics.minGroupSize}
          />
        ) : (
          <Spin />
        )}
      </Card>
      <Card
        title={t('participation.title')}
        size="small"
        extra={<Typography.Text type="secondary">{t('participation.note')}</Typography.Text>}
      >
        <BranchParticipation filter={statsFilter} />
      </Card>
    </Space>
  );
}
