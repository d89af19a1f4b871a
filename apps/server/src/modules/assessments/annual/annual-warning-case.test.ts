import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ok,
  refused,
  testClock,
  YEAR_OPS,
  type Officers,
} from '../../../../test/factories/cycle.js';
import type { DemoLookup } from '../../../../test/factories/demo-lookup.js';
import {
  publishedYear,
  yearStory,
  type YearStory,
} from '../../../../test/factories/year-states.js';
import type { TestServer } from '../../../../test/test-server.js';

/**
 * The warning case of the member whose approved and published 2026 year was red (办公室党支部):
 * interview, rectification measures, closing — each step and each refusal a user can meet, on a
 * server and database of its own (test/factories/year-states.ts).
 */
let server: TestServer;
let demo: DemoLookup;
let t: Record<string, string>;
let o: Officers;
let office: string;
let laggard: string; // a member who kept no records all year
const clock = testClock('2026-04-01T09:00:00+08:00');

let story: YearStory | undefined;

beforeAll(async () => {
  story = await yearStory(clock);
  ({ server, demo, t, o, office, laggard } = story);
  await publishedYear(story, clock);
});
// A set-up that failed has nothing to close.
afterAll(() => story?.server.close());

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

  it('is listed on the member’s page by member alone, of whichever year', async () => {
    const mine = await ok<{ outcomeCases: { memberId: string; year: number }[] }>(
      server,
      `query($m: ID) { outcomeCases(memberId: $m) { memberId year } }`,
      { m: laggard },
      o.secretary,
    );
    expect(mine.outcomeCases).toEqual([{ memberId: laggard, year: 2026 }]);
    expect(await refused(server, `{ outcomeCases { id } }`, {}, o.secretary)).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'year',
    });
  });

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
    // The secretary's work queue leads to the cases of that year (the page opens the year the
    // link names), not to the list of the current one.
    const queue = await ok<{
      myTasks: {
        tasks: {
          kind: string;
          link: string;
          dueOn: string;
          items: { ref: string; link: string; labelZh: string; labelEn: string }[];
        }[];
      };
    }>(
      server,
      `query { myTasks { tasks { kind link items { ref link labelZh labelEn } } } }`,
      {},
      o.secretary,
    );
    const due = queue.myTasks.tasks.find((x) => x.kind === 'WARNING_CASES_DUE')!;
    // The group says these are warnings; each item names its step, whose, and which year's.
    const own = due.items.find((i) => i.ref === caseId)!;
    expect(own.labelZh).toMatch(/^.+的整改（2026年度）$/);
    expect(own.labelEn).toMatch(/^rectification by .+ \(2026 results\)$/);
    expect(due.items.map((i) => i.link)).toEqual(
      Array(due.items.length).fill('/warnings?year=2026'),
    );
    expect(due.link).toBe('/warnings?year=2026');
  });

  it('puts the measures on the member’s own to-do list, each due by its deadline', async () => {
    const created = await ok<{ createUser: { id: string } }>(
      server,
      'mutation($i: CreateUserInput!) { createUser(input: $i) { id } }',
      {
        i: {
          loginName: 'laggard',
          displayName: 'laggard',
          memberId: laggard,
          password: 'Jifen@2026',
          mustChangePassword: false,
        },
      },
      t['admin']!,
    );
    await ok(
      server,
      'mutation($i: GrantRoleInput!) { grantRole(input: $i) { id } }',
      { i: { userId: created.createUser.id, role: 'MEMBER', branchId: office } },
      t['admin']!,
    );
    const token = await server.login('laggard');
    const mine = async () =>
      (
        await ok<{
          myTasks: {
            tasks: {
              kind: string;
              count: number;
              link: string;
              labelEn: string;
              items: { labelZh: string; dueOn: string }[];
            }[];
          };
        }>(
          server,
          `{ myTasks { tasks { kind count link labelEn items { labelZh dueOn } } } }`,
          {},
          token,
        )
      ).myTasks.tasks.find((x) => x.kind === 'MEASURES_TO_COMPLETE');
    expect(await mine()).toMatchObject({
      count: 2,
      link: '/my/scores',
      labelEn: '2 rectification measures to carry out',
      items: [
        { labelZh: '补缴 2026 年党费（2026年度预警的整改）', dueOn: '2027-02-28' },
        { labelZh: '每日登录学习强国并完成每日一题（2026年度预警的整改）', dueOn: '2027-03-31' },
      ],
    });
    // The secretary's own list has no such item: the measures are the member's.
    const secretary = await ok<{ myTasks: { tasks: { kind: string }[] } }>(
      server,
      `{ myTasks { tasks { kind } } }`,
      {},
      o.secretary,
    );
    expect(secretary.myTasks.tasks.map((x) => x.kind)).not.toContain('MEASURES_TO_COMPLETE');
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
    const left = await ok<{ myTasks: { tasks: { kind: string; count: number }[] } }>(
      server,
      `{ myTasks { tasks { kind count } } }`,
      {},
      await server.login('laggard'),
    );
    expect(left.myTasks.tasks.find((x) => x.kind === 'MEASURES_TO_COMPLETE')?.count).toBe(1);
    expect(
      (await refused(server, CASE.close, { c: caseId, n: '整改到位' }, o.secretary)).message,
    ).toBe('还有 1 项整改措施未完成，不能结案');
    const inEnglish = await server.gql(CASE.close, { c: caseId, n: '整改到位' }, o.secretary);
    expect(inEnglish.errors![0]!.extensions?.['messageEn']).toBe('1 measure is not done yet');
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

  it('lists one member’s cases for their page, and refuses an id that is not one', async () => {
    const BY_MEMBER = `query($y: Int!, $m: ID) { outcomeCases(year: $y, memberId: $m) { memberId } }`;
    const all = await ok<{ outcomeCases: { memberId: string }[] }>(
      server,
      BY_MEMBER,
      { y: 2026 },
      o.secretary,
    );
    const theirs = await ok<{ outcomeCases: { memberId: string }[] }>(
      server,
      BY_MEMBER,
      { y: 2026, m: laggard },
      o.secretary,
    );
    expect(theirs.outcomeCases.length).toBeGreaterThan(0);
    expect(theirs.outcomeCases.every((c) => c.memberId === laggard)).toBe(true);
    // Another member's page shows none of them, though the secretary sees them all in the list.
    expect(all.outcomeCases.some((c) => c.memberId === laggard)).toBe(true);
    const other = await ok<{ outcomeCases: { memberId: string }[] }>(
      server,
      BY_MEMBER,
      { y: 2026, m: await demo.memberOf('dangyuan1') },
      o.secretary,
    );
    expect(other.outcomeCases.some((c) => c.memberId === laggard)).toBe(false);
    const bad = await server.gql(BY_MEMBER, { y: 2026, m: 'not-an-id' }, o.secretary);
    expect(bad.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'memberId',
    });
  });
  it('is among the audit entries about the member, beside their grade, and none about others', async () => {
    const ABOUT = `query($m: ID) { auditEntries(filter: { memberId: $m }, limit: 200) {
      entries { operation entityName entityId changes { field label after } } } }`;
    type About = {
      auditEntries: {
        entries: {
          operation: string;
          entityName: string;
          entityId: string | null;
          changes: { field: string; label: string; after: string | null }[];
        }[];
      };
    };
    const about = (await ok<About>(server, ABOUT, { m: laggard }, t['admin']!)).auditEntries
      .entries;
    // Their quarters' confirmations and signatures, their grade and the year's totals, every
    // step of their case, and the account made for them.
    expect(new Set(about.map((e) => e.operation))).toEqual(
      new Set([
        'user.create',
        'quarter.confirmation.confirm',
        'quarter.sign',
        'year.grades.record',
        'year.submit',
        'outcomeCase.open',
        'outcomeCase.interview',
        'outcomeCase.measures',
        'outcomeCase.measure.done',
        'outcomeCase.close',
      ]),
    );
    // The grade is theirs, by name; no other member's case is listed.
    const name = (await demo.members('BGS')).find((m) => m.id === laggard)!.name;
    const grades = about.find((e) => e.operation === 'year.grades.record')!;
    expect(grades.changes.map((c) => c.label)).toContain(`等次 · ${name}`);
    expect(grades.changes.length).toBeGreaterThan(1);
    // Their page asks for their own row alone of a field recorded member by member.
    const own = await ok<About>(
      server,
      ABOUT.replace('changes {', 'changes(memberId: $m) {'),
      { m: laggard },
      t['admin']!,
    );
    const ownGrades = own.auditEntries.entries.find((e) => e.operation === 'year.grades.record')!;
    expect(ownGrades.changes.map((c) => c.label)).toEqual([`等次 · ${name}`]);
    const signed = own.auditEntries.entries.find((e) => e.operation === 'quarter.sign')!;
    expect(signed.changes.map((c) => c.label)).toEqual(
      expect.arrayContaining(['状态', `各人总分 · ${name}`]),
    );
    expect(signed.changes.filter((c) => c.label.startsWith('各人总分'))).toHaveLength(1);
    const others = (await cases()).filter((c) => c.memberId !== laggard).map((c) => c.id);
    expect(about.filter((e) => others.includes(e.entityId ?? ''))).toEqual([]);
    // Another branch's secretary reads none of it; an id that is not one is refused.
    const elsewhere = await ok<About>(server, ABOUT, { m: laggard }, t['shuji2']!);
    expect(elsewhere.auditEntries.entries).toEqual([]);
    expect(await refused(server, ABOUT, { m: 'not-an-id' }, t['admin']!)).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'filter.memberId',
    });
  });
});
