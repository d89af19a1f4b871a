import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { loggedIn, renderApp, viewer, type FakeAnswer } from '../../test/render-app';

// ECharts draws on a canvas, which the test DOM lacks; the titles around the charts are tested.
vi.mock('../../components/Chart', () => ({
  Chart: ({ testId }: { testId?: string }) => <div data-testid={testId} />,
}));

const NONE: FakeAnswer = {
  errors: [{ message: '无', extensions: { code: 'NOT_FOUND', messageEn: 'none' } }],
  data: null,
};

const band = (name: string, labelZh: string, count: number) => ({
  __typename: 'StatisticsBandCount',
  band: name,
  labelZh,
  labelEn: labelZh,
  count,
});

/** The server's statistics of a year: provisional (not approved) or final. */
function statistics(provisional: boolean) {
  const tag = (label: string) => (provisional ? `预计 · ${label}` : label);
  return {
    bureau: {
      __typename: 'ScoreStatistics',
      asOf: '2026-10',
      minGroupSize: 3,
      groups: [
        {
          __typename: 'StatisticsGroup',
          suppressed: false,
          provisional,
          memberCount: 150,
          total: { __typename: 'StatisticsAggregate', mean: '78.40', median: '79.00' },
          bands: [
            band('priorityCandidate', tag('优先推荐'), 12),
            band('none', tag('其他'), 120),
            band('yellowWarning', tag('黄色预警'), 15),
            band('redWarning', tag('红色预警'), 3),
          ],
          histogram: [],
        },
      ],
    },
    branches: { __typename: 'ScoreStatistics', groups: [] },
    months: { __typename: 'ScoreStatistics', groups: [] },
    branchMonths: { __typename: 'ScoreStatistics', groups: [] },
  };
}

function open(provisional: boolean) {
  const server = loggedIn(viewer([{ role: 'COMMITTEE_ADMIN', branchId: null }], '机关党委'), {
    OverviewStatistics: () => ({ data: statistics(provisional) }),
    BranchParticipation: () => NONE,
  });
  renderApp('/overview', server);
}

describe('the overview of a year', () => {
  it('calls a year still running provisional, its bands projections and its warnings early', async () => {
    open(true);
    expect(
      await screen.findByTestId('overview-provisional', {}, { timeout: 15_000 }),
    ).toHaveTextContent('暂定：年度未审定，计至 2026-10');
    expect(screen.getByText('预计优先推荐')).toBeInTheDocument();
    expect(screen.getByText('进度预警（黄 / 红）')).toBeInTheDocument();
    expect(screen.getByText('年度积分分布（暂定，计至 2026-10）')).toBeInTheDocument();
    expect(screen.getByText('各支部预计区间（暂定）')).toBeInTheDocument();
    expect(screen.queryByText('各支部积分运用结果')).toBeNull();
    expect(screen.getByText('15 / 3')).toBeInTheDocument();
  }, 30_000);

  it('gives an approved year its final titles', async () => {
    open(false);
    expect(await screen.findByText('优先推荐', {}, { timeout: 15_000 })).toBeInTheDocument();
    expect(screen.getByText('预警人数（黄 / 红）')).toBeInTheDocument();
    expect(screen.getByText('各支部积分运用结果')).toBeInTheDocument();
    expect(screen.queryByTestId('overview-provisional')).toBeNull();
  }, 30_000);
});
