import { randomUUID } from 'node:crypto';
import { CYCLE_OPS, runQuarter, testClock } from '../factories/cycle.js';
import type { TestServer } from '../test-server.js';

type Call = (query: string, variables: Record<string, unknown>, token: string) => Promise<unknown>;

/**
 * The assessment rows of one branch, so every cycle table has a row behind each wall: the first
 * quarter reviewed, signed and published through the app (assessment, confirmations, snapshots,
 * publication), an objection to its notice, a correction opened on it, a calendar amendment.
 */
export async function seedQuarterCycle(
  server: TestServer,
  call: Call,
  branchId: string,
  officers: { secretary: string; committee: string; admin: string },
  calendarDate: string,
): Promise<void> {
  const clock = testClock('2026-04-01T09:00:00+08:00');
  const { id, members } = await runQuarter(server, officers, branchId, 2026, 1);
  const [publication] = await server.db.ownerQuery<{ id: string }>(
    'select id from publication where assessment_id = $1',
    [id],
  );
  clock.set('2026-04-02T09:00:00+08:00');
  await call(
    CYCLE_OPS.raise,
    { i: { publicationId: publication!.id, memberId: members[0], content: '探针异议' } },
    officers.secretary,
  );
  await call(
    CYCLE_OPS.openCorrection,
    {
      i: {
        assessmentId: id,
        kind: 'QUARTER',
        memberIds: [members[1]],
        months: ['2026-01'],
        reason: '探针更正',
      },
    },
    officers.secretary,
  );
  await call(
    'mutation($i: CalendarDayInput!) { setCalendarDay(input: $i) { date } }',
    { i: { date: calendarDate, kind: 'WORKDAY', note: '探针调休' } },
    officers.admin,
  );
}

/**
 * The annual tables (assessment, steps, grades, results, outcome cases and measures) of one
 * branch, written as the owner: reaching them through the app needs the whole year closed, which
 * the year-cycle test does; the walls are probed the same whichever way the rows got there.
 */
export async function seedAnnualRows(
  server: TestServer,
  bureauId: string,
  branchId: string,
  memberId: string,
  userId: string,
): Promise<void> {
  const q = server.db.ownerQuery;
  const [annual, c, scheme] = [randomUUID(), randomUUID(), await firstScheme(server, bureauId)];
  const base = [bureauId, branchId];
  await q(
    `insert into annual_assessment (bureau_id, branch_id, id, year, state) values ($1, $2, $3, 2026, 'reviewed')`,
    [...base, annual],
  );
  await q(
    `insert into annual_step (bureau_id, branch_id, id, assessment_id, kind, revision, by_id, at)
     values ($1, $2, $3, $4, 'reviewed', 1, $5, now())`,
    [...base, randomUUID(), annual, userId],
  );
  await q(
    `insert into evaluation_grade (bureau_id, branch_id, id, assessment_id, member_id, grade, basis, recorded_by_id, recorded_at)
     values ($1, $2, $3, $4, $5, 'unqualified', 'democratic_evaluation', $6, now())`,
    [...base, randomUUID(), annual, memberId, userId],
  );
  await q(
    `insert into annual_result (bureau_id, branch_id, id, member_id, revision, total, total_exact, base, special,
       categories, special_items, lines, warnings, scheme_id, scheme_version, frozen_at, assessment_id, year,
       evaluation, grade, probationary, band, outcome)
     values ($1, $2, $3, $4, 1, '55', '55', '50', '5', '[]', '[]', '[]', '[]', $5, 1, now(), $6, 2026,
       'unqualified', 'unqualified', false, 'red', '{}')`,
    [...base, randomUUID(), memberId, scheme, annual],
  );
  await q(
    `insert into outcome_case (bureau_id, branch_id, id, member_id, year, annual_assessment_id, level, total, opened_at)
     values ($1, $2, $3, $4, 2026, $5, 'red', '55', now())`,
    [...base, c, memberId, annual],
  );
  await q(
    `insert into rectification_measure (bureau_id, branch_id, id, case_id, position, description, deadline)
     values ($1, $2, $3, $4, 1, '探针整改', '2027-03-31')`,
    [...base, randomUUID(), c],
  );
}

async function firstScheme(server: TestServer, bureauId: string): Promise<string> {
  const [row] = await server.db.ownerQuery<{ id: string }>(
    'select id from scheme where bureau_id = $1 limit 1',
    [bureauId],
  );
  return row!.id;
}

/**
 * Ledger rows the demo seed keeps to 办公室 and 财务处, made in the given branch through the app:
 * evidence, a declaration (by the member the log-in stands for), a violation, a branch item proposal.
 */
export async function seedBranchLedgerRows(
  call: Call,
  branchId: string,
  memberId: string,
  tokens: { member: string; admin: string },
): Promise<void> {
  const evidence = (await call(
    'mutation($b: ID!, $c: String!) { uploadEvidence(input: { branchId: $b, fileName: "probe.txt", mimeType: "text/plain", contentBase64: $c }) { id } }',
    { b: branchId, c: Buffer.from(`probe evidence ${branchId}`).toString('base64') },
    tokens.member,
  )) as { id: string };
  await call(
    'mutation($e: ID!) { submitDeclaration(input: { month: "2026-05", itemCode: "grid-work", description: "探针走访", evidenceId: $e }) { id } }',
    { e: evidence.id },
    tokens.member,
  );
  await call(
    'mutation($i: RecordViolationInput!) { recordViolation(input: $i) { id } }',
    {
      i: {
        branchId,
        memberId,
        month: '2026-05',
        itemCode: 'violations',
        count: 1,
        decision: '探针',
        expectedVersion: 0,
      },
    },
    tokens.admin,
  );
  await call(
    `mutation($b: ID!) { proposeBranchItem(input: { branchId: $b, year: 2026, code: "probe", nameZh: "探针项", nameEn: "Probe",
      unitPoints: "1", cap: "2", evidenceZh: "记录", reason: "探针" }) { id } }`,
    { b: branchId },
    tokens.admin,
  );
}
