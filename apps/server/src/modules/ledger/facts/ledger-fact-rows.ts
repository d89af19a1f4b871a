import type { AttendanceFact } from '@jifen/scoring';
import { ledgerFacts } from './ledger-facts.js';

/** Which ledger rows to read, as SQL expressions: numbered parameters or outer columns, no `?`. */
export type FactRowsOf = {
  bureau: string;
  /** A `uuid[]` of the members; each is read once, whatever it repeats. */
  members: string;
  first: string;
  last: string;
};

/**
 * The ledger rows that are facts of the scoring package, as one `union all` of a select per
 * table in the same text columns (kind, id, member_id, code, month, v, note): a cleared cell
 * (not present, no value, no status, a count of 0) and a declaration that does not count are no
 * fact. The facts loader and the member-year read both read the ledger through it, so the two
 * cannot disagree on what counts.
 *
 * A member's attendance is ONE row (kind `a`, `code` packed: see `unpackAttendance`): two thirds
 * of a bureau's facts are attendance, and a row each cost the refresh more to receive and parse
 * than all its other facts. Scores without explanations need no record's id (explanations name
 * the sign-ins): with `recordIds: false` the row is kind `A` and packs the sessions alone (the
 * facts loader matches them to the member's sessions: attended-sessions.ts), half the bytes to
 * turn into text, send and read. Each member's row is aggregated from the
 * index on its own, already in order: one `group by` over a batch sorted its 20,000 sign-ins
 * first, about twice the time (16 against 7 ms for 250 members in `explain analyze`).
 */
export function ledgerFactRows(
  of: FactRowsOf,
  { recordIds = true }: { recordIds?: boolean } = {},
): string {
  const months = `month between ${of.first} and ${of.last}`;
  const where = `bureau_id = ${of.bureau} and member_id = any(${of.members}) and ${months}`;
  // Explanations name a quota's or a dues record's id; scores alone do not (a third of a bureau's
  // records are these, each id 36 characters to print, send and read).
  const recordId = recordIds ? 'id' : 'null';
  return [
    `select ${recordIds ? `'a'` : `'A'`} as kind, null as id, u.member_id, a.code,
            null as month, null as v, null as note
       from (select distinct unnest(${of.members}) as member_id) u
       cross join lateral (select string_agg(${recordIds ? 'id::text || ' : ''}session_id::text, '') as code
         from attendance where bureau_id = ${of.bureau} and member_id = u.member_id and ${months}
          and present) a
      where a.code is not null`,
    `select 'q', ${recordId}, member_id, item_code, month, value::text, null
       from quota_entry where ${where} and value is not null`,
    `select 'd', ${recordId}, member_id, item_code, month, status::text, null
       from duty_entry where ${where} and status is not null`,
    `select 'v', id, member_id, item_code, month, count::text, note
       from violation where ${where} and count > 0`,
    `select 'p', id, member_id, item_code, month, counted_points::text, null
       from declaration where ${where} and counted_points is not null`,
  ].join('\n     union all\n     ');
}

/** A uuid's text is always 36 characters: the packed ids of an `a` or `A` row are unseparated. */
export const UUID_TEXT = 36;

/** A member's attendance facts from the `code` of their `a` row (see `ledgerFactRows`). */
export function unpackAttendance(packed: string, into: AttendanceFact[] = []): AttendanceFact[] {
  for (let i = 0; i + 2 * UUID_TEXT <= packed.length; i += 2 * UUID_TEXT) {
    into.push(
      ledgerFacts.attendance({
        id: packed.slice(i, i + UUID_TEXT),
        sessionId: packed.slice(i + UUID_TEXT, i + 2 * UUID_TEXT),
      }),
    );
  }
  return into;
}
