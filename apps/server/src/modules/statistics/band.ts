import { outcomeBandLabel } from '@jifen/scoring';

/**
 * The band a member's year falls in, for statistics: the ONE place that decides it. The outcome
 * band of an approved year; for a provisional year (no outcome band) the band of its projection.
 */
export function bandSql(yearSummary: string): string {
  return `coalesce(${yearSummary}.outcome_band, ${yearSummary}.projection_band, 'none')`;
}

/**
 * Whether that band is a projection: the year is not approved yet, so the band is where the
 * member is on course for, never a final result (labelled 预计 wherever it is shown).
 */
export function projectedSql(yearSummary: string): string {
  return `(${yearSummary}.outcome_band is null)`;
}

/**
 * A band's words for a count of which `projected` are projections: 预计 · 红色预警 when all are,
 * 红色预警（含预计 n 人） when some are.
 */
export function countedBandLabel(
  band: string,
  count: number,
  projected: number,
): { zh: string; en: string } {
  const label = outcomeBandLabel(band);
  if (projected <= 0) return label;
  if (projected >= count) return { zh: `预计 · ${label.zh}`, en: `Projected · ${label.en}` };
  return {
    zh: `${label.zh}（含预计 ${projected} 人）`,
    en: `${label.en} (${projected} projected)`,
  };
}
