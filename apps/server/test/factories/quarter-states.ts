import { DutyEntry, DutyStatus } from '../../src/modules/ledger/duty-entry.entity.js';
import { startTestServer, type TestServer } from '../test-server.js';
import { CYCLE_OPS, ok } from './cycle.js';
import { demoLookup, type DemoLookup } from './demo-lookup.js';
import { bureauEm } from './ledger.js';

/**
 * 办公室党支部's first quarter of 2026 in the state a group of tests starts from, each on a server
 * and database of its own (cloned from the ledger template), made through GraphQL as the branch
 * would make it: a failure in one group cannot leave the next one in a state it did not expect.
 */
export type QuarterStory = {
  server: TestServer;
  demo: DemoLookup;
  /** Bearer tokens by demo log-in. */
  t: Record<string, string>;
  office: string;
  members: { id: string; name: string }[];
  /** dangyuan1's member record. */
  me: string;
  /** zuzhang1's member record. */
  leader: string;
};

/** The day after the quarter ended on which the branch meets (Friday 3 April 2026, before 清明). */
export const QUARTER_MEETING = '2026-04-03T09:00:00+08:00';

const LOGINS = [
  'shuji1',
  'zhiwei1',
  'zuzhang1',
  'dangyuan1',
  'jifenyuan1',
  'admin',
  'analyst',
  'shuji2',
];

/** A server on a fresh copy of the demo ledger, its officers logged in; no quarter started yet. */
export async function quarterStory(clock: { set(iso: string): void }): Promise<QuarterStory> {
  clock.set(QUARTER_MEETING);
  const server = await startTestServer({}, { template: 'ledger' });
  const demo = await demoLookup(server.db);
  const t: Record<string, string> = {};
  for (const login of LOGINS) t[login] = await server.login(login);
  return {
    server,
    demo,
    t,
    office: demo.branch('BGS').id,
    members: await demo.members('BGS'),
    me: await demo.memberOf('dangyuan1'),
    leader: await demo.memberOf('zuzhang1'),
  };
}

/** Q1 started by a branch committee member: every member's confirmation pending. */
export async function quarterUnderReview(s: QuarterStory): Promise<string> {
  const res = await ok<{ startQuarterReview: { id: string } }>(
    s.server,
    CYCLE_OPS.start,
    { i: { branchId: s.office, year: 2026, quarter: 1 } },
    s.t['zhiwei1']!,
  );
  return res.startQuarterReview.id;
}

/** Q1 under review with every member's confirmation recorded by the panel at its meeting. */
export async function confirmedQuarter(s: QuarterStory): Promise<string> {
  const id = await quarterUnderReview(s);
  await ok(s.server, CYCLE_OPS.panel, { a: id, m: s.members.map((m) => m.id) }, s.t['zuzhang1']!);
  return id;
}

/** Q1 confirmed by everyone and signed by the secretary: scores frozen, months closed. */
export async function signedQuarter(s: QuarterStory): Promise<string> {
  const id = await confirmedQuarter(s);
  await ok(s.server, CYCLE_OPS.sign, { a: id }, s.t['shuji1']!);
  return id;
}

/** Q1 signed and published on the meeting day: its notice runs until 13 April. */
export async function publishedQuarter(s: QuarterStory): Promise<string> {
  const id = await signedQuarter(s);
  await ok(s.server, CYCLE_OPS.publish, { a: id }, s.t['shuji1']!);
  return id;
}

export type QuarterRow = {
  memberId: string;
  changedSinceConfirmed: boolean;
  confirmation: { id: string; state: string; seenTotal: string | null; round: number };
  score: { total: string; frozen: boolean; revision: number | null; lines: unknown[] | null };
};

export type QuarterView = {
  state: string;
  revision: number;
  noticeEndsOn: string | null;
  availableActions: string[];
  rows: QuarterRow[];
  publications: {
    id: string;
    number: number;
    noticeEndsOn: string;
    noticeState: string;
    note: string | null;
    rows: { memberId: string; name: string; total: string; revision: number }[];
  }[];
  corrections: {
    id: string;
    state: string;
    memberIds: string[];
    producedRevision: number | null;
  }[];
};

/** The quarter as `token`'s holder sees it. */
export async function readQuarter(s: QuarterStory, id: string, token: string) {
  return (await ok<{ quarterAssessment: QuarterView }>(s.server, CYCLE_OPS.quarter, { id }, token))
    .quarterAssessment;
}

/** Changes a member's dues record for a month behind the review's back, as a late ledger edit. */
export async function setDues(
  s: QuarterStory,
  memberId: string,
  month: string,
  status: DutyStatus,
) {
  const em = bureauEm(s.server.db, s.demo.bureauId);
  await em.nativeUpdate(DutyEntry, { memberId, month, itemCode: 'dues' }, { status });
}
