import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CYCLE_OPS,
  ok,
  refused,
  testClock,
  YEAR_OPS,
  type Officers,
} from '../../../../test/factories/cycle.js';
import {
  publishedYear,
  yearStory,
  type YearState,
  type YearStory,
} from '../../../../test/factories/year-states.js';
import type { TestServer } from '../../../../test/test-server.js';

/**
 * What follows 办公室党支部's approved and published 2026 year: a correction of it — each step and
 * each refusal a user can meet (the red member's warning case: annual-warning-case.test.ts).
 * Each group of tests runs on a server and database of its own, brought to where it starts by
 * the factories in test/factories/year-states.ts.
 */
let story: YearStory;
let server: TestServer;
const clock = testClock('2026-04-01T09:00:00+08:00');
let t: Record<string, string>;
let o: Officers;
let office: string;
let yearId: string;
let laggard: string; // a member who kept no records all year
let roster: string[];

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

/** A story of its own for the enclosing group; `arrange` brings the year to where it starts. */
function startFrom(arrange?: (s: YearStory, c: typeof clock) => Promise<YearState>) {
  let own: YearStory | undefined;
  beforeAll(async () => {
    own = story = await yearStory(clock);
    ({ server, t, o, office, laggard } = story);
    if (arrange) ({ yearId, roster } = await arrange(story, clock));
  });
  // A group whose set-up failed has nothing of its own to close.
  afterAll(() => own?.server.close());
}

describe('a correction of the approved year', () => {
  startFrom((s, c) => publishedYear(s, c, { returnedOnce: '请补充不合格等次的评议依据' }));

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

describe('a correction that lifts a member out of the warnings', () => {
  startFrom(publishedYear);

  it('withdraws the case, its note naming the corrected total in the reader’s language', async () => {
    // The yellow member nearest 70, graded excellent: the year's correction lifts them over it.
    const yellow = (await view()).scores
      .filter((s) => s.band === 'yellowWarning')
      .sort((a, b) => Number(b.total) - Number(a.total))[0]!;
    const opened = await ok<{ openCorrection: { id: string } }>(
      server,
      CYCLE_OPS.openCorrection,
      {
        i: {
          kind: 'YEAR',
          assessmentId: yearId,
          memberIds: [yellow.memberId],
          reason: '评议票数统计有误',
        },
      },
      t['admin']!,
    );
    await ok(
      server,
      YEAR_OPS.grades,
      { a: yearId, g: [{ memberId: yellow.memberId, grade: 'excellent' }] },
      o.committee,
    );
    await ok(server, CYCLE_OPS.applyCorrection, { c: opened.openCorrection.id }, t['admin']!);
    const corrected = (await view()).scores.find((s) => s.memberId === yellow.memberId)!;
    expect(Number(corrected.total)).toBeGreaterThanOrEqual(70);
    const caseOf = async (language: string) => {
      const res = await server.gql<{
        outcomeCases: { memberId: string; state: string; closingNote: string | null }[];
      }>(YEAR_OPS.cases, { y: 2026, b: office }, o.secretary, language);
      expect(res.errors).toBeUndefined();
      return res.data!.outcomeCases.find((c) => c.memberId === yellow.memberId)!;
    };
    expect(await caseOf('zh-CN')).toMatchObject({
      state: 'CLOSED',
      closingNote: `更正后不再预警（${corrected.total} 分）：评议票数统计有误`,
    });
    expect((await caseOf('en')).closingNote).toBe(
      `No longer a warning after the correction (${corrected.total} points): 评议票数统计有误`,
    );
  });
});
