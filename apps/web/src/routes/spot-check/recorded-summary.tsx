import { Fragment } from 'react';
import type { Locale, Translate } from '../../app/i18n';
import { dutyCellWord } from '../ledger/sheet-model';
import type { SpotCheckItemFieldsFragment } from '../../graphql/graphql';

type Item = Pick<SpotCheckItemFieldsFragment, 'kind' | 'recorded'>;

/** One clause of a sampled record; `free` text (notes, topics) may wrap, the rest keeps whole. */
export type RecordedClause = { text: string; free: boolean };

/** What the sampled record said, in the reader's words (the values come from the server). */
export function recordedClauses(item: Item, t: Translate, locale: Locale): RecordedClause[] {
  const r = item.recorded;
  const clauses: RecordedClause[] = [];
  const fixed = (text: string | null | undefined) => text && clauses.push({ text, free: false });
  const free = (text: string | null | undefined) => text && clauses.push({ text, free: true });
  switch (item.kind) {
    case 'QUOTA_ENTRY':
      fixed(t('spot.rec.value', { value: r.value ?? '' }));
      break;
    case 'DUTY_ENTRY':
      if (r.dutyStatus) fixed(dutyCellWord(r.dutyStatus, locale));
      if (r.paidOn) fixed(t('spot.rec.paidOn', { date: r.paidOn }));
      break;
    case 'VIOLATION':
      fixed(t('spot.rec.count', { count: r.count ?? 0 }));
      free(r.note);
      if (r.decision) free(t('spot.rec.decision', { decision: r.decision }));
      break;
    case 'SESSION':
      fixed(r.date);
      free(r.topic);
      fixed(t('spot.rec.attendees', { n: r.attendees?.length ?? 0 }));
      break;
    case 'DECLARATION':
      free(r.note);
      fixed(t('spot.rec.points', { points: r.points ?? '' }));
      break;
  }
  return clauses;
}

/**
 * The record's clauses joined by the locale's separator. A date such as 2026-09-05 or a count
 * never breaks across lines in a narrow column; only free text wraps.
 */
export function RecordedSummary({ item, t, locale }: { item: Item; t: Translate; locale: Locale }) {
  const separator = t('app.clauseSeparator');
  return (
    <>
      {recordedClauses(item, t, locale).map((c, i) => (
        <Fragment key={i}>
          {i > 0 && separator}
          {c.free ? c.text : <span style={{ whiteSpace: 'nowrap' }}>{c.text}</span>}
        </Fragment>
      ))}
    </>
  );
}
