import { useApolloClient } from '@apollo/client/react';
import { Card, Col, Empty, Row, Space, Spin, Statistic, Typography } from 'antd';
import type { EChartsOption } from 'echarts';
import { useEffect, useMemo, useState } from 'react';
import { useActiveBranch } from '../../app/branch/active-branch';
import { PARTY_RED } from '../../app/providers';
import { useT } from '../../app/i18n';
import { BAND_COLORS, bandShortLabel } from '../../components/outcome-band';
import { collectPages } from '../../components/pages';
import { YearSelect, currentYear } from '../../components/YearSelect';
import { OverviewScoresDocument } from '../../graphql/graphql';
import { Chart } from './Chart';
import { histogram, kpis, outcomesByBranch, quarterTrend, type ScorePoint } from './overview-data';

type Loaded = { year: ScorePoint[]; quarters: ScorePoint[][] };

/** Every year and quarter summary of a year, for the charts (the bureau: a few hundred rows). */
function useYearScores(year: number): { data: Loaded | null; loading: boolean } {
  const client = useApolloClient();
  const [state, setState] = useState<{ year: number; data: Loaded } | null>(null);
  useEffect(() => {
    let live = true;
    const read = (quarter: number | null) =>
      collectPages(async (after) => {
        const result = await client.query({
          query: OverviewScoresDocument,
          variables: { filter: { year, ...(quarter ? { quarter } : {}) }, first: 500, after },
        });
        const list = result.data!.scoreList;
        return {
          nodes: list.edges.map((e) => e.node),
          totalCount: list.totalCount,
          endCursor: list.pageInfo.endCursor ?? null,
          hasNextPage: list.pageInfo.hasNextPage,
        };
      });
    Promise.all([read(null), read(1), read(2), read(3), read(4)])
      .then(([whole, ...quarters]) => {
        if (live) setState({ year, data: { year: whole, quarters } });
      })
      .catch(() => {
        // The error link shows the server's message; the charts stay empty.
        if (live) setState({ year, data: { year: [], quarters: [] } });
      });
    return () => {
      live = false;
    };
  }, [client, year]);
  return state?.year === year
    ? { data: state.data, loading: false }
    : { data: null, loading: true };
}

/** 全局概览: the bureau's year at a glance, drawn with ECharts (only this route loads it). */
export default function OverviewPage() {
  const t = useT();
  const { all: branches } = useActiveBranch();
  const [year, setYear] = useState(currentYear());
  const { data, loading } = useYearScores(year);
  const branchName = useMemo(() => new Map(branches.map((b) => [b.id, b.name])), [branches]);
  const branchIds = useMemo(() => branches.map((b) => b.id), [branches]);

  const figures = useMemo(() => {
    if (!data) return null;
    return {
      kpis: kpis(data.year),
      histogram: histogram(data.year.map((p) => Number(p.total))),
      outcomes: outcomesByBranch(data.year, branchIds),
      trend: quarterTrend(data.quarters, branchIds),
    };
  }, [data, branchIds]);

  const distribution: EChartsOption | null = figures && {
    tooltip: { trigger: 'axis' },
    grid: { left: 40, right: 16, top: 24, bottom: 40 },
    xAxis: {
      type: 'category',
      data: figures.histogram.labels,
      name: t('overview.scoreRange'),
      axisLabel: { interval: 0, fontSize: 10 },
    },
    yAxis: { type: 'value', minInterval: 1, name: t('overview.count') },
    series: [
      {
        type: 'bar',
        name: t('overview.count'),
        data: figures.histogram.counts.map((count, i) => ({
          value: count,
          // Bins below 60 red, 60–70 amber, 80 and above green: the outcome bands at a glance.
          itemStyle: {
            color:
              i <= 2
                ? BAND_COLORS.redWarning.chart
                : i <= 4
                  ? BAND_COLORS.yellowWarning.chart
                  : i <= 6
                    ? BAND_COLORS.incentive.chart
                    : BAND_COLORS.priorityCandidate.chart,
          },
        })),
      },
    ],
  };

  const outcomes: EChartsOption | null = figures && {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { bottom: 0 },
    grid: { left: 40, right: 16, top: 16, bottom: 72 },
    xAxis: {
      type: 'category',
      data: figures.outcomes.branchIds.map((id) => branchName.get(id) ?? id),
      axisLabel: { interval: 0, rotate: 30, fontSize: 11 },
    },
    yAxis: { type: 'value', minInterval: 1 },
    series: figures.outcomes.series.map((s) => ({
      type: 'bar',
      stack: 'outcomes',
      name: t(bandShortLabel(s.band)),
      itemStyle: { color: BAND_COLORS[s.band].chart },
      data: s.counts,
    })),
  };

  const trend: EChartsOption | null = figures && {
    tooltip: { trigger: 'axis' },
    legend: { bottom: 0, type: 'scroll' },
    grid: { left: 40, right: 16, top: 16, bottom: 56 },
    xAxis: {
      type: 'category',
      data: figures.trend.quarters.map((q) => t('cmt.quarterN', { quarter: q })),
    },
    yAxis: { type: 'value', scale: true, name: t('overview.meanOf') },
    series: [
      {
        type: 'line',
        name: t('overview.bureau'),
        data: figures.trend.bureau,
        lineStyle: { width: 3, color: PARTY_RED },
        itemStyle: { color: PARTY_RED },
      },
      ...figures.trend.branches.map((b) => ({
        type: 'line' as const,
        name: branchName.get(b.branchId) ?? b.branchId,
        data: b.means,
        lineStyle: { width: 1 },
      })),
    ],
  };

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card
        title={t('overview.title')}
        extra={<YearSelect value={year} onChange={setYear} />}
        data-testid="overview"
      >
        {loading || !figures ? (
          <Spin />
        ) : (
          <Row gutter={[16, 16]}>
            <Col xs={12} md={6}>
              <Statistic title={t('overview.members')} value={figures.kpis.members} />
            </Col>
            <Col xs={12} md={6}>
              <Statistic title={t('overview.mean')} value={figures.kpis.mean ?? '—'} />
            </Col>
            <Col xs={12} md={6}>
              <Statistic title={t('overview.priority')} value={figures.kpis.priority} />
            </Col>
            <Col xs={12} md={6}>
              <Statistic
                title={t('overview.warnings')}
                value={figures.kpis.warnings}
                styles={{ content: { color: BAND_COLORS.redWarning.chart } }}
              />
            </Col>
          </Row>
        )}
      </Card>
      {figures && figures.kpis.members === 0 ? (
        <Card>
          <Empty />
        </Card>
      ) : (
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={12}>
            <Card title={t('overview.distribution')} size="small">
              {distribution ? (
                <Chart option={distribution} testId="chart-distribution" />
              ) : (
                <Spin />
              )}
            </Card>
          </Col>
          <Col xs={24} xl={12}>
            <Card title={t('overview.outcomesByBranch')} size="small">
              {outcomes ? <Chart option={outcomes} testId="chart-outcomes" /> : <Spin />}
            </Card>
          </Col>
          <Col xs={24}>
            <Card
              title={t('overview.trend')}
              size="small"
              extra={<Typography.Text type="secondary">{t('overview.trendNote')}</Typography.Text>}
            >
              {trend ? <Chart option={trend} testId="chart-trend" /> : <Spin />}
            </Card>
          </Col>
        </Row>
      )}
    </Space>
  );
}
