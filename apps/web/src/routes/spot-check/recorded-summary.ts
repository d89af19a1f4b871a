import type { Locale, Translate } from '../../app/i18n';
import { dutyCellWord } from '../ledger/sheet-model';
import type { SpotCheckItemFieldsFragment } from '../../graphql/graphql';

type Item = Pick<SpotCheckItemFieldsFragment, 'kind' | 'recorded'>;

/** What the sampled record said, in the reader's words (the values come from the server). */
export function recordedSummary(item: Item, t: Translate, locale: Locale): string {
  const r = item.recorded;
  const parts: (string | null)[] = [];
  switch (item.kind) {
    case 'QUOTA_ENTRY':
      parts.push(t('spot.rec.value', { value: r.value ?? '' }));
      break;
    case 'DUTY_ENTRY':
      if (r.dutyStatus) parts.push(dutyCellWord(r.dutyStatus, locale));
      if (r.paidOn) parts.push(t('spot.rec.paidOn', { date: r.paidOn }));
      break;
    case 'VIOLATION':
      parts.push(t('spot.rec.count', { count: r.count ?? 0 }), r.note ?? null);
      if (r.decision) parts.push(t('spot.rec.decision', { decision: r.decision }));
      break;
    case 'SESSION':
      parts.push(r.date ?? null, r.topic ?? null);
      parts.push(t('spot.rec.attendees', { n: r.attendees?.length ?? 0 }));
      break;
    case 'DECLARATION':
      parts.push(r.note ?? null, t('spot.rec.points', { points: r.points ?? '' }));
      break;
  }
  return parts.filter(Boolean).join(t('app.clauseSeparator'));
}
