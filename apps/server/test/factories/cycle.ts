import { expect } from 'vitest';
import { fixedClock, setClock } from '../../src/modules/calendar/clock.js';
import type { TestServer } from '../test-server.js';

/** A clock the test moves: every date decision of the cycle reads it (the server runs in-process). */
export function testClock(iso: string) {
  const clock = fixedClock(iso);
  setClock(clock);
  return clock;
}

export type GqlError = { message: string; code: string; details?: unknown; field?: string };

/** Runs an operation that must succeed and returns its data. */
export async function ok<T = Record<string, unknown>>(
  server: TestServer,
  query: string,
  variables: Record<string, unknown>,
  token: string,
): Promise<T> {
  const res = await server.gql<T>(query, variables, token);
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data as T;
}

/** Runs an operation that must be refused and returns the error as a person sees it. */
export async function refused(
  server: TestServer,
  query: string,
  variables: Record<string, unknown>,
  token: string,
): Promise<GqlError> {
  const res = await server.gql(query, variables, token);
  expect(res.errors, 'expected a refusal').toBeDefined();
  const e = res.errors![0]!;
  return {
    message: e.message,
    code: String(e.extensions?.['code']),
    details: e.extensions?.['details'],
    field: e.extensions?.['field'] as string | undefined,
  };
}

export const CYCLE_OPS = {
  start: `mutation($i: QuarterKeyInput!) { startQuarterReview(input: $i) { id state availableActions } }`,
  quarter: `query($id: ID!) { quarterAssessment(id: $id) {
    id state revision noticeEndsOn availableActions
    rows { memberId changedSinceConfirmed member { name }
      confirmation { id state seenTotal objection resolution round }
      score { total base special frozen revision schemeVersion lines } }
    publications { id number noticeEndsOn noticeState note rows { memberId name total revision } }
    corrections { id state memberIds months reason producedRevision } } }`,
  respond: `mutation($i: QuarterRecordResponseInput!) { respondToQuarterRecord(input: $i) { id state seenTotal round } }`,
  panel: `mutation($a: ID!, $m: [ID!]!) { recordPanelConfirmations(assessmentId: $a, memberIds: $m) { memberId state } }`,
  resolve: `mutation($c: ID!, $r: String!) { resolveQuarterObjection(confirmationId: $c, resolution: $r) { id state resolution } }`,
  sign: `mutation($a: ID!) { signQuarter(assessmentId: $a) { id state revision signedById } }`,
  publish: `mutation($a: ID!) { publishQuarter(assessmentId: $a) { id state noticeEndsOn } }`,
  raise: `mutation($i: NoticeObjectionInput!) { raiseNoticeObjection(input: $i) { id state } }`,
  decide: `mutation($i: ObjectionDecisionInput!) { decideNoticeObjection(input: $i) { id state decision correctionId } }`,
  openCorrection: `mutation($i: CorrectionInput!) { openCorrection(input: $i) { id state memberIds months } }`,
  applyCorrection: `mutation($c: ID!) { applyCorrection(correctionId: $c) { id state producedRevision } }`,
  withdrawCorrection: `mutation($c: ID!, $r: String!) { withdrawCorrection(correctionId: $c, reason: $r) { id state } }`,
} as const;

const SIGN_WITH_REASON = `mutation($a: ID!, $r: String) { signQuarter(assessmentId: $a, overrideReason: $r) { id } }`;

export type Officers = { secretary: string; committee: string };

/**
 * Runs one branch's quarter through the whole review as the panel would at its meeting: start,
 * every member's confirmation recorded, the secretary's signature, publication. Returns the id.
 */
export async function runQuarter(
  server: TestServer,
  officers: Officers,
  branchId: string,
  year: number,
  quarter: number,
): Promise<{ id: string; members: string[] }> {
  const started = await ok<{ startQuarterReview: { id: string } }>(
    server,
    CYCLE_OPS.start,
    { i: { branchId, year, quarter } },
    officers.committee,
  );
  const id = started.startQuarterReview.id;
  const rows = await ok<{ quarterAssessment: { rows: { memberId: string }[] } }>(
    server,
    `query($id: ID!) { quarterAssessment(id: $id) { rows { memberId } } }`,
    { id },
    officers.secretary,
  );
  const members = rows.quarterAssessment.rows.map((r) => r.memberId);
  await ok(server, CYCLE_OPS.panel, { a: id, m: members }, officers.secretary);
  // The demo ledger leaves a declaration and a dispute undecided in some quarters; the panel signs
  // those with the reason the rule asks for, as a branch that cannot wait would.
  const signed = await server.gql(CYCLE_OPS.sign, { a: id }, officers.secretary);
  const details = signed.errors?.[0]?.extensions?.['details'] as { field?: string } | undefined;
  if (details?.field === 'overrideReason')
    await ok(
      server,
      SIGN_WITH_REASON,
      { a: id, r: '申报待支委会下次会议处理' },
      officers.secretary,
    );
  else expect(signed.errors, JSON.stringify(signed.errors)).toBeUndefined();
  await ok(server, CYCLE_OPS.publish, { a: id }, officers.secretary);
  return { id, members };
}

export const YEAR_OPS = {
  start: `mutation($b: ID!, $y: Int!) { startAnnualEvaluation(branchId: $b, year: $y) { id state } }`,
  year: `query($id: ID!) { annualAssessment(id: $id) {
    id state revision noticeEndsOn availableActions
    scores { memberId total base special evaluation grade band outcome frozen revision }
    grades { memberId grade basis }
    steps { kind reason revision byId }
    publications { id number noticeEndsOn noticeState note rows { memberId name total evaluation grade band revision } } } }`,
  grades: `mutation($a: ID!, $g: [EvaluationGradeInput!]!) { recordEvaluationGrades(assessmentId: $a, grades: $g) { memberId grade basis } }`,
  review: `mutation($a: ID!, $n: String) { completeAnnualReview(assessmentId: $a, note: $n) { id state } }`,
  revise: `mutation($a: ID!, $r: String!) { reviseYear(assessmentId: $a, reason: $r) { id state } }`,
  submit: `mutation($a: ID!) { submitYear(assessmentId: $a) { id state revision } }`,
  approve: `mutation($a: ID!, $c: String) { approveYear(assessmentId: $a, comment: $c) { id state } }`,
  return: `mutation($a: ID!, $r: String!) { returnYear(assessmentId: $a, reason: $r) { id state } }`,
  publish: `mutation($a: ID!) { publishYear(assessmentId: $a) { id state noticeEndsOn } }`,
  mine: `query($y: Int!) { myAnnualResult(year: $y) { memberId total evaluation grade band lines frozen } }`,
  outcomes: `query($y: Int!, $b: ID) { yearOutcomes(year: $y, branchId: $b) {
    memberId branchId total band priorityCandidate incentive yellowWarning redWarning
    redTwoYearsRunning probationaryInterview probationExtension awardCandidate } }`,
  cases: `query($y: Int!, $b: ID) { outcomeCases(year: $y, branchId: $b) {
    id memberId level levelLabel state total redTwoYearsRunning probationExtension availableActions
    interviewedOn causes closingNote measures { id description deadline doneOn } } }`,
} as const;
