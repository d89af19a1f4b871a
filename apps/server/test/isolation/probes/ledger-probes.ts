import type { Probe } from '../probe-kit.js';
import { idOf, row, uuid, writeOnRow } from '../probe-helpers.js';

const MONTH = '2026-05'; // open in every branch (ZCC's first quarter is closed)
const SHEET = 'branchId rows { memberId total cells { memberId } }';

/** The monthly ledger: sheets, Excel, sessions and attendance, violations. */
export const ledgerProbes: Probe[] = [
  {
    operation: 'monthlySheet',
    kind: 'read',
    entity: 'MonthlySheet',
    build: (_o, t) => ({
      query: `query($b: ID!, $m: String!) { monthlySheet(branchId: $b, month: $m) { ${SHEET.replace(' cells { memberId }', '')} } }`,
      variables: { b: t.branch.id, m: MONTH },
    }),
    control: (t) => t.member,
  },
  {
    operation: 'monthlySheetExcel',
    kind: 'read',
    entity: 'MonthlySheet',
    build: (_o, t) => ({
      query:
        'query($b: ID!, $m: String!) { monthlySheetExcel(branchId: $b, month: $m) { fileName contentBase64 } }',
      variables: { b: t.branch.id, m: MONTH },
    }),
  },
  {
    operation: 'monthlySheetImportPreview',
    kind: 'read',
    entity: 'MonthlySheet',
    build: (_o, t) => ({
      query: 'query($i: SheetImportInput!) { monthlySheetImportPreview(input: $i) { ok } }',
      variables: { i: { branchId: t.branch.id, month: MONTH, contentBase64: 'UEsDBA==' } },
    }),
  },
  {
    operation: 'saveMonthlySheet',
    kind: 'create-with-foreign-id',
    entity: 'QuotaEntry',
    build: (_o, t) => ({
      query: 'mutation($i: SaveMonthlySheetInput!) { saveMonthlySheet(input: $i) { applied } }',
      variables: {
        i: {
          branchId: t.branch.id,
          month: MONTH,
          idempotencyKey: uuid(),
          cells: [
            { memberId: t.member, itemCode: 'study-app-login', expectedVersion: 0, value: '1' },
          ],
        },
      },
    }),
  },
  {
    operation: 'saveMonthlySheet',
    kind: 'update',
    entity: 'QuotaEntry',
    // Own branch, the target's member: the cell must not be written across the wall.
    build: (o, t) => ({
      query: 'mutation($i: SaveMonthlySheetInput!) { saveMonthlySheet(input: $i) { applied } }',
      variables: {
        i: {
          branchId: o.branch,
          month: MONTH,
          idempotencyKey: uuid(),
          cells: [
            { memberId: t.member, itemCode: 'study-app-login', expectedVersion: 0, value: '1' },
          ],
        },
      },
    }),
  },
  {
    operation: 'importMonthlySheet',
    kind: 'create-with-foreign-id',
    entity: 'QuotaEntry',
    build: (_o, t) => ({
      query: 'mutation($i: SheetImportInput!) { importMonthlySheet(input: $i) { applied } }',
      variables: { i: { branchId: t.branch.id, month: MONTH, contentBase64: 'UEsDBA==' } },
    }),
  },
  {
    operation: 'sessions',
    kind: 'read',
    entity: 'BranchSession',
    build: (_o, t) => ({
      query:
        'query($b: ID!, $m: String!) { sessions(branchId: $b, month: $m) { id attendance { id memberId } } }',
      variables: { b: t.branch.id, m: (row(t, 'branch_session')?.['month'] as string) ?? MONTH },
    }),
    control: (t) => idOf(t, 'branch_session') ?? 'missing row',
    // A bureau-wide role naming another bureau's branch finds no session there: nothing foreign.
    refusedWhen: (data) => (data as { sessions?: unknown[] } | null)?.sessions?.length === 0,
  },
  {
    operation: 'sessions',
    kind: 'nested',
    entity: 'Attendance',
    // Own sessions: their attendance must not list the target's members.
    build: (o) => ({
      query:
        'query($b: ID!, $m: String!) { sessions(branchId: $b, month: $m) { id attendance { id memberId } } }',
      variables: { b: o.branch, m: MONTH },
    }),
  },
  {
    operation: 'recordSession',
    kind: 'create-with-foreign-id',
    entity: 'BranchSession',
    build: (_o, t) => ({
      query: 'mutation($i: RecordSessionInput!) { recordSession(input: $i) { id } }',
      variables: {
        i: {
          branchId: t.branch.id,
          date: '2026-03-10',
          itemCode: 'group-study',
          topic: '探针',
          attendeeIds: [t.member],
        },
      },
    }),
  },
  {
    operation: 'recordSession',
    kind: 'update',
    entity: 'Attendance',
    build: (o, t) => ({
      query: 'mutation($i: RecordSessionInput!) { recordSession(input: $i) { id } }',
      variables: {
        i: {
          branchId: o.branch,
          date: '2026-03-10',
          itemCode: 'group-study',
          topic: '探针',
          attendeeIds: [t.member],
        },
      },
    }),
  },
  writeOnRow(
    'updateSession',
    'BranchSession',
    'branch_session',
    'mutation($i: UpdateSessionInput!) { updateSession(input: $i) { id } }',
    (r) => ({ i: { id: r['id'], expectedVersion: r['version'], topic: '探针' } }),
  ),
  {
    ...writeOnRow(
      'deleteSession',
      'BranchSession',
      'branch_session',
      'mutation($id: ID!, $v: Int!) { deleteSession(id: $id, expectedVersion: $v) }',
      (r) => ({ id: r['id'], v: r['version'] }),
    ),
    kind: 'delete',
  },
  {
    operation: 'recordViolation',
    kind: 'create-with-foreign-id',
    entity: 'Violation',
    build: (o, t) => ({
      query: 'mutation($i: RecordViolationInput!) { recordViolation(input: $i) { id } }',
      variables: {
        i: {
          branchId: t.kind === 'own-bureau-read-only' ? t.branch.id : o.branch,
          memberId: t.member,
          month: MONTH,
          itemCode: 'violations',
          count: 1,
          decision: '探针',
          expectedVersion: 0,
        },
      },
    }),
  },
  {
    operation: 'recordedMonths',
    kind: 'read',
    entity: 'RecordedMonth',
    build: (_o, t) => ({
      query:
        'query($b: ID!) { recordedMonths(branchId: $b, year: 2026) { branchId recordedThrough months { month recorded } } }',
      variables: { b: t.branch.id },
    }),
    control: (t) => t.branch.id,
  },
  {
    operation: 'markMonthRecorded',
    kind: 'create-with-foreign-id',
    entity: 'RecordedMonth',
    build: (_o, t) => ({
      query:
        'mutation($b: ID!) { markMonthRecorded(branchId: $b, month: "2026-11") { recordedThrough } }',
      variables: { b: t.branch.id },
    }),
  },
  {
    operation: 'unmarkMonthRecorded',
    kind: 'delete',
    entity: 'RecordedMonth',
    // October is every demo branch's last recorded month: a leak would delete the target's mark.
    build: (_o, t) => ({
      query:
        'mutation($b: ID!) { unmarkMonthRecorded(branchId: $b, month: "2026-10") { recordedThrough } }',
      variables: { b: t.branch.id },
    }),
  },
];
