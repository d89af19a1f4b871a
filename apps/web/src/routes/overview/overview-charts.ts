import type { EChartsOption } from 'echarts';
import type { Locale, Translate } from '../../app/i18n';
import { PARTY_RED } from '../../app/providers';
import { BAND_COLORS } from '../../components/outcome-band';
import type { OverviewStatisticsQuery } from '../../graphql/graphql';

type Stats = OverviewStatisticsQuery;
type Labelled = { labelZh: string; labelEn: string };

/** The server's label in the reader's language. */
export const label = (locale: Locale, x: Labelled) => (locale === 'en' ? x.labelEn : x.labelZh);

/** A figure the server sent as text, for a chart; a suppressed or missing one is a gap. */
const value = (text: string | null | undefined) => (text == null ? null : Number(text));

/**
 * The bureau's distribution, in the server's buckets. One colour: which band a score falls in is
 * the scheme's rule, kept on the server (the bands are in the chart beside this one).
 */
export function distributionChart(stats: Stats, t: Translate): EChartsOption | null {
  const bureau = stats.bureau.groups[0];
  if (!bureau || bureau.suppressed) return null;
  return {
    tooltip: { trigger: 'axis' },
    grid: { left: 40, right: 16, top: 24, bottom: 40 },
    xAxis: {
      type: 'category',
      data: bureau.histogram.map((b) => `${b.from}–${b.to}`),
      name: t('overview.scoreRange'),
      axisLabel: { interval: 0, fontSize: 10 },
    },
    yAxis: { type: 'value', minInterval: 1, name: t('overview.count') },
    series: [
      {
        type: 'bar',
        name: t('overview.count'),
        itemStyle: { color: PARTY_RED },
        data: bureau.histogram.map((b) => b.count),
      },
    ],
  };
}

/**
 * Bars by branch name: the names are slanted to fit and reach down to the chart's bottom edge, so
 * the legend sits above the bars, where it cannot cover them.
 */
export const BRANCH_BARS_LEGEND = { top: 0, type: 'scroll' } as const;

/**
 * Members in each band, per branch (stacked, in `order`: the server's bands, best first); small
 * branches show no bars.
 */
export function outcomesChart(stats: Stats, locale: Locale, order: string[]): EChartsOption {
  const branches = stats.branches.groups;
  const present = order.filter((band) =>
    branches.some((g) => g.bands.some((b) => b.band === band && b.count > 0)),
  );
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: BRANCH_BARS_LEGEND,
    grid: { left: 40, right: 16, top: 40, bottom: 72 },
    xAxis: {
      type: 'category',
      data: branches.map((g) => g.key.branchName ?? ''),
      axisLabel: { interval: 0, rotate: 30, fontSize: 11 },
    },
    yAxis: { type: 'value', minInterval: 1 },
    series: present.map((band) => {
      const any = branches.flatMap((g) => g.bands).find((b) => b.band === band)!;
      return {
        type: 'bar',
        stack: 'outcomes',
        name: label(locale, any),
        itemStyle: { color: BAND_COLORS[band]?.chart },
        data: branches.map((g) =>
          g.suppressed ? null : (g.bands.find((b) => b.band === band)?.count ?? 0),
        ),
      };
    }),
  };
}

/** Mean base score of each month (a month's score is its base score), bureau and branches. */
export function trendChart(stats: Stats, t: Translate): EChartsOption {
  const months = stats.months.groups.map((g) => g.key.month!);
  const byBranch = new Map<string, { name: string; means: Map<string, number | null> }>();
  for (const g of stats.branchMonths.groups) {
    const id = g.key.branchId!;
    if (!byBranch.has(id)) byBranch.set(id, { name: g.key.branchName ?? '', means: new Map() });
    byBranch.get(id)!.means.set(g.key.month!, g.suppressed ? null : value(g.total?.mean));
  }
  return {
    tooltip: { trigger: 'axis' },
    legend: { bottom: 0, type: 'scroll' },
    grid: { left: 40, right: 16, top: 16, bottom: 56 },
    xAxis: { type: 'category', data: months },
    yAxis: { type: 'value', scale: true, name: t('overview.meanOf') },
    series: [
      {
        type: 'line',
        name: t('overview.bureau'),
        data: stats.months.groups.map((g) => (g.suppressed ? null : value(g.total?.mean))),
        lineStyle: { width: 3, color: PARTY_RED },
        itemStyle: { color: PARTY_RED },
      },
      ...[...byBranch.values()].map((b) => ({
        type: 'line' as const,
        name: b.name,
        data: months.map((m) => b.means.get(m) ?? null),
        lineStyle: { width: 1 },
      })),
    ],
  };
}
