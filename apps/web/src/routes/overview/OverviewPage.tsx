import { useQuery } from '@apollo/client/react';
import { Card, Col, Empty, Row, Space, Spin, Statistic, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useLocale } from '../../app/i18n';
import { BAND_COLORS, useOutcomeBands } from '../../components/outcome-band';
import { YearSelect, currentYear } from '../../components/YearSelect';
import { OverviewStatisticsDocument } from '../../graphql/graphql';
import { BranchComparison } from './BranchComparison';
import { BranchOverdue } from './BranchOverdue';
import { BranchParticipation } from './BranchParticipation';
import { Chart } from '../../components/Chart';
import { distributionChart, outcomesChart, trendChart } from './overview-charts';

/**
 * 全局概览: the year at a glance for the caller's branches (the bureau for the committee and
 * analysts). Every figure is the server's (scoreStatistics); this page only draws them.
 */
export default function OverviewPage() {
  const { t, locale } = useLocale();
  const { bands } = useOutcomeBands();
  const [year, setYear] = useState(currentYear());
  const { data, loading } = useQuery(OverviewStatisticsDocument, { variables: { year } });
  const bureau = data?.bureau.groups[0] ?? null;
  // A year not yet approved has projections, never final bands: every title says so.
  const provisional = bureau?.provisional ?? false;
  const asOf = data?.bureau.asOf ?? '';
  const count = (band: string) => bureau?.bands.find((b) => b.band === band)?.count ?? 0;
  const kpis = bureau && {
    members: bureau.memberCount ?? 0,
    mean: bureau.total?.mean ?? '—',
    priority: count('priorityCandidate'),
    warnings: `${count('yellowWarning')} / ${count('redWarning')}`,
  };
  const distribution = data ? distributionChart(data, t) : null;
  const outcomes = data
    ? outcomesChart(
        data,
        locale,
        bands.map((b) => b.code),
      )
    : null;
  const trend = data ? trendChart(data, t) : null;

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card
        title={
          <Space>
            {t('overview.title')}
            {provisional && (
              <Tag color="orange" data-testid="overview-provisional">
                {t('overview.provisional', { month: asOf })}
              </Tag>
            )}
          </Space>
        }
        extra={<YearSelect value={year} onChange={setYear} />}
        data-testid="overview"
      >
        {loading || !data ? (
          <Spin />
        ) : !kpis ? (
          <Empty />
        ) : (
          <Row gutter={[16, 16]}>
            <Col xs={12} md={6}>
              <Statistic title={t('overview.members')} value={kpis.members} />
            </Col>
            <Col xs={12} md={6}>
              <Statistic title={t('overview.mean')} value={kpis.mean} />
            </Col>
            <Col xs={12} md={6}>
              <Statistic
                title={t(provisional ? 'overview.priorityProjected' : 'overview.priority')}
                value={kpis.priority}
              />
            </Col>
            <Col xs={12} md={6}>
              <Statistic
                title={t(provisional ? 'overview.warningsProjected' : 'overview.warnings')}
                value={kpis.warnings}
                styles={{ content: { color: BAND_COLORS['redWarning']?.chart } }}
              />
            </Col>
          </Row>
        )}
      </Card>
      <BranchOverdue />
      {data && !kpis ? (
        <Card>
          <Empty />
        </Card>
      ) : (
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={12}>
            <Card
              title={
                provisional
                  ? t('overview.distributionProvisional', { month: asOf })
                  : t('overview.distribution')
              }
              size="small"
            >
              {distribution ? (
                <Chart option={distribution} testId="chart-distribution" />
              ) : loading ? (
                <Spin />
              ) : (
                <Empty />
              )}
            </Card>
          </Col>
          <Col xs={24} xl={12}>
            <Card
              title={t(provisional ? 'overview.outcomesProjected' : 'overview.outcomesByBranch')}
              size="small"
            >
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
          <Col xs={24}>
            <Card title={t('overview.branchComparison')} size="small">
              {data ? (
                <BranchComparison
                  groups={data.branches.groups}
                  minGroupSize={data.bureau.minGroupSize}
                />
              ) : (
                <Spin />
              )}
            </Card>
          </Col>
          <Col xs={24}>
            <Card
              title={t('participation.title')}
              size="small"
              extra={<Typography.Text type="secondary">{t('participation.note')}</Typography.Text>}
            >
              <BranchParticipation filter={{ year }} />
            </Card>
          </Col>
        </Row>
      )}
    </Space>
  );
}
