/**
 * The band a member's year falls in, for statistics: the ONE place that decides it. The outcome
 * band of an approved year; for a provisional year (no outcome band) the band of its projection.
 */
export function bandSql(yearSummary: string): string {
  return `coalesce(${yearSummary}.outcome_band, ${yearSummary}.projection_band, 'none')`;
}

/** The bands, best first, with their labels (积分运用). */
export const BANDS = [
  { band: 'priorityCandidate', zh: '优先推荐', en: 'Priority candidate' },
  { band: 'incentive', zh: '激励关怀', en: 'Incentive' },
  { band: 'none', zh: '其他', en: 'Other' },
  { band: 'yellowWarning', zh: '黄色预警', en: 'Yellow warning' },
  { band: 'redWarning', zh: '红色预警', en: 'Red warning' },
] as const;

export function bandLabel(band: string): { zh: string; en: string } {
  const found = BANDS.find((b) => b.band === band);
  return found ? { zh: found.zh, en: found.en } : { zh: band, en: band };
}
