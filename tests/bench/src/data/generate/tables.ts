// The tables a generated bureau fills: their names and columns, in the order the generator returns
// them, each starting empty. The rows are plain column arrays, in these columns' order.
import type { Row, TableData } from '../generate.js';

function table(name: string, columns: string[]): TableData {
  return { table: name, columns, rows: [] };
}

const LEDGER = ['version', 'created_by_id', 'updated_by_id', 'created_at', 'updated_at'];

/** A ledger table: its bureau, id and branch, the columns every ledger row carries, then its own. */
function ledgerTable(name: string, columns: string[]): TableData {
  return table(name, ['bureau_id', 'id', 'branch_id', ...LEDGER, ...columns]);
}

/**
 * The first columns of a ledger row written once by `author` at `when` (version 1, never
 * updated), in `ledgerTable`'s order.
 */
export function ledgerRowHead(
  bureauId: string,
  id: string,
  branchId: string,
  author: string,
  when: string,
): Row {
  return [bureauId, id, branchId, 1, author, null, when, when];
}

export type BureauTables = ReturnType<typeof bureauTables>;

export function bureauTables() {
  const bureau = table('bureau', ['id', 'name', 'code', 'created_at']);
  const branch = table('branch', ['bureau_id', 'id', 'name', 'code', 'sort_order', 'created_at']);
  const group = table('party_group', ['bureau_id', 'id', 'branch_id', 'name']);
  const member = table('member', [
    'bureau_id',
    'id',
    'branch_id',
    'name',
    'status',
    'joined_on',
    'full_member_on',
    'position',
    'group_id',
    'active',
  ]);
  const membership = table('membership', [
    'bureau_id',
    'id',
    'branch_id',
    'member_id',
    'from_month',
    'to_month',
  ]);
  const user = table('user_account', [
    'bureau_id',
    'id',
    'login_name',
    'password_hash',
    'display_name',
    'disabled',
    'member_id',
    'failed_logins',
    'created_at',
  ]);
  const login = table('login_name', ['login_name', 'bureau_id', 'user_id']);
  const role = table('role_assignment', ['bureau_id', 'id', 'user_id', 'role', 'branch_id']);
  const scheme = table('scheme', [
    'bureau_id',
    'id',
    'year',
    'version',
    'status',
    'definition',
    'effective_from_month',
    'origin',
    'published_at',
    'published_by_id',
    'created_by_id',
    'created_at',
    'revision',
  ]);
  const evidence = table('evidence_file', [
    'bureau_id',
    'id',
    'branch_id',
    'sha256',
    'file_name',
    'mime_type',
    'size',
    'uploaded_by_id',
    'created_at',
  ]);
  const session = ledgerTable('branch_session', [
    'item_code',
    'date',
    'month',
    'topic',
    'evidence_id',
  ]);
  const attendance = ledgerTable('attendance', ['session_id', 'member_id', 'month', 'present']);
  const quota = ledgerTable('quota_entry', ['member_id', 'month', 'item_code', 'value']);
  const duty = ledgerTable('duty_entry', ['member_id', 'month', 'item_code', 'status', 'paid_on']);
  const violation = ledgerTable('violation', [
    'member_id',
    'month',
    'item_code',
    'count',
    'note',
    'decision',
    'decided_on',
  ]);
  // Months marked recorded (已录入): scores count through them. All twelve, except December in
  // the branches left empty for the write benchmark, whose scorekeepers are still entering it.
  const recordedMonths = table('recorded_month', [
    'bureau_id',
    'id',
    'branch_id',
    'month',
    'recorded_by_id',
    'recorded_at',
  ]);
  const declaration = ledgerTable('declaration', [
    'member_id',
    'month',
    'item_code',
    'description',
    'declared_points',
    'status',
    'scorekeeper_accepted',
    'counted_points',
    'last_reason',
  ]);
  const event = table('declaration_event', [
    'bureau_id',
    'id',
    'branch_id',
    'declaration_id',
    'step',
    'actor_user_id',
    'actor_role',
    'reason',
    'points',
    'at',
  ]);
  return {
    bureau,
    branch,
    group,
    member,
    membership,
    user,
    login,
    role,
    scheme,
    evidence,
    session,
    attendance,
    quota,
    duty,
    violation,
    recordedMonths,
    declaration,
    event,
  };
}

/** The tables as the generator returns them, in this order. */
export function tableList(t: BureauTables): TableData[] {
  return [
    t.bureau,
    t.branch,
    t.group,
    t.member,
    t.membership,
    t.user,
    t.login,
    t.role,
    t.scheme,
    t.evidence,
    t.session,
    t.attendance,
    t.quota,
    t.duty,
    t.violation,
    t.recordedMonths,
    t.declaration,
    t.event,
  ];
}

export type SheetTables = ReturnType<typeof sheetTables>;

/** Empty tables of a sheet plan's rows, in the same columns as the bureau's own. */
export function sheetTables(t: BureauTables) {
  return {
    attendance: table('attendance', t.attendance.columns as string[]),
    quota: table('quota_entry', t.quota.columns as string[]),
    duty: table('duty_entry', t.duty.columns as string[]),
  };
}
