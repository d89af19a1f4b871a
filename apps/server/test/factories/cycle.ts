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
