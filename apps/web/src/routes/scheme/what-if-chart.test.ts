import { describe, expect, it } from 'vitest';
import { translator } from '../../app/i18n';
import { whatIfDistributionChart } from './what-if-chart';

const distribution = [
  { from: 60, to: 70, current: 6, draft: 7 },
  { from: 70, to: 80, current: 137, draft: 138 },
  { from: 80, to: 90, current: 7, draft: 0 },
];

type Bars = {
  name: string;
  data: number[];
  label: { formatter: (p: { value: unknown }) => string };
};

describe('the what-if’s distribution chart', () => {
  const option = whatIfDistributionChart(distribution, translator('zh-CN'));
  const series = option.series as Bars[];

  it('puts the scheme in force and the draft side by side in the server’s ranges', () => {
    expect((option.xAxis as { data: string[] }).data).toEqual(['60–70', '70–80', '80–90']);
    expect(series.map((s) => s.name)).toEqual(['现行方案', '草稿']);
    expect(series[0]!.data).toEqual([6, 137, 7]);
    expect(series[1]!.data).toEqual([7, 138, 0]);
  });

  it('labels each bar with its count, and an empty range with nothing', () => {
    const label = series[1]!.label.formatter;
    expect(label({ value: 138 })).toBe('138');
    expect(label({ value: 0 })).toBe('');
  });

  it('names its axes in the reader’s language', () => {
    const en = whatIfDistributionChart(distribution, translator('en'));
    expect((en.series as Bars[]).map((s) => s.name)).toEqual(['In force', 'Draft']);
    expect((en.xAxis as { name: string }).name).toBe('Range');
  });
});
