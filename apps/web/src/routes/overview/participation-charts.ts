import type { EChartsOption } from 'echarts';
import type { Locale, Translate } from '../../app/i18n';
import type { BranchParticipationQuery } from '../../graphql/graphql';
import { BRANCH_BARS_LEGEND } from './overview-charts';

export type ParticipationRow =
  BranchParticipationQuery['participationStatistics']['groups'][number];

type Named = { nameZh: string; nameEn: string };
export const itemName = (locale: Locale, x: Named) => (locale === 'en' ? x.nameEn : x.nameZh);

/**
 * The items the groups list (a group lists only the items its ledger has lines for), each once,
 * in the server's order: the columns and series, not a figure.
 */
export function itemsOf<T extends { itemCode: string }>(
  groups: readonly ParticipationRow[],
  pick: (g: ParticipationRow) => readonly T[],
): T[] {
  const seen = new Map<string, T>();
  for (const g of groups)
    for (const item of pick(g)) if (!seen.has(item.itemCode)) seen.set(item.itemCode, item);
  return [...seen.values()];
}

/** A rate the server sent as text, for a chart; a suppressed or missing one is a gap. */
const rate = (text: string | null | undefined) => (text == null ? null : Number(text));

/**
 * 参与情况 by branch: the attendance rate, each quota item's share of full months and the dues'
 * on-time share, side by side per branch — all percentages the server computed. Many branches
 * scroll (dataZoom) rather than squeeze.
 */
export function participationChart(
  groups: readonly ParticipationRow[],
  locale: Locale,
  t: Translate,
): EChartsOption | null {
  const shown = groups.filter((g) => !g.suppressed);
  if (shown.length === 0) return null;
  const series: { name: string; data: (number | null)[] }[] = [
    { name: t('participation.attendanceRate'), data: shown.map((g) => rate(g.attendanceRate)) },
    ...itemsOf(shown, (g) => g.quotas).map((q) => ({
      name: t('participation.fullShareOf', { item: itemName(locale, q) }),
      data: shown.map((g) => rate(g.quotas.find((x) => x.itemCode === q.itemCode)?.fullShare)),
    })),
    ...itemsOf(shown, (g) => g.dues).map((d) => ({
      name: t('participation.onTimeShareOf', { item: itemName(locale, d) }),
      data: shown.map((g) => rate(g.dues.find((x) => x.itemCode === d.itemCode)?.onTimeShare)),
    })),
  ];
  const many = shown.length > 12;
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v) => `${v} %` },
    legend: BRANCH_BARS_LEGEND,
    grid: { left: 48, right: 16, top: 48, bottom: many ? 104 : 72 },
    xAxis: {
      type: 'category',
      data: shown.map((g) => g.key.branchName ?? ''),
      axisLabel: { interval: 0, rotate: 30, fontSize: 11 },
    },
    yAxis: { type: 'value', min: 0, max: 100, name: '%' },
    ...(many ? { dataZoom: [{ type: 'slider', bottom: 8, startValue: 0, endValue: 11 }] } : {}),
    series: series.map((s) => ({ type: 'bar' as const, name: s.name, data: s.data })),
  };
}
