import { say, type Label, type Locale } from '../../../graphql/locale.js';
import type { Correction } from './correction.entity.js';

/*
 * The words a correction's record is shown with. They are kept apart from what people typed
 * (a reason, a branch's decision), so that each reader sees them in their own language.
 */

/** Before the branch's decision, when a correction follows an upheld objection. */
const OBJECTION_UPHELD: Label = { zh: '公示异议成立：', en: 'objection upheld: ' };
/** Before the reason, on a list published again after a correction. */
const CORRECTED_LIST: Label = { zh: '更正：', en: 'correction: ' };
/** A warning case a correction withdrew: the corrected total comes before the reason. */
const NO_LONGER_WARNED: Label = {
  zh: '更正后不再预警（{total} 分）：',
  en: 'no longer a warning after the correction ({total} points): ',
};

type Reasoned = Pick<Correction, 'reason' | 'objectionId'>;

const inSentence = (label: Label, locale: Locale) => (locale === 'zh-CN' ? label.zh : label.en);

/** A correction's reason as read: the decision of the objection it follows, so named. */
export function correctionReason(c: Reasoned, locale: Locale): string {
  return c.objectionId ? `${say(OBJECTION_UPHELD, locale)}${c.reason}` : c.reason;
}

/** The note of a list published again after a correction. */
export function correctedListNote(c: Reasoned, locale: Locale): string {
  const upheld = c.objectionId ? inSentence(OBJECTION_UPHELD, locale) : '';
  return `${say(CORRECTED_LIST, locale)}${upheld}${c.reason}`;
}

/** The closing note of a warning case a correction withdrew: its new total, then why. */
export function withdrawnCaseNote(total: string, why: string, locale: Locale): string {
  return `${say(NO_LONGER_WARNED, locale).replace('{total}', total)}${why}`;
}
