import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CYCLE_OPS,
  ok,
  refused,
  runQuarter,
  testClock,
  YEAR_OPS,
  type Officers,
} from '../../../../test/factories/cycle.js';
import type { DemoLookup } from '../../../../test/factories/demo-lookup.js';
import { bureauEm } from '../../../../test/factories/ledger.js';
import {
  approvedYear,
  reviewedYear,
  yearStory,
  type YearState,
  type YearStory,
} from '../../../../test/factories/year-states.js';
import type { TestServer } from '../../../../test/test-server.js';
import { evaluationFacts } from './evaluation-facts.js';

/**
 * 办公室党支部's 2026 year: the democratic evaluation, the branch committee's re-review, the
 * committee's return and approval, and the outcomes of the approved year — each step and each
 * refusal a user can meet (its correction and the warning case: annual-after-approval.test.ts).
 * Each group of tests runs on a server and database of its own, brought to where it starts by
 * the factories in test/factories/year-states.ts.
 */
let story: YearStory;
let server: TestServer;
let demo: DemoLookup;
const clock = testClock('2026-04-01T09:00:00+08:00');
let t: Record<string, string>;
let o: Officers;
let office: string;
let yearId: string;
let laggard: string; // a member who kept no records all year
let roster: string[];
let quarterIds: string[];

type YearView = {
  state: string;
  revision: number;
  availableActions: string[];
  scores: {
    memberId: string;
    total: string;
    band: string;
    frozen: boolean;
    revision: number | null;
    grade: string | null;
  }[];
  steps: { kind: string; reason: string | null }[];
  publications: {
    number: number;
    note: string | null;
    rows: { memberId: string; total: string; grade: string | null; band: string | null }[];
  }[];
};
const view = async (token = t['shuji1']!) =>
  (await ok<{ annualAssessment: YearView }>(server, YEAR_OPS.year, { id: yearId }, token))
    .annualAssessment;
const gradeAll = (grade: (memberId: string) => string) =>
  ok(
    server,
    YEAR_OPS.grades,
    { a: yearId, g: roster.map((memberId) => ({ memberId, grade: grade(memberId) })) },
    t['zhiwei1']!,
  );

/** A story of its own for the enclosing group; `arrange` brings the year to where it starts. */
function startFrom(arrange?: (s: YearStory, c: typeof clock) => Promise<YearState>) {
  let own: YearStory | undefined;
  beforeAll(async () => {
    own = story = await yearStory(clock);
    ({ server, demo, t, o, office, laggard, quarterIds } = story);
    if (arrange) ({ yearId, roster } = await arrange(story, clock));
  });
  // A group whose set-up failed has nothing of its own to close.
  afterAll(() => own?.server.close());
}

describe('the democratic evaluation', () => {
  startFrom();

  it('starts no earlier than December, by the branch committee', async () => {
    clock.set('2026-11-20T09:00:00+08:00');
    const early = await refused(server, YEAR_OPS.start, { b: office, y: 2026 }, o.committee);
    expect(early).toMatchObject({
      code: 'CONFLICT',
      message: '2026 年度民主评议最早于 2026 年 12 月开始',
    });
    clock.set('2026-12-10T09:00:00+08:00');
    for (const login of ['dangyuan1', 'analyst', 'shuji2']) {
      expect((await refused(server, YEAR_OPS.start, { b: office, y: 2026 }, t[login]!)).code).toBe(
        'FORBIDDEN',
      );
    }
    const started = await ok<{ startAnnualEvaluation: { id: string; state: string } }>(
      server,
      YEAR_OPS.start,
      { b: office, y: 2026 },
      o.committee,
    );
    yearId = started.startAnnualEvaluation.id;
    expect(started.startAnnualEvaluation.state).toBe('EVALUATION');
    const twice = await refused(server, YEAR_OPS.start, { b: office, y: 2026 }, o.committee);
    expect(twice.message).toBe('本年度考评当前为「民主评议中」，不能开始民主评议');
    roster = (await view()).scores.map((s) => s.memberId);
    expect(roster).toContain(laggard);
  });

  it('takes grades of the scheme for members of the branch, from the branch committee', async () => {
    const bad = await refused(
      server,
      YEAR_OPS.grades,
      { a: yearId, g: [{ memberId: laggard, grade: 'good' }] },
      o.committee,
    );
    expect(bad).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'grades.0.grade',
      message: '等次应为：excellent、qualified、basicallyQualified、unqualified',
    });
    const [stranger] = await demo.members('CWC');
    const outsider = await refused(
      server,
      YEAR_OPS.grades,
      { a: yearId, g: [{ memberId: stranger!.id, grade: 'qualified' }] },
      o.committee,
    );
    expect(outsider).toMatchObject({ code: 'BAD_USER_INPUT', field: 'grades.0.memberId' });
    const none = await refused(server, YEAR_OPS.grades, { a: yearId, g: [] }, o.committee);
    expect(none).toMatchObject({ code: 'BAD_USER_INPUT', field: 'grades' });
    for (const login of ['dangyuan1', 'analyst']) {
      const e = await refused(
        server,
        YEAR_OPS.grades,
        { a: yearId, g: [{ memberId: laggard, grade: 'qualified' }] },
        t[login]!,
      );
      expect(e.code, `${login}: ${e.message}`).toBe('FORBIDDEN');
    }
  });

  it('refuses the re-review while a quarter is unsigned, and submission, approval and publication before it', async () => {
    const review = await refused(server, YEAR_OPS.review, { a: yearId }, o.committee);
    expect(review).toMatchObject({ code: 'CONFLICT', message: '第 4 季度尚未签字，不能完成复核' });
    expect((await refused(server, YEAR_OPS.submit, { a: yearId }, o.secretary)).message).toBe(
      '支委会尚未完成复核，不能上报',
    );
    expect((await refused(server, YEAR_OPS.approve, { a: yearId }, t['admin']!)).message).toBe(
      '支部尚未上报本年度结果，不能审核',
    );
    expect((await refused(server, YEAR_OPS.publish, { a: yearId }, o.secretary)).message).toBe(
      '本年度考评当前为「民主评议中」，不能公示',
    );
  });

  it('refuses the re-review until every member is graded', async () => {
    clock.set('2027-01-04T09:00:00+08:00');
    quarterIds.push((await runQuarter(server, o, office, 2026, 4)).id);
    const graded = await ok<{ recordEvaluationGrades: { memberId: string; recordedAt: string }[] }>(
      server,
      `mutation($a: ID!, $g: [EvaluationGradeInput!]!) {
        recordEvaluationGrades(assessmentId: $a, grades: $g) { memberId recordedAt } }`,
      { a: yearId, g: [{ memberId: laggard, grade: 'unqualified' }] },
      o.committee,
    );
    // Recorded at the server's date (its clock, which JIFEN_TODAY may pin), not the machine's.
    expect(graded.recordEvaluationGrades).toEqual([
      { memberId: laggard, recordedAt: '2027-01-04T01:00:00.000Z' },
    ]);
    const e = await refused(server, YEAR_OPS.review, { a: yearId }, o.committee);
    expect(e).toMatchObject({
      code: 'CONFLICT',
      message: `还有 ${roster.length - 1} 名党员未评定民主评议等次，不能完成复核`,
    });
  });

  it('re-reviews, and goes back to the grades when the branch finds a mistake', async () => {
    await gradeAll((id) => (id === laggard ? 'unqualified' : 'qualified'));
    expect(
      (
        await ok<{ completeAnnualReview: { state: string } }>(
          server,
          YEAR_OPS.review,
          { a: yearId, n: '复核无误' },
          o.committee,
        )
      ).completeAnnualReview.state,
    ).toBe('REVIEWED');
    const noReason = await refused(server, YEAR_OPS.revise, { a: yearId, r: '' }, o.secretary);
    expect(noReason).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    await ok(server, YEAR_OPS.revise, { a: yearId, r: '一名党员等次录错' }, o.secretary);
    await gradeAll((id) =>
      id === laggard ? 'unqualified' : id === roster[0] ? 'excellent' : 'qualified',
    );
    await ok(server, YEAR_OPS.review, { a: yearId, n: '更正后复核无误' }, o.committee);
    const live = await view();
    expect(live.state).toBe('REVIEWED');
    expect(live.scores.every((s) => !s.frozen)).toBe(true);
    expect(live.scores.find((s) => s.memberId === roster[0])!.grade).toBe('excellent');
  });
});

describe('submission and the committee’s decision', () => {
  startFrom(reviewedYear);

  it('is submitted by the secretary alone, once, freezing the composite scores', async () => {
    const LINES = `query($id: ID!) { annualAssessment(id: $id) { scores { memberId lines } } }`;
    const explanations = async () =>
      (
        await ok<{ annualAssessment: { scores: { memberId: string; lines: unknown[] }[] } }>(
          server,
          LINES,
          { id: yearId },
          o.secretary,
        )
      ).annualAssessment.scores.sort((x, y) => x.memberId.localeCompare(y.memberId));
    const live = await explanations();
    expect((await refused(server, YEAR_OPS.submit, { a: yearId }, o.committee)).code).toBe(
      'FORBIDDEN',
    );
    const submitted = await ok<{ submitYear: { state: string; revision: number } }>(
      server,
      YEAR_OPS.submit,
      { a: yearId },
      o.secretary,
    );
    expect(submitted.submitYear).toMatchObject({ state: 'SUBMITTED', revision: 1 });
    expect((await view()).scores.every((s) => s.frozen && s.revision === 1)).toBe(true);
    // The frozen explanation, read when asked for, is the one the branch re-reviewed.
    const frozen = await explanations();
    expect(frozen.every((s) => s.lines.length > 0)).toBe(true);
    expect(frozen).toEqual(live);
    expect((await refused(server, YEAR_OPS.submit, { a: yearId }, o.secretary)).message).toBe(
      '本年度已上报，不能重复上报',
    );
  });

  it('is returned by the committee only with reasons, then resubmitted', async () => {
    expect((await refused(server, YEAR_OPS.approve, { a: yearId }, o.secretary)).code).toBe(
      'FORBIDDEN',
    );
    expect(
      await refused(server, YEAR_OPS.return, { a: yearId, r: ' ' }, t['admin']!),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    await ok(server, YEAR_OPS.return, { a: yearId, r: '请补充不合格等次的评议依据' }, t['admin']!);
    expect((await refused(server, YEAR_OPS.approve, { a: yearId }, t['admin']!)).message).toBe(
      '支部尚未上报本年度结果，不能审核',
    );
    await ok(server, YEAR_OPS.revise, { a: yearId, r: '补充评议记录' }, o.secretary);
    await ok(server, YEAR_OPS.review, { a: yearId }, o.committee);
    const again = await ok<{ submitYear: { revision: number } }>(
      server,
      YEAR_OPS.submit,
      { a: yearId },
      o.secretary,
    );
    expect(again.submitYear.revision).toBe(2);
    const steps = (await view()).steps;
    expect(steps.find((s) => s.kind === 'RETURNED')!.reason).toBe('请补充不合格等次的评议依据');
  });

  it('refuses approval while a member’s quarter record is unconfirmed', async () => {
    const opened = await ok<{ openCorrection: { id: string } }>(
      server,
      CYCLE_OPS.openCorrection,
      {
        i: {
          kind: 'QUARTER',
          assessmentId: quarterIds[1],
          memberIds: [roster[2]],
          months: ['2026-05'],
          reason: '5 月学习记录待核',
        },
      },
      o.secretary,
    );
    const e = await refused(server, YEAR_OPS.approve, { a: yearId }, t['admin']!);
    expect(e).toMatchObject({
      code: 'CONFLICT',
      message: '还有 1 名党员的季度记录未确认，不能审核通过',
    });
    await ok(
      server,
      CYCLE_OPS.withdrawCorrection,
      { c: opened.openCorrection.id, r: '核实无误' },
      o.secretary,
    );
  });

  it('is approved once; afterwards it can only be corrected', async () => {
    const approved = await ok<{ approveYear: { state: string } }>(
      server,
      YEAR_OPS.approve,
      { a: yearId, c: '同意' },
      t['admin']!,
    );
    expect(approved.approveYear.state).toBe('APPROVED');
    expect((await refused(server, YEAR_OPS.approve, { a: yearId }, t['admin']!)).message).toBe(
      '本年度已审核通过，不能重复审核',
    );
    expect(
      (await refused(server, YEAR_OPS.return, { a: yearId, r: 'x' }, t['admin']!)).message,
    ).toBe('本年度已审核通过，不能退回；如需修改请提出更正');
    const grade = await refused(
      server,
      YEAR_OPS.grades,
      { a: yearId, g: [{ memberId: roster[1], grade: 'excellent' }] },
      o.committee,
    );
    expect(grade.message).toBe('本年度考评当前为「机关党委已审核通过」，不能录入民主评议等次');
  });
});

describe('outcomes of the approved year', () => {
  startFrom(approvedYear);

  it('marks the laggard red, out of the award candidates, with a case to follow', async () => {
    const outcomes = (
      await ok<{
        yearOutcomes: { memberId: string; redWarning: boolean; awardCandidate: boolean }[];
      }>(server, YEAR_OPS.outcomes, { y: 2026, b: office }, t['admin']!)
    ).yearOutcomes;
    expect(outcomes.find((r) => r.memberId === laggard)).toMatchObject({
      redWarning: true,
      awardCandidate: false,
    });
    const cases = (
      await ok<{
        outcomeCases: { memberId: string; level: string; levelLabel: string; state: string }[];
      }>(server, YEAR_OPS.cases, { y: 2026, b: office }, o.secretary)
    ).outcomeCases;
    expect(cases.find((c) => c.memberId === laggard)).toMatchObject({
      level: 'RED',
      // Named as the band that opened it is named everywhere else.
      levelLabel: '红色预警',
      state: 'OPEN',
    });
  });

  it('flags red two years running to the committee only, from approved years', async () => {
    const flags = await ok<{ committeeFlags: unknown[] }>(
      server,
      'query { committeeFlags(year: 2026) { memberId } }',
      {},
      t['analyst']!,
    );
    // No 2025 year was ever approved: nobody is red two years running.
    expect(flags.committeeFlags).toEqual([]);
    const secretary = await refused(
      server,
      'query { committeeFlags(year: 2026) { memberId } }',
      {},
      o.secretary,
    );
    expect(secretary.code).toBe('FORBIDDEN');
  });

  it('gives next year’s scoring last year’s approved red result', async () => {
    const em = bureauEm(server.db, demo.bureauId);
    const facts = await evaluationFacts(em, 2027, [laggard, roster[0]!]);
    expect(facts.get(laggard)!.previousYear).toMatchObject({ redWarning: true });
    expect(facts.get(roster[0]!)!.previousYear).toMatchObject({ redWarning: false });
  });

  it('shows members their own result only once it is published', async () => {
    const before = await ok<{ myAnnualResult: unknown }>(
      server,
      YEAR_OPS.mine,
      { y: 2026 },
      t['dangyuan1']!,
    );
    expect(before.myAnnualResult).toBeNull();
    clock.set('2027-01-15T10:00:00+08:00');
    await ok(server, YEAR_OPS.publish, { a: yearId }, o.secretary);
    expect((await refused(server, YEAR_OPS.publish, { a: yearId }, t['admin']!)).message).toBe(
      '本年度结果已公示，不能重复公示',
    );
    const mine = await ok<{ myAnnualResult: { total: string; lines: unknown[] } }>(
      server,
      YEAR_OPS.mine,
      { y: 2026 },
      t['dangyuan1']!,
    );
    expect(mine.myAnnualResult.lines.length).toBeGreaterThan(0);
    const others = (await view(t['dangyuan1'])).scores;
    expect(others).toHaveLength(1);
  });
});
