import type { Probe } from '../probe-kit.js';

/** The bureau's working calendar: amendments are bureau-wide, keyed by date, not by branch. */
export const calendarProbes: Probe[] = [
  {
    operation: 'calendarAmendments',
    kind: 'list',
    entity: 'CalendarAmendment',
    build: () => ({ query: '{ calendarAmendments(year: 2026) { id date byUserId } }' }),
  },
  {
    operation: 'workingCalendar',
    kind: 'list',
    entity: 'CalendarAmendment',
    build: () => ({ query: '{ workingCalendar(from: "2026-12-20", to: "2026-12-31") { date } }' }),
  },
  {
    operation: 'setCalendarDay',
    kind: 'create-with-foreign-id',
    entity: 'CalendarAmendment',
    // Names only a date of the caller's own bureau: aimed at the roles that may not amend it.
    build: (_o, t) =>
      t.kind === 'another-bureau'
        ? null
        : {
            query:
              'mutation { setCalendarDay(input: { date: "2026-12-19", kind: WORKDAY, note: "探针" }) { id } }',
          },
  },
  {
    operation: 'removeCalendarAmendment',
    kind: 'delete',
    entity: 'CalendarAmendment',
    // The other bureau's amendment is on a date its own bureau never amended.
    build: (_o, t) =>
      t.kind === 'another-bureau'
        ? { query: 'mutation { removeCalendarAmendment(date: "2026-12-27") }' }
        : { query: 'mutation { removeCalendarAmendment(date: "2026-12-26") }' },
    refusedWhen: (data) =>
      (data as { removeCalendarAmendment?: boolean } | null)?.removeCalendarAmendment === false,
  },
];
