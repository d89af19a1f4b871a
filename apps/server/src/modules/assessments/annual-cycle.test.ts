import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CYCLE_OPS,
  ok,
  refused,
  runQuarter,
  testClock,
  YEAR_OPS,
  type Officers,
} from '../../../test/factories/cycle.js';
import { seedDemoBureau } from '../../../test/factories/demo.js';
import { demoLookup, type DemoLookup } from '../../../test/factories/demo-lookup.js';
import { bureauEm } from '../../../test/factories/ledger.js';
import { startTestServer, type TestServer } from '../../../test/test-server.js';
import { DutyEntry, DutyStatus } from '../ledger/duty-entry.entity.js';
import { QuotaEntry } from '../ledger/quota-entry.entity.js';
import { evaluationFacts } from './evaluation-facts.js';

/**
 * 办公室党支部's 2026 year: the democratic evaluation, the branch committee's re-review, the
 * committee's return and approval, publication, a correction of the approved year, and the warning
 * case of a member whose year was red — each step and each refusal a user can meet.
 */
let server: TestServer;
let demo: DemoLookup;
const clock = testClock('2026-04-01T09:00:00+08:00');
const t: Record<string, string> = {};
let o: Officers;
let office: string;
let yearId: string;
let laggard: string; // a member who kept no records all year
let roster: string[];
const quarterIds: string[] = [];

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

beforeAll(async () => {
  server = await startTestServer();
  await seedDemoBureau(server.db, { ledger: true });
  demo = await demoLookup(server.db);
  for (const login of ['shuji1', 'zhiwei1', 'dangyuan1', 'admin', 'analyst', 'shuji2'])
    t[login] = await server.login(login);
  o = { secretary: t['shuji1']!, committee: t['zhiwei1']! };
  office = demo.branch('BGS').id;
  const members = await demo.members('BGS');
  const logins = await Promise.all(
    ['shuji1', 'zhiwei1', 'jifenyuan1', 'zuzhang1', 'dangyuan1'].map((l) => demo.memberOf(l)),
  );
  laggard = members.find((m) => !logins.includes(m.id))!.id;
  // The laggard never logged in, never answered the daily question and paid no dues.
  const em = bureauEm(server.db, demo.bureauId);
  await em.nativeDelete(QuotaEntry, { memberId: laggard });
  await em.nativeUpdate(DutyEntry, { memberId: laggard }, { status: DutyStatus.MISSING });
  for (const [q, day] of ['2026-04-01', '2026-07-01', '2026-10-09'].entries()) {
    clock.set(`${day}T09:00:00+08:00`);
    quarterIds.push((await runQuarter(server, o, office, 2026, q + 1)).id);
  }
});
afterAll(() => server.close());

describe('the democratic evaluation', () => {
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
    await ok(
      server,
      YEAR_OPS.grades,
      { a: yearId, g: [{ memberId: laggard, grade: 'unqualified' }] },
      o.committee,
    );
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
  it('is submitted by the secretary alone, once, freezing the composite scores', async () => {
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
      await ok<{ outcomeCases: { memberId: string; level: string; state: string }[] }>(
        server,
        YEAR_OPS.cases,
        { y: 2026, b: office },
        o.secretary,
      )
    ).outcomeCases;
    expect(cases.find((c) => c.memberId === laggard)).toMatchObject({
      level: 'RED',
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

describe('a correction of the approved year', () => {
  let correctionId: string;

  it('is the committee’s: it reopens only the member named', async () => {
    const bySecretary = await refused(
      server,
      CYCLE_OPS.openCorrection,
      { i: { kind: 'YEAR', assessmentId: yearId, memberIds: [laggard], reason: '等次有误' } },
      o.secretary,
    );
    expect(bySecretary.code).toBe('FORBIDDEN');
    const opened = await ok<{ openCorrection: { id: string; months: string[] } }>(
      server,
      CYCLE_OPS.openCorrection,
      {
        i: {
          kind: 'YEAR',
          assessmentId: yearId,
          memberIds: [laggard],
          reason: '民主评议等次统计有误，应为基本合格',
        },
      },
      t['admin']!,
    );
    correctionId = opened.openCorrection.id;
    expect(opened.openCorrection.months).toEqual([]);
    await ok(
      server,
      YEAR_OPS.grades,
      { a: yearId, g: [{ memberId: laggard, grade: 'basicallyQualified' }] },
      o.committee,
    );
    const other = await refused(
      server,
      YEAR_OPS.grades,
      { a: yearId, g: [{ memberId: roster[1], grade: 'excellent' }] },
      o.committee,
    );
    expect(other.code).toBe('CONFLICT');
  });

  it('re-freezes that member, keeps the case in step and republishes, the first list intact', async () => {
    const before = await view();
    const first = before.publications[0]!.rows.find((r) => r.memberId === laggard)!;
    expect(
      (await refused(server, CYCLE_OPS.applyCorrection, { c: correctionId }, o.secretary)).code,
    ).toBe('FORBIDDEN');
    await ok(server, CYCLE_OPS.applyCorrection, { c: correctionId }, t['admin']!);
    const after = await view();
    expect(after.revision).toBe(3);
    const corrected = after.scores.find((s) => s.memberId === laggard)!;
    expect(corrected).toMatchObject({ revision: 3, grade: 'basicallyQualified' });
    expect(Number(corrected.total) - Number(first.total)).toBeCloseTo(5, 2);
    expect(after.scores.filter((s) => s.revision === 3)).toHaveLength(1);
    expect(after.publications).toHaveLength(2);
    expect(after.publications[0]!.rows.find((r) => r.memberId === laggard)).toEqual(first);
    expect(after.publications[1]!.note).toBe('更正：民主评议等次统计有误，应为基本合格');
    const cases = (
      await ok<{ outcomeCases: { memberId: string; total: string; level: string }[] }>(
        server,
        YEAR_OPS.cases,
        { y: 2026, b: office },
        o.secretary,
      )
    ).outcomeCases;
    const own = cases.find((c) => c.memberId === laggard)!;
    expect(own.total).toBe(corrected.total);
    expect(own.level).toBe(corrected.band === 'redWarning' ? 'RED' : 'YELLOW');
  });
});

describe('the warning case', () => {
  const CASE = {
    interview: `mutation($i: InterviewInput!) { recordInterview(input: $i) { id state } }`,
    measures: `mutation($c: ID!, $m: [MeasureInput!]!) { setRectificationMeasures(caseId: $c, measures: $m) { id state } }`,
    done: `mutation($i: MeasureDoneInput!) { completeMeasure(input: $i) { id doneOn } }`,
    close: `mutation($c: ID!, $n: String!) { closeOutcomeCase(caseId: $c, note: $n) { id state closingNote } }`,
  };
  let caseId: string;
  let measureIds: string[];
  const cases = async () =>
    (
      await ok<{
        outcomeCases: { id: string; memberId: string; state: string; measures: { id: string }[] }[];
      }>(server, YEAR_OPS.cases, { y: 2026, b: office }, o.secretary)
    ).outcomeCases;

  it('is interviewed by the secretary before anything else', async () => {
    clock.set('2027-01-18T15:00:00+08:00');
    caseId = (await cases()).find((c) => c.memberId === laggard)!.id;
    expect(
      (
        await refused(
          server,
          CASE.measures,
          { c: caseId, m: [{ description: 'x', deadline: '2027-03-01' }] },
          o.secretary,
        )
      ).message,
    ).toBe('尚未约谈，不能制定整改措施');
    expect((await refused(server, CASE.close, { c: caseId, n: 'x' }, o.secretary)).message).toBe(
      '尚未约谈和整改，不能结案',
    );
    const input = {
      caseId,
      interviewedOn: '2027-01-18',
      record: '书记约谈，本人表示接受',
      causes: '全年未登录学习强国，党费未按时缴纳',
    };
    expect((await refused(server, CASE.interview, { i: input }, o.committee)).code).toBe(
      'FORBIDDEN',
    );
    expect(
      await refused(
        server,
        CASE.interview,
        { i: { ...input, interviewedOn: '2027-01-19' } },
        o.secretary,
      ),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'interviewedOn' });
    expect(
      (
        await ok<{ recordInterview: { state: string } }>(
          server,
          CASE.interview,
          { i: input },
          o.secretary,
        )
      ).recordInterview.state,
    ).toBe('INTERVIEWED');
    expect((await refused(server, CASE.interview, { i: input }, o.secretary)).message).toBe(
      '已记录约谈，不能重复记录',
    );
    expect((await refused(server, CASE.close, { c: caseId, n: 'x' }, o.secretary)).message).toBe(
      '尚未制定整改措施，不能结案',
    );
  });

  it('gets rectification measures with deadlines after the interview', async () => {
    const early = await refused(
      server,
      CASE.measures,
      { c: caseId, m: [{ description: '补学', deadline: '2027-01-10' }] },
      o.committee,
    );
    expect(early).toMatchObject({ code: 'BAD_USER_INPUT', field: 'measures.0.deadline' });
    const set = await ok<{ setRectificationMeasures: { state: string } }>(
      server,
      CASE.measures,
      {
        c: caseId,
        m: [
          { description: '每日登录学习强国并完成每日一题', deadline: '2027-03-31' },
          { description: '补缴 2026 年党费', deadline: '2027-02-28' },
        ],
      },
      o.committee,
    );
    expect(set.setRectificationMeasures.state).toBe('RECTIFYING');
    measureIds = (await cases()).find((c) => c.id === caseId)!.measures.map((m) => m.id);
  });

  it('closes only when every measure is done', async () => {
    expect(
      (await refused(server, CASE.close, { c: caseId, n: '整改到位' }, o.secretary)).message,
    ).toBe('还有 2 项整改措施未完成，不能结案');
    clock.set('2027-02-20T10:00:00+08:00');
    await ok(
      server,
      CASE.done,
      { i: { measureId: measureIds[1], doneOn: '2027-02-20', note: '已补缴' } },
      o.committee,
    );
    expect(
      (
        await refused(
          server,
          CASE.done,
          { i: { measureId: measureIds[1], doneOn: '2027-02-20', note: '再次' } },
          o.committee,
        )
      ).message,
    ).toBe('该整改措施已登记完成');
    expect(
      (await refused(server, CASE.close, { c: caseId, n: '整改到位' }, o.secretary)).message,
    ).toBe('还有 1 项整改措施未完成，不能结案');
    await ok(
      server,
      CASE.done,
      { i: { measureId: measureIds[0], doneOn: '2027-02-20', note: '连续一月每日学习' } },
      o.committee,
    );
    expect(
      (await refused(server, CASE.close, { c: caseId, n: '整改到位' }, o.committee)).code,
    ).toBe('FORBIDDEN');
    const closed = await ok<{ closeOutcomeCase: { state: string } }>(
      server,
      CASE.close,
      { c: caseId, n: '整改到位，予以结案' },
      o.secretary,
    );
    expect(closed.closeOutcomeCase.state).toBe('CLOSED');
    expect((await refused(server, CASE.close, { c: caseId, n: 'x' }, o.secretary)).message).toBe(
      '该预警处置已结案，不能重复结案',
    );
  });

  it('is visible to the member concerned and not to other members', async () => {
    const me = await demo.memberOf('dangyuan1');
    const theirs = await ok<{ outcomeCases: { memberId: string }[] }>(
      server,
      YEAR_OPS.cases,
      { y: 2026 },
      t['dangyuan1']!,
    );
    expect(theirs.outcomeCases.every((c) => c.memberId === me)).toBe(true);
    const all = await ok<{ outcomeCases: { memberId: string }[] }>(
      server,
      YEAR_OPS.cases,
      { y: 2026 },
      o.secretary,
    );
    expect(all.outcomeCases.some((c) => c.memberId === laggard)).toBe(true);
  });
});
