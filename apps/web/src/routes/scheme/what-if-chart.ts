import type { EChartsOption } from 'echarts';
import type { Translate } from '../../app/i18n';
import { PARTY_RED } from '../../app/providers';
import type { SchemeWhatIfQuery } from '../../graphql/graphql';

type Distribution = SchemeWhatIfQuery['schemeWhatIf']['bureau']['distribution'];

/** The scheme in force in grey, the draft in the party's red: the draft is what is being judged. */
const CURRENT_GREY = '#8c8c8c';

/**
 * The bureau's totals under each scheme, side by side in the server's score ranges, each bar
 * labelled with its count (an empty range has no label, so the counts that matter stand out).
 */
export function whatIfDistributionChart(distribution: Distribution, t: Translate): EChartsOption {
  const bars = (name: string, color: string, counts: number[]) => ({
    type: 'bar' as const,
    name,
    itemStyle: { color },
    label: {
      show: true,
      position: 'top' as const,
      fontSize: 10,
      formatter: ({ value }: { value: unknown }) => (value ? String(value) : ''),
    },
    data: counts,
  });
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0 },
    grid: { left: 40, right: 16, top: 40, bottom: 40 },
    xAxis: {
      type: 'category',
      data: distribution.map((d) => `${d.from}–${d.to}`),
      name: t('whatIf.range'),
      nameLocation: 'middle',
      nameGap: 28,
      axisLabel: { interval: 0, fontSize: 10 },
    },
    yAxis: { type: 'value', minInterval: 1, name: t('overview.count') },
    series: [
      bars(
        t('scheme.whatIf.current'),
        CURRENT_GREY,
        distribution.map((d) => d.current),
      ),
      bars(
        t('scheme.whatIf.draft'),
        PARTY_RED,
        distribution.map((d) => d.draft),
      ),
    ],
  };
}
