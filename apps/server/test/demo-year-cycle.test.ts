import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schemeFromDefault } from '../src/modules/schemes/scheme-templates.js';
import { Scheme, SchemeStatus } from '../src/modules/schemes/scheme.entity.js';
import { periodLock } from '../src/modules/ledger/period-lock.js';
import {
  CYCLE_OPS,
  ok,
  refused,
  runQuarter,
  testClock,
  YEAR_OPS,
  type Officers,
} from './factories/cycle.js';
import {
  BRANCH_CODES as CODES,
  bureauYear,
  REVIEW_DAYS,
  type BureauYear,
  type BureauYearStart,
} from './factories/bureau-year.js';
import type { DemoLookup } from './factories/demo-lookup.js';
import { bureauEm } from './factories/ledger.js';
import type { TestServer } from './test-server.js';

/**
 * The demo bureau's whole 2026 through the cycle: four quarters in each of the six branches
 * (review, confirmation, signature, notice), the annual evaluation, the committee's return and
 * approval, publication, outcomes and their cases, and the start of 2027 on its own scheme.
 * Each group of tests runs on a bureau of its own, brought to where it starts by the factories in
 * factories/bureau-year.ts.
 */
let server: TestServer;
let demo: DemoLookup;
const clock = testClock('2026-04-01T09:00:00+08:00');
let admin: string;
let officers: Map<string, Officers>;
let quarters: Map<string, string[]>; // branch code → quarter assessment ids
let rosters: Map<string, string[][]>; // branch code → members of each quarter
let years: Map<string, string>; // branch code → annual assessment id

type YearView = {
  state: string;
  revision: number;
  scores: {
    memberId: string;
    total: string;
    evaluation: string;
    band: string;
    outcome: Record<string, boolean>;
    frozen: boolean;
  }[];
  grades: { memberId: string; grade: string; basis: string }[];
  steps: { kind: string; reason: string | null; revision: number }[];
  publications: {
    number: number;
    noticeEndsOn: string;
    rows: { memberId: string; total: string; grade: string; band: string }[];
  }[];
};
const yearOf = async (code: string, token = officers.get(code)!.secretary) =>
  (await ok<{ annualAssessment: YearView }>(server, YEAR_OPS.year, { id: years.get(code) }, token))
    .annualAssessment;

/** A bureau of its own for the enclosing group, brought to where the group starts. */
function startFrom(start?: BureauYearStart) {
  let own: BureauYear | undefined;
  beforeAll(async () => {
    own = await bureauYear(clock, start);
    ({ server, demo, admin, officers, quarters, rosters, years } = own);
  });
  // A group whose set-up failed has nothing of its own to close.
  afterAll(() => own?.server.close());
}

describe('four quarters in every branch', () => {
  startFrom();

  for (const [i, day] of REVIEW_DAYS.entries()) {
    it(`reviews, signs and publishes quarter ${i + 1}`, async () => {
      clock.set(`${day}T09:00:00+08:00`);
      for (const code of CODES) {
        const { id, members } = await runQuarter(
          server,
          officers.get(code)!,
          demo.branch(code).id,
          2026,
          i + 1,
        );
        quarters.set(code, [...(quarters.get(code) ?? []), id]);
        rosters.set(code, [...(rosters.get(code) ?? []), members]);
      }
      const published = await ok<{ publications: { quarter: number; rows: unknown[] }[] }>(
        server,
        `query { publications(year: 2026) { quarter rows { memberId } } }`,
        {},
        admin,
      );
      const lists = published.publications.filter((p) => p.quarter === i + 1);
      expect(lists).toHaveLength(6);
      const listed = lists.reduce((n, p) => n + p.rows.length, 0);
      expect(listed).toBe(CODES.reduce((n, code) => n + rosters.get(code)![i]!.length, 0));
    });
  }

  it('reviews the member who moved in July in the branch they belonged to that quarter', async () => {
    const [mover] = await server.db.ownerQuery<{ member_id: string }>(
      `select member_id from membership where to_month = '2026-06'`,
    );
    const inZcc = rosters.get('ZCC')!.map((r) => r.includes(mover!.member_id));
    const inFwzx = rosters.get('FWZX')!.map((r) => r.includes(mover!.member_id));
    expect(inZcc).toEqual([true, true, false, false]);
    expect(inFwzx).toEqual([false, false, true, true]);
  });

  it('closes every month of 2026 in every branch’s ledger', async () => {
    const em = bureauEm(server.db, demo.bureauId);
    for (const code of CODES) {
      for (const month of ['2026-01', '2026-06', '2026-12']) {
        await expect(
          periodLock.assertMonthsOpen(em, demo.branch(code).id, [month], 'month'),
        ).rejects.toThrow('已关闭');
      }
    }
  });

  it('closes each notice by itself after five working days', async () => {
    // Q4 was published on Monday 4 January 2027: 5, 6, 7, 8, 11 January.
    clock.set('2027-01-12T08:00:00+08:00');
    const res = await ok<{
      quarterAssessments: { quarter: number; state: string; noticeEndsOn: string }[];
    }>(
      server,
      `query { quarterAssessments(year: 2026) { quarter state noticeEndsOn } }`,
      {},
      admin,
    );
    expect(res.quarterAssessments).toHaveLength(24);
    expect(new Set(res.quarterAssessments.map((q) => q.state))).toEqual(new Set(['CLOSED']));
    expect(
      res.quarterAssessments.filter((q) => q.quarter === 4).map((q) => q.noticeEndsOn),
    ).toEqual(Array(6).fill('2027-01-11'));
  });
});

describe('the annual evaluation', () => {
  startFrom('four-quarters');

  it('grades every member (probationary members on daily performance) and re-reviews the year', async () => {
    clock.set('2027-01-13T09:00:00+08:00');
    for (const code of CODES) {
      const o = officers.get(code)!;
      const started = await ok<{ startAnnualEvaluation: { id: string } }>(
        server,
        YEAR_OPS.start,
        { b: demo.branch(code).id, y: 2026 },
        o.committee,
      );
      years.set(code, started.startAnnualEvaluation.id);
      const roster = (await yearOf(code)).scores.map((s) => s.memberId);
      // Mostly 合格, a few 优秀; one 不合格 in 办公室 to show a warning.
      const grades = roster.map((memberId, k) => ({
        memberId,
        grade: code === 'BGS' && k === 9 ? 'unqualified' : k % 5 === 0 ? 'excellent' : 'qualified',
      }));
      await ok(server, YEAR_OPS.grades, { a: years.get(code), g: grades }, o.committee);
      await ok(
        server,
        YEAR_OPS.review,
        { a: years.get(code), n: '基础分、特色分逐项复核无误' },
        o.committee,
      );
    }
    const probationary = await server.db.ownerQuery<{ id: string }>(
      `select id from member where status = 'probationary'`,
    );
    const bgs = await yearOf('BGS');
    expect(bgs.state).toBe('REVIEWED');
    for (const g of bgs.grades) {
      expect(g.basis).toBe(
        probationary.some((p) => p.id === g.memberId)
          ? 'DAILY_PERFORMANCE'
          : 'DEMOCRATIC_EVALUATION',
      );
    }
  });

  it('submits every branch; the committee returns one with reasons, then approves all', async () => {
    for (const code of CODES)
      await ok(server, YEAR_OPS.submit, { a: years.get(code) }, officers.get(code)!.secretary);
    const returned = await ok<{ returnYear: { state: string } }>(
      server,
      YEAR_OPS.return,
      { a: years.get('JNC'), r: '民主评议等次与会议记录不符，请核实' },
      admin,
    );
    expect(returned.returnYear.state).toBe('RETURNED');
    const jnc = officers.get('JNC')!;
    await ok(
      server,
      YEAR_OPS.revise,
      { a: years.get('JNC'), r: '按党委意见核实等次' },
      jnc.secretary,
    );
    await ok(server, YEAR_OPS.review, { a: years.get('JNC'), n: '已核实' }, jnc.committee);
    await ok(server, YEAR_OPS.submit, { a: years.get('JNC') }, jnc.secretary);
    for (const code of CODES)
      await ok(server, YEAR_OPS.approve, { a: years.get(code), c: '同意' }, admin);
    const view = await yearOf('JNC');
    expect(view.state).toBe('APPROVED');
    expect(view.revision).toBe(2);
    expect(view.steps.map((s) => [s.kind, s.reason])).toEqual([
      ['REVIEWED', '基础分、特色分逐项复核无误'],
      ['SUBMITTED', null],
      ['RETURNED', '民主评议等次与会议记录不符，请核实'],
      ['REVISED', '按党委意见核实等次'],
      ['REVIEWED', '已核实'],
      ['SUBMITTED', null],
      ['APPROVED', '同意'],
    ]);
  });

  it('publishes the approved results; each member sees their own with its explanation', async () => {
    clock.set('2027-01-20T10:00:00+08:00');
    for (const code of CODES)
      await ok(server, YEAR_OPS.publish, { a: years.get(code) }, officers.get(code)!.secretary);
    const bgs = await yearOf('BGS');
    expect(bgs.state).toBe('PUBLISHED');
    expect(bgs.publications[0]!.noticeEndsOn).toBe('2027-01-27');
    const mine = await ok<{
      myAnnualResult: { memberId: string; total: string; lines: unknown[]; frozen: boolean };
    }>(server, YEAR_OPS.mine, { y: 2026 }, await server.login('dangyuan1'));
    const published = bgs.publications[0]!.rows.find(
      (r) => r.memberId === mine.myAnnualResult.memberId,
    )!;
    expect(mine.myAnnualResult.total).toBe(published.total);
    expect(mine.myAnnualResult.frozen).toBe(true);
    expect(mine.myAnnualResult.lines.length).toBeGreaterThan(10);
  });
});

describe('what the scores lead to', () => {
  startFrom('published-years');

  type Outcome = {
    memberId: string;
    total: string;
    band: string;
    priorityCandidate: boolean;
    incentive: boolean;
    yellowWarning: boolean;
    redWarning: boolean;
    awardCandidate: boolean;
  };
  let outcomes: Outcome[];

  it('classifies every member by the scheme’s thresholds', async () => {
    outcomes = (
      await ok<{ yearOutcomes: Outcome[] }>(server, YEAR_OPS.outcomes, { y: 2026 }, admin)
    ).yearOutcomes;
    const [{ n }] = (await server.db.ownerQuery<{ n: string }>(
      `select count(distinct member_id) as n from membership where from_month <= '2026-12'`,
    )) as [{ n: string }];
    expect(outcomes).toHaveLength(Number(n));
    for (const o of outcomes) {
      const total = Number(o.total);
      expect(o.priorityCandidate).toBe(total >= 80);
      expect(o.incentive).toBe(total >= 70);
      expect(o.yellowWarning).toBe(total >= 60 && total < 70);
      expect(o.redWarning).toBe(total < 60);
      expect(o.awardCandidate).toBe(total >= 80 && !o.redWarning);
    }
    expect(outcomes.some((o) => o.yellowWarning || o.redWarning)).toBe(true);
  });

  it('opens a case for every yellow or red result, tracked by the branch', async () => {
    const cases = (
      await ok<{ outcomeCases: { memberId: string; level: string; state: string }[] }>(
        server,
        YEAR_OPS.cases,
        { y: 2026 },
        admin,
      )
    ).outcomeCases;
    const warned = outcomes.filter((o) => o.yellowWarning || o.redWarning);
    expect(cases.map((c) => c.memberId).sort()).toEqual(warned.map((o) => o.memberId).sort());
    for (const c of cases) {
      const o = warned.find((w) => w.memberId === c.memberId)!;
      expect(c.level).toBe(o.redWarning ? 'RED' : 'YELLOW');
      expect(c.state).toBe('OPEN');
    }
  });

  it('keeps every published list exactly as it was published', async () => {
    const lists = await ok<{
      publications: { kind: string; number: number; rows: { memberId: string; total: string }[] }[];
    }>(
      server,
      `query { publications(year: 2026) { kind number rows { memberId total } } }`,
      {},
      admin,
    );
    expect(lists.publications).toHaveLength(30);
    const frozen = await server.db.ownerQuery<{ member_id: string; total: string; kind: string }>(
      `select member_id, total, 'quarter' as kind from quarter_snapshot where superseded_at is null
       union all select member_id, total, 'year' from annual_result where superseded_at is null`,
    );
    const yearTotals = new Map(
      frozen.filter((f) => f.kind === 'year').map((f) => [f.member_id, f.total]),
    );
    for (const p of lists.publications.filter((x) => x.kind === 'YEAR')) {
      for (const row of p.rows) expect(row.total).toBe(yearTotals.get(row.memberId));
    }
  });
});

describe('the next year', () => {
  startFrom('bgs-published');

  it('starts 2027 from zero on its own scheme, with 2026 still readable', async () => {
    clock.set('2027-04-01T09:00:00+08:00');
    const office = demo.branch('BGS').id;
    const o = officers.get('BGS')!;
    const noScheme = await refused(
      server,
      CYCLE_OPS.start,
      { i: { branchId: office, year: 2027, quarter: 1 } },
      o.committee,
    );
    expect(noScheme).toMatchObject({
      code: 'CONFLICT',
      message: '2027 年积分方案尚未发布，不能计算积分',
    });
    const em = bureauEm(server.db, demo.bureauId);
    const adminId = await demo.userId('admin');
    em.create(Scheme, {
      bureauId: demo.bureauId,
      year: 2027,
      version: 1,
      status: SchemeStatus.PUBLISHED,
      definition: schemeFromDefault(2027),
      effectiveFromMonth: '2027-01',
      origin: 'previous-year',
      createdById: adminId,
      publishedById: adminId,
      publishedAt: new Date('2027-01-05T02:00:00Z'),
    });
    await em.flush();
    const started = await ok<{ startQuarterReview: { id: string } }>(
      server,
      CYCLE_OPS.start,
      { i: { branchId: office, year: 2027, quarter: 1 } },
      o.committee,
    );
    const q = await ok<{
      quarterAssessment: { rows: { score: { special: string; schemeVersion: number } }[] };
    }>(
      server,
      `query($id: ID!) { quarterAssessment(id: $id) { rows { score { special schemeVersion } } } }`,
      { id: started.startQuarterReview.id },
      o.secretary,
    );
    // Nothing was declared in 2027 yet: no special points carried over from 2026.
    expect(q.quarterAssessment.rows.every((r) => Number(r.score.special) === 0)).toBe(true);
    const old = await yearOf('BGS');
    expect(old.state).toBe('PUBLISHED');
    expect(old.scores.every((s) => s.frozen)).toBe(true);
  });
});
