import { TEST_PASSWORD, type TestServer } from '../test-server.js';
import { arranged, startArranged, type Arranged } from './arranged.js';
import { ok, runQuarter, YEAR_OPS, type Officers } from './cycle.js';
import { demoLookup, type DemoLookup } from './demo-lookup.js';

/**
 * The whole demo bureau's 2026 in the state a group of tests starts from, each on a server and
 * database of its own (cloned from the ledger template), made through GraphQL as the branches and
 * the committee would make it.
 */
export type BureauYear = {
  server: TestServer;
  demo: DemoLookup;
  admin: string;
  /** Branch code → its secretary's and a branch committee member's tokens. */
  officers: Map<string, Officers>;
  /** Branch code → its quarter assessments' ids, in order. */
  quarters: Map<string, string[]>;
  /** Branch code → the members of each of its quarters. */
  rosters: Map<string, string[][]>;
  /** Branch code → its annual assessment's id. */
  years: Map<string, string>;
};

type MovableClock = { set(iso: string): void };

export const BRANCH_CODES = ['BGS', 'CWC', 'ZCC', 'GWC', 'FWZX', 'JNC'];
/** The first working morning after each quarter (Q3: after 国庆). */
export const REVIEW_DAYS = ['2026-04-01', '2026-07-01', '2026-10-09', '2027-01-04'];
/** The reason the committee returns 机关党委's year once before approving it. */
export const JNC_RETURN_REASON = '民主评议等次与会议记录不符，请核实';

/** A secretary and a branch committee member for a branch, set up by the committee. */
async function appoint(server: TestServer, admin: string, branchId: string, code: string) {
  const tokens: string[] = [];
  for (const [role, login] of [
    ['SECRETARY', `shuji-${code}`],
    ['BRANCH_COMMITTEE', `zhiwei-${code}`],
  ] as const) {
    const user = await ok<{ createUser: { id: string } }>(
      server,
      `mutation($i: CreateUserInput!) { createUser(input: $i) { id } }`,
      {
        i: {
          loginName: login,
          displayName: login,
          password: TEST_PASSWORD,
          mustChangePassword: false,
        },
      },
      admin,
    );
    await ok(
      server,
      `mutation($i: GrantRoleInput!) { grantRole(input: $i) { id } }`,
      { i: { userId: user.createUser.id, role, branchId } },
      admin,
    );
    tokens.push(await server.login(login));
  }
  return { secretary: tokens[0]!, committee: tokens[1]! };
}

/** Officers in every branch of a fresh copy of the demo ledger; nothing reviewed. */
async function appointOfficers(server: TestServer): Promise<BureauYear> {
  const demo = await demoLookup(server.db);
  const admin = await server.login('admin');
  const officers = new Map<string, Officers>();
  officers.set('BGS', {
    secretary: await server.login('shuji1'),
    committee: await server.login('zhiwei1'),
  });
  officers.set('CWC', {
    secretary: await server.login('shuji2'),
    committee: (await appoint(server, admin, demo.branch('CWC').id, 'CWC')).committee,
  });
  for (const code of ['ZCC', 'GWC', 'FWZX', 'JNC'])
    officers.set(code, await appoint(server, admin, demo.branch(code).id, code));
  return {
    server,
    demo,
    admin,
    officers,
    quarters: new Map(),
    rosters: new Map(),
    years: new Map(),
  };
}

/** A BureauYear without its server, as JSON: what an arranged state carries. */
type Stored = {
  admin: string;
  officers: [string, Officers][];
  quarters: [string, string[]][];
  rosters: [string, string[][]][];
  years: [string, string][];
};
const store = (s: BureauYear): Stored => ({
  admin: s.admin,
  officers: [...s.officers],
  quarters: [...s.quarters],
  rosters: [...s.rosters],
  years: [...s.years],
});
const restore = async (server: TestServer, s: Stored): Promise<BureauYear> => ({
  server,
  demo: await demoLookup(server.db),
  admin: s.admin,
  officers: new Map(s.officers),
  quarters: new Map(s.quarters),
  rosters: new Map(s.rosters),
  years: new Map(s.years),
});

/** Where a group of tests starts: each state made once per run and cloned (arranged.ts). */
export type BureauYearStart = 'officers' | 'four-quarters' | 'published-years' | 'bgs-published';

/** Each state from the one before it: the step that leads there. */
const STEPS: Record<
  Exclude<BureauYearStart, 'officers'>,
  { from: BureauYearStart; step: (s: BureauYear, clock: MovableClock) => Promise<void> }
> = {
  'four-quarters': { from: 'officers', step: (s, c) => fourQuarters(s, c) },
  'published-years': { from: 'four-quarters', step: (s, c) => annualYears(s, c) },
  'bgs-published': { from: 'officers', step: (s, c) => publishedYears(s, c, ['BGS']) },
};

async function arrangedStart(
  start: BureauYearStart,
  clock: MovableClock,
): Promise<Arranged<Stored>> {
  if (start === 'officers')
    return arranged(
      'bureau-officers',
      'ledger',
      async (server) => store(await appointOfficers(server)),
      clock,
    );
  const { from, step } = STEPS[start];
  return arranged(
    `bureau-${start}`,
    await arrangedStart(from, clock),
    async (server, previous: Stored) => {
      const s = await restore(server, previous);
      await step(s, clock);
      return store(s);
    },
    clock,
  );
}

/**
 * A server of the group's own on a copy of the demo ledger with officers in every branch, brought
 * to `start`: nothing reviewed yet, the four quarters published everywhere, the year published
 * everywhere, or only 办公室's quarters and year.
 */
export async function bureauYear(
  clock: MovableClock,
  start: BureauYearStart = 'officers',
): Promise<BureauYear> {
  const { server, state } = await startArranged(await arrangedStart(start, clock), clock);
  return restore(server, state);
}

/** Quarter `quarter` reviewed, confirmed, signed and published in each of `codes`. */
export async function quarterInBranches(
  s: BureauYear,
  clock: MovableClock,
  quarter: number,
  codes = BRANCH_CODES,
) {
  clock.set(`${REVIEW_DAYS[quarter - 1]}T09:00:00+08:00`);
  for (const code of codes) {
    const branchId = s.demo.branch(code).id;
    const { id, members } = await runQuarter(
      s.server,
      s.officers.get(code)!,
      branchId,
      2026,
      quarter,
    );
    s.quarters.set(code, [...(s.quarters.get(code) ?? []), id]);
    s.rosters.set(code, [...(s.rosters.get(code) ?? []), members]);
  }
}

/** All four quarters of 2026 published in each of `codes`, each on its review day. */
export async function fourQuarters(s: BureauYear, clock: MovableClock, codes = BRANCH_CODES) {
  for (let quarter = 1; quarter <= 4; quarter++) await quarterInBranches(s, clock, quarter, codes);
}

/**
 * After the four quarters, each of `codes` evaluates its year (mostly 合格, every fifth 优秀, the
 * tenth of 办公室 不合格), re-reviews and submits it; the committee returns 机关党委's once, which is
 * revised and resubmitted, then approves every year, and each branch publishes on 20 January.
 */
export async function publishedYears(s: BureauYear, clock: MovableClock, codes = BRANCH_CODES) {
  await fourQuarters(s, clock, codes);
  await annualYears(s, clock, codes);
}

/** After the four quarters, the annual evaluation of `codes` through to publication (as above). */
async function annualYears(s: BureauYear, clock: MovableClock, codes = BRANCH_CODES) {
  clock.set('2027-01-13T09:00:00+08:00');
  for (const code of codes) {
    const o = s.officers.get(code)!;
    const started = await ok<{ startAnnualEvaluation: { id: string } }>(
      s.server,
      YEAR_OPS.start,
      { b: s.demo.branch(code).id, y: 2026 },
      o.committee,
    );
    const a = started.startAnnualEvaluation.id;
    s.years.set(code, a);
    const view = await ok<{ annualAssessment: { scores: { memberId: string }[] } }>(
      s.server,
      YEAR_OPS.year,
      { id: a },
      o.secretary,
    );
    const grades = view.annualAssessment.scores.map(({ memberId }, k) => ({
      memberId,
      grade: code === 'BGS' && k === 9 ? 'unqualified' : k % 5 === 0 ? 'excellent' : 'qualified',
    }));
    await ok(s.server, YEAR_OPS.grades, { a, g: grades }, o.committee);
    await ok(s.server, YEAR_OPS.review, { a, n: '基础分、特色分逐项复核无误' }, o.committee);
    await ok(s.server, YEAR_OPS.submit, { a }, o.secretary);
    if (code === 'JNC') {
      await ok(s.server, YEAR_OPS.return, { a, r: JNC_RETURN_REASON }, s.admin);
      await ok(s.server, YEAR_OPS.revise, { a, r: '按党委意见核实等次' }, o.secretary);
      await ok(s.server, YEAR_OPS.review, { a, n: '已核实' }, o.committee);
      await ok(s.server, YEAR_OPS.submit, { a }, o.secretary);
    }
    await ok(s.server, YEAR_OPS.approve, { a, c: '同意' }, s.admin);
  }
  clock.set('2027-01-20T10:00:00+08:00');
  for (const code of codes)
    await ok(s.server, YEAR_OPS.publish, { a: s.years.get(code) }, s.officers.get(code)!.secretary);
}
