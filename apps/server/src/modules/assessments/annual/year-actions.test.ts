import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok, testClock, YEAR_OPS } from '../../../../test/factories/cycle.js';
import { reviewedYear, yearStory, type YearStory } from '../../../../test/factories/year-states.js';

/**
 * What the viewer may do next, as the server states it for the screens: a year's steps, a
 * warning case's steps and a notice's objections follow the roles the services check, so the web
 * shows a button only where the step would be accepted.
 */
let s: YearStory;
let yearId: string;
const clock = testClock('2026-04-01T09:00:00+08:00');

const actionsOf = async (login: string) =>
  (
    await ok<{ annualAssessment: { availableActions: string[] } }>(
      s.server,
      YEAR_OPS.year,
      { id: yearId },
      s.t[login]!,
    )
  ).annualAssessment.availableActions;

const NOTICES = `query($id: ID!) { annualAssessment(id: $id) {
  publications { noticeState availableActions } } }`;
const noticeActions = async (token: string) =>
  (
    await ok<{ annualAssessment: { publications: { availableActions: string[] }[] } }>(
      s.server,
      NOTICES,
      { id: yearId },
      token,
    )
  ).annualAssessment.publications[0]!.availableActions;

const caseActions = async (login: string) =>
  (
    await ok<{ outcomeCases: { memberId: string; availableActions: string[] }[] }>(
      s.server,
      YEAR_OPS.cases,
      { y: 2026, b: s.office },
      s.t[login]!,
    )
  ).outcomeCases.find((c) => c.memberId === s.laggard)!.availableActions;

beforeAll(async () => {
  s = await yearStory(clock);
  yearId = (await reviewedYear(s, clock)).yearId;
}, 300_000);
afterAll(() => s.server.close());

describe("the viewer's next steps", () => {
  it('offers each step of the year only to the role that takes it', async () => {
    expect(await actionsOf('shuji1')).toEqual(['revise', 'submit']);
    for (const login of ['zhiwei1', 'admin', 'analyst']) expect(await actionsOf(login)).toEqual([]);
    await ok(s.server, YEAR_OPS.submit, { a: yearId }, s.o.secretary);
    expect(await actionsOf('admin')).toEqual(['approve', 'return']);
    expect(await actionsOf('shuji1')).toEqual([]);
    await ok(s.server, YEAR_OPS.approve, { a: yearId, c: '同意' }, s.t['admin']!);
    // The branch or the committee publishes the approved year.
    expect(await actionsOf('shuji1')).toEqual(['publish']);
    expect(await actionsOf('admin')).toEqual(['publish']);
    expect(await actionsOf('zhiwei1')).toEqual([]);
  });

  it("offers starting a year's evaluation to its branch committee, from December", async () => {
    const START = `query($b: ID!, $y: Int!) { annualStartActions(branchId: $b, year: $y) }`;
    const start = async (login: string, branch: string, year: number) =>
      (
        await ok<{ annualStartActions: string[] }>(
          s.server,
          START,
          { b: s.demo.branch(branch).id, y: year },
          s.t[login]!,
        )
      ).annualStartActions;
    expect(await start('shuji2', 'CWC', 2026)).toEqual(['startEvaluation']);
    expect(await start('shuji1', 'CWC', 2026)).toEqual([]);
    expect(await start('analyst', 'CWC', 2026)).toEqual([]);
    // 2027's evaluation may not start before December 2027.
    expect(await start('shuji2', 'CWC', 2027)).toEqual([]);
  });

  it("offers a warning case's interview to the secretary only", async () => {
    expect(await caseActions('shuji1')).toEqual(['recordInterview']);
    expect(await caseActions('zhiwei1')).toEqual([]);
    expect(await caseActions('analyst')).toEqual([]);
  });

  it('lets anyone in the branch object to an open notice, and the branch committee decide', async () => {
    clock.set('2027-01-15T10:00:00+08:00');
    await ok(s.server, YEAR_OPS.publish, { a: yearId }, s.o.secretary);
    expect(await noticeActions(s.t['dangyuan1']!)).toEqual(['raiseObjection']);
    expect(await noticeActions(s.o.committee)).toEqual(['raiseObjection', 'decideObjection']);
    expect(await noticeActions(s.t['analyst']!)).toEqual([]);
    // Once the window has passed, nobody may object any more; decisions stay the committee's.
    clock.set('2027-03-01T10:00:00+08:00');
    expect(await noticeActions(s.t['dangyuan1']!)).toEqual([]);
    expect(await noticeActions(s.o.committee)).toEqual(['decideObjection']);
  });
});
