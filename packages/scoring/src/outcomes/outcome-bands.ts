import type { LocalizedText } from '../i18n/locale.js';
import type { OutcomeBand } from './outcome.js';

/**
 * The outcome bands, best first, with their names (积分运用): the one place a band is named, so a
 * member's own page, the committee's lists, statistics and the exports say the same words. The
 * thresholds are the scheme's settings, so a name carries none.
 */
export const OUTCOME_BANDS: readonly { band: OutcomeBand; label: LocalizedText }[] = [
  { band: 'priorityCandidate', label: { zh: '优先推荐', en: 'Priority candidate' } },
  { band: 'incentive', label: { zh: '激励关怀', en: 'Incentive' } },
  { band: 'none', label: { zh: '其他', en: 'Other' } },
  { band: 'yellowWarning', label: { zh: '黄色预警', en: 'Yellow warning' } },
  { band: 'redWarning', label: { zh: '红色预警', en: 'Red warning' } },
];

/** The name of `band`; a code that is not a band is its own name. */
export function outcomeBandLabel(band: string): LocalizedText {
  const found = OUTCOME_BANDS.find((b) => b.band === band);
  return found ? found.label : { zh: band, en: band };
}
