import type { ConfirmationState, QuarterReviewFieldsFragment } from '../../graphql/graphql';
import { today } from '../../app/calendar/today';

export type Assessment = QuarterReviewFieldsFragment;
export type Row = Assessment['rows'][number];

export const CONFIRMATION_COLORS: Record<ConfirmationState, string> = {
  PENDING: 'default',
  CONFIRMED: 'success',
  OBJECTED: 'error',
  RESOLVED: 'processing',
};

/** The quarter a review is most likely about: the last one that has ended (Q4 early in January). */
export function lastEndedQuarter(day = today().toDate()): { year: number; quarter: number } {
  const q = Math.floor(day.getMonth() / 3); // 0 in Jan–Mar: last year's Q4
  return q === 0
    ? { year: day.getFullYear() - 1, quarter: 4 }
    : { year: day.getFullYear(), quarter: q };
}

/** Where the confirmations stand: what still blocks the signature. */
export function confirmationSummary(rows: readonly Row[]) {
  const state = (r: Row) => r.confirmation?.state ?? 'PENDING';
  return {
    total: rows.length,
    confirmed: rows.filter((r) => state(r) === 'CONFIRMED' || state(r) === 'RESOLVED').length,
    pending: rows.filter((r) => state(r) === 'PENDING').length,
    objected: rows.filter((r) => state(r) === 'OBJECTED').length,
    changed: rows.filter((r) => r.changedSinceConfirmed).length,
  };
}

/** Objections still open: members' objections in the review and objections to its notices. */
export function openObjections(assessment: Assessment) {
  const names = new Map(assessment.rows.map((r) => [r.memberId, r.member?.name ?? '']));
  const review = assessment.rows.filter((r) => r.confirmation?.state === 'OBJECTED');
  const notice = assessment.publications.flatMap((p) =>
    p.objections
      .filter((o) => o.state === 'RAISED')
      .map((o) => ({
        ...o,
        name: names.get(o.memberId) ?? p.rows.find((r) => r.memberId === o.memberId)?.name ?? '',
      })),
  );
  return { review, notice, count: review.length + notice.length };
}
