/**
 * The ledger rows that are facts of the scoring package, as one `union all` of a select per
 * table in the same text columns (kind, id, member_id, code, month, v, note): a cleared cell
 * (not present, no value, no status, a count of 0) and a declaration that does not count are no
 * fact. `where` limits each table to the rows read (bureau, members, months), with numbered
 * parameters or columns of the statement around it, not `?`. The facts loader and the member-year
 * read both read the ledger through it, so the two cannot disagree on what counts.
 */
export function ledgerFactRows(where: string): string {
  return [
    `select 'a' as kind, id, member_id, session_id::text as code, null as month, null as v, null as note
       from attendance where ${where} and present`,
    `select 'q', id, member_id, item_code, month, value::text, null
       from quota_entry where ${where} and value is not null`,
    `select 'd', id, member_id, item_code, month, status::text, null
       from duty_entry where ${where} and status is not null`,
    `select 'v', id, member_id, item_code, month, count::text, note
       from violation where ${where} and count > 0`,
    `select 'p', id, member_id, item_code, month, counted_points::text, null
       from declaration where ${where} and counted_points is not null`,
  ].join('\n     union all\n     ');
}
