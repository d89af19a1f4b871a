import { describe, expect, it } from 'vitest';
import { translator } from '../../app/i18n';
import type { OverviewStatisticsQuery } from '../../graphql/graphql';
import { distributionChart, outcomesChart, trendChart } from './overview-charts';

const band = (b: string, zh: string, en: string, count: number) => ({
  band: b,
  labelZh: zh,
  labelEn: en,
  count,
});
const key = { branchId: null, branchName: null, month: null };
const stats = {
  bureau: {
    asOf: '2026-11',
    minGroupSize: 3,
    groups: [
      {
        suppressed: false,
        memberCount: 9,
        total: { mean: '71.25', median: '70.00' },
        bands: [band('incentive', '激励关怀', 'Incentive', 9)],
        histogram: [
          { from: '55', to: '60', count: 2 },
          { from: '80', to: '85', count: 7 },
        ],
      },
    ],
  },
  branches: {
    groups: [
      {
        key: { ...key, branchId: 'a', branchName: '甲支部' },
        suppressed: false,
        memberCount: 7,
        total: { mean: '72', median: '72', min: '60', max: '80' },
        base: { mean: '50' },
        special: { mean: '12' },
        evaluation: null,
        categories: [],
        bands: [band('yellowWarning', '黄色预警', 'Yellow warning', 2)],
      },
      {
        key: { ...key, branchId: 'b', branchName: '乙支部' },
        suppressed: true,
        memberCount: null,
        total: null,
        base: null,
        special: null,
        evaluation: null,
        categories: [],
        bands: [],
      },
    ],
  },
  months: {
    groups: [
      { key: { month: '2026-01' }, suppressed: false, total: { mean: '40.5' } },
      { key: { month: '2026-02' }, suppressed: false, total: { mean: '41' } },
    ],
  },
  branchMonths: {
    groups: [
      {
        key: { branchId: 'a', branchName: '甲支部', month: '2026-02' },
        suppressed: false,
        total: { mean: '39.75' },
      },
    ],
  },
} as unknown as OverviewStatisticsQuery;

describe('overview charts draw the server’s figures as they are', () => {
  it('uses the server’s buckets and counts as they are', () => {
    const option = distributionChart(stats, translator('zh-CN')) as {
      xAxis: { data: string[] };
      series: { data: number[] }[];
    };
    expect(option.xAxis.data).toEqual(['55–60', '80–85']);
    expect(option.series[0]!.data).toEqual([2, 7]);
  });

  it('leaves a suppressed branch without bars and names bands in the reader’s language', () => {
    // The server's bands, best first: only those some branch has get a series.
    const order = ['priorityCandidate', 'incentive', 'none', 'yellowWarning', 'redWarning'];
    const option = outcomesChart(stats, 'en', order) as {
      xAxis: { data: string[]; axisLabel: { rotate: number } };
      legend: { top?: number; bottom?: number };
      series: { name: string; data: (number | null)[] }[];
    };
    expect(option.xAxis.data).toEqual(['甲支部', '乙支部']);
    // The slanted branch names reach the bottom edge: the legend sits above the bars instead.
    expect(option.xAxis.axisLabel.rotate).toBeGreaterThan(0);
    expect(option.legend).toMatchObject({ top: 0 });
    expect(option.legend.bottom).toBeUndefined();
    expect(option.series).toEqual([
      expect.objectContaining({ name: 'Yellow warning', data: [2, null] }),
    ]);
  });

  it('draws the monthly trend of the bureau and each branch, gaps where a month has none', () => {
    const option = trendChart(stats, translator('zh-CN')) as {
      xAxis: { data: string[] };
      series: { name: string; data: (number | null)[] }[];
    };
    expect(option.xAxis.data).toEqual(['2026-01', '2026-02']);
    expect(option.series.map((s) => [s.name, s.data])).toEqual([
      ['全局', [40.5, 41]],
      ['甲支部', [null, 39.75]],
    ]);
  });
});
