import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok, testClock } from './factories/cycle.js';
import { startTestServer, type TestServer } from './test-server.js';
import { chinaDate, setClock, systemClock } from '../src/modules/calendar/clock.js';
import { demoScope, demoYears } from '../src/db/seed/demo-calendar.js';
import { seedDemo } from '../src/db/seed/seed-if-empty.js';

/**
 * The full demo (`pnpm start`) seeded on a day that stresses the calendar, read through GraphQL as
 * the committee's administrator reads it. Each day has its own test file (demo-on-*.test.ts), so
 * the three seedings run side by side and one day's failure stays its own.
 */

const Q = {
  branches: `{ branches { id code } }`,
  recorded: `query($b: ID!, $y: Int!) { recordedMonths(branchId: $b, year: $y) { recordedThrough } }`,
  scores: `query($y: Int!, $q: Int) { scoreList(filter: { year: $y, quarter: $q }, first: 500) {
    totalCount edges { node { memberId asOf provisional outcomeBand projectionBand } } } }`,
  years: `query($y: Int!) { annualAssessments(year: $y) { id state steps { kind at } } }`,
  flags: `query($y: Int!) { committeeFlags(year: $y) { memberId band redTwoYearsRunning } }`,
  outcomes: `query($y: Int!) { yearOutcomes(year: $y) { memberId band priorityCandidate redWarning } }`,
  cases: `query($y: Int!) { outcomeCases(year: $y) { memberId level state interviewedOn interviewRecord
    measures { description deadline doneOn } } }`,
  quarters: `query($y: Int!) { quarterAssessments(year: $y) { id quarter state branchId } }`,
  publications: `query($y: Int!) { publications(year: $y) { kind quarter number
    objections { state decision correctionId } } }`,
  tasks: `{ myTasks { tasks { kind branchName count overdueCount dueOn } } }`,
  recordsYears: `query($y: Int!) { tryOutRecordsYears(draftYear: $y) {
    year recordedThrough branchesRecorded branchesApproved provisional preferred } }`,
  spotChecks: `{ spotChecks { title fromMonth toMonth sampleSize
    items { branchId state findingNote answer checkedAt closedAt } } }`,
} as const;

type Score = {
  memberId: string;
  asOf: string;
  provisional: boolean;
  outcomeBand: string | null;
  projectionBand: string | null;
};

export function describeDemoOn(today: string): void {
  const { year, recordedMonths, finishedQuarters } = demoYears(today);
  describe(`the demo seeded on ${today}`, () => {
    let server: TestServer;
    let admin: string;
    const ask = <T>(query: string, variables: Record<string, unknown> = {}) =>
      ok<T>(server, query, variables, admin);

    beforeAll(async () => {
      testClock(`${today}T09:00:00+08:00`);
      server = await startTestServer({}, { template: 'migrated' });
      await seedDemo(server.db.orm, { scope: demoScope('full', today) });
      admin = await server.login('admin');
    }, 600_000);
    afterAll(async () => {
      await server?.close();
      setClock(systemClock);
    });

    it('has recorded the current year through the month before, and scores no later month', async () => {
      const { branches } = await ask<{ branches: { id: string }[] }>(Q.branches);
      const last = recordedMonths ? `${year}-${String(recordedMonths).padStart(2, '0')}` : null;
      for (const b of branches) {
        const r = await ask<{ recordedMonths: { recordedThrough: string | null } }>(Q.recorded, {
          b: b.id,
          y: year,
        });
        expect(r.recordedMonths.recordedThrough).toBe(last);
      }
      const { scoreList } = await ask<{ scoreList: { edges: { node: Score }[] } }>(Q.scores, {
        y: year,
      });
      for (const { node } of scoreList.edges) {
        expect(node.provisional).toBe(true);
        if (last) expect(node.asOf <= last, `${node.asOf} after ${last}`).toBe(true);
        else expect(node.asOf < `${year}-01`, `${node.asOf} scored on 1 January`).toBe(true);
      }
    });

    it('offers next year’s draft this year’s records as far as recorded, and last year’s approved', async () => {
      const last = recordedMonths ? `${year}-${String(recordedMonths).padStart(2, '0')}` : null;
      const { tryOutRecordsYears } = await ask<{ tryOutRecordsYears: unknown[] }>(Q.recordsYears, {
        y: year + 1,
      });
      expect(tryOutRecordsYears).toEqual([
        {
          year,
          recordedThrough: last,
          branchesRecorded: last ? 6 : 0,
          branchesApproved: 0,
          provisional: last !== null,
          preferred: true,
        },
        {
          year: year - 1,
          recordedThrough: `${year - 1}-12`,
          branchesRecorded: 6,
          branchesApproved: 6,
          provisional: false,
          preferred: false,
        },
      ]);
    });

    it('holds the previous year approved and published, with warning cases followed up', async () => {
      const years = await ask<{
        annualAssessments: { state: string; steps: { kind: string; at: string }[] }[];
      }>(Q.years, { y: year - 1 });
      expect(years.annualAssessments.map((a) => a.state)).toEqual(Array(6).fill('PUBLISHED'));
      const { yearOutcomes } = await ask<{
        yearOutcomes: { band: string; priorityCandidate: boolean; redWarning: boolean }[];
      }>(Q.outcomes, { y: year - 1 });
      const count = (band: string) => yearOutcomes.filter((o) => o.band === band).length;
      expect(count('priorityCandidate')).toBeGreaterThan(0);
      expect(count('priorityCandidate')).toBeLessThan(yearOutcomes.length / 2);
      expect(count('redWarning')).toBeGreaterThan(0);
      expect(count('yellowWarning')).toBeGreaterThan(0);
      // The warned are the few who fell behind, not two fifths of the bureau.
      expect(count('yellowWarning') + count('redWarning')).toBeLessThan(yearOutcomes.length / 10);
      expect(count('incentive')).toBeGreaterThan(yearOutcomes.length * 0.75);
      const { outcomeCases } = await ask<{
        outcomeCases: {
          memberId: string;
          level: string;
          interviewedOn: string | null;
          interviewRecord: string | null;
          state: string;
          measures: { deadline: string; doneOn: string | null }[];
        }[];
      }>(Q.cases, { y: year - 1 });
      expect(new Set(outcomeCases.map((c) => c.level))).toEqual(new Set(['YELLOW', 'RED']));
      // The year before, only the pilot branch kept the assessment; one of its members was red
      // then and again last year: the committee sees them flagged.
      const pilot = await ask<{ annualAssessments: { state: string }[] }>(Q.years, { y: year - 2 });
      expect(pilot.annualAssessments.map((a) => a.state)).toEqual(['PUBLISHED']);
      const { committeeFlags } = await ask<{
        committeeFlags: { memberId: string; band: string; redTwoYearsRunning: boolean }[];
      }>(Q.flags, { y: year - 1 });
      expect(committeeFlags).toHaveLength(1);
      expect(committeeFlags[0]).toMatchObject({ band: 'redWarning', redTwoYearsRunning: true });
      const redCase = outcomeCases.find((c) => c.memberId === committeeFlags[0]!.memberId);
      expect(redCase?.level).toBe('RED');
      for (const c of outcomeCases) {
        expect(c.interviewedOn! <= today).toBe(true);
        expect(c.interviewRecord).toBeTruthy();
        expect(c.measures.length).toBeGreaterThan(0);
        // Once the quarter the measures were due in is nearly over (the demo closes cases on 27
        // March), they were carried out and the case closed; a red case keeps one outstanding,
        // so the overdue lists name a few cases, not every case of two years.
        const undone = c.measures.filter((m) => !m.doneOn).length;
        if (`${year}-03-27` >= today)
          expect([c.state, undone]).toEqual(['RECTIFYING', c.measures.length]);
        else if (c.level === 'RED') expect([c.state, undone]).toEqual(['RECTIFYING', 1]);
        else expect([c.state, undone]).toEqual(['CLOSED', 0]);
      }
      // The log dates each step on the day the demo took it: the committee approved last year
      // on 12 January (or today, seeded earlier) and the pilot year a year before, not when the
      // demo was seeded.
      const approvals = await ask<{ auditEntries: { entries: { at: string }[] } }>(
        `{ auditEntries(filter: { operation: "year.approve" }, limit: 20) { entries { at } } }`,
      );
      const approvedOn = `${year}-01-12` < today ? `${year}-01-12` : today;
      expect(approvals.auditEntries.entries.map((e) => chinaDate(new Date(e.at)))).toEqual([
        ...Array(6).fill(approvedOn),
        `${year - 1}-01-12`,
      ]);
      // So does each year's own record of its steps.
      for (const a of years.annualAssessments)
        expect(
          a.steps.filter((s) => s.kind === 'APPROVED').map((s) => chinaDate(new Date(s.at))),
        ).toEqual([approvedOn]);
      const pilotCases = await ask<{ outcomeCases: { state: string }[] }>(Q.cases, {
        y: year - 2,
      });
      expect(pilotCases.outcomeCases.length).toBeGreaterThan(0);
      for (const c of pilotCases.outcomeCases)
        expect(c.state).toBe(`${year - 1}-03-27` < today ? 'CLOSED' : 'RECTIFYING');
    });

    it('publishes the current year’s finished quarters, one with an upheld objection', async () => {
      const { quarterAssessments } = await ask<{
        quarterAssessments: { quarter: number; state: string }[];
      }>(Q.quarters, { y: year });
      expect(quarterAssessments).toHaveLength(6 * finishedQuarters);
      for (const q of quarterAssessments) {
        expect(q.quarter).toBeLessThanOrEqual(finishedQuarters);
        expect(['PUBLISHED', 'CLOSED']).toContain(q.state);
      }
      const { publications } = await ask<{
        publications: { kind: string; objections: { state: string; correctionId: string }[] }[];
      }>(Q.publications, { y: year });
      const upheld = publications.flatMap((p) => p.objections).filter((o) => o.state === 'UPHELD');
      expect(upheld).toHaveLength(finishedQuarters > 0 ? 1 : 0);
    });

    it('holds the committee’s spot checks: last year’s closed, this year’s awaiting a branch', async () => {
      const { spotChecks } = await ask<{
        spotChecks: {
          title: string;
          fromMonth: string;
          toMonth: string;
          sampleSize: number;
          items: {
            branchId: string;
            state: string;
            findingNote: string | null;
            answer: string | null;
            checkedAt: string | null;
            closedAt: string | null;
          }[];
        }[];
      }>(Q.spotChecks);
      const { branches } = await ask<{ branches: { id: string; code: string }[] }>(Q.branches);
      const states = (c: (typeof spotChecks)[number]) => c.items.map((i) => i.state).sort();
      const lastYear = spotChecks.find((c) => c.fromMonth === `${year - 1}-07`);
      expect(lastYear).toMatchObject({ title: `${year - 1}年第三季度台账抽查`, sampleSize: 24 });
      // Every item checked on its day; the one discrepancy answered and closed.
      expect(states(lastYear!)).toEqual([...Array(23).fill('CONFIRMED'), 'CLOSED'].sort());
      const closed = lastYear!.items.find((i) => i.state === 'CLOSED')!;
      expect(closed.findingNote && closed.answer).toBeTruthy();
      expect(closed.closedAt!.slice(0, 10)).toBe(`${year - 1}-11-10`);
      const thisYear = spotChecks.filter((c) => c.fromMonth.startsWith(`${year}-`));
      // On 1 January nothing of the year is recorded, so nothing of it can be drawn.
      if (recordedMonths === 0) return expect(thisYear).toHaveLength(0);
      expect(thisYear).toHaveLength(1);
      const check = thisYear[0]!;
      expect(check.toMonth <= `${year}-${String(recordedMonths).padStart(2, '0')}`).toBe(true);
      for (const item of check.items) expect(item.checkedAt!.slice(0, 10) <= today).toBe(true);
      // Its discrepancy waits for 办公室党支部 (BGS), whose secretary is a demo log-in.
      const waiting = check.items.filter((i) => i.state === 'FOLLOW_UP');
      expect(waiting).toHaveLength(1);
      expect(branches.find((b) => b.id === waiting[0]!.branchId)?.code).toBe('BGS');
    });

    it('puts the open declarations in the work queues within their time', async () => {
      type Tasks = { myTasks: { tasks: { kind: string; count: number; overdueCount: number }[] } };
      const kinds = ['DECLARATIONS_TO_DECIDE', 'DISPUTES_TO_DECIDE'];
      const declarationTasks = async (login: string) => {
        const token = await server.login(login);
        const r = await ok<Tasks>(server, Q.tasks, {}, token);
        return r.myTasks.tasks.filter((t) => kinds.includes(t.kind));
      };
      // 办公室's scorekeeper decides the waiting one, its secretary the disputed one.
      const waiting = await declarationTasks('jifenyuan1');
      const disputed = await declarationTasks('shuji1');
      if (recordedMonths === 0) return expect([...waiting, ...disputed]).toEqual([]);
      expect(waiting).toMatchObject([
        { kind: 'DECLARATIONS_TO_DECIDE', count: 1, overdueCount: 0 },
      ]);
      expect(disputed).toMatchObject([{ kind: 'DISPUTES_TO_DECIDE', count: 1, overdueCount: 0 }]);
    });

    it('projects the current year with a believable spread, and one member red two years running', async () => {
      const { scoreList } = await ask<{ scoreList: { edges: { node: Score }[] } }>(Q.scores, {
        y: year,
      });
      const bands = scoreList.edges.map((e) => e.node.projectionBand);
      const total = bands.length;
      // On 1 January nothing of the year is recorded, so nothing is scored or projected yet.
      if (recordedMonths === 0) return expect(total).toBe(0);
      expect(total).toBeGreaterThan(140);
      const count = (band: string) => bands.filter((b) => b === band).length;
      expect(count('priorityCandidate') + count('redWarning')).toBeLessThan(total / 2);
      expect(count('redWarning')).toBeLessThan(total / 10);
      // Most members are on course for the incentive band; a few are warned early (more in
      // March, when two months stand for the year, than in December).
      expect(count('incentive')).toBeGreaterThan(total * 0.7);
      expect(count('yellowWarning') + count('redWarning')).toBeLessThan(total / 5);
      const { outcomeCases } = await ask<{ outcomeCases: { memberId: string; level: string }[] }>(
        Q.cases,
        { y: year - 1 },
      );
      const redLastYear = new Set(
        outcomeCases.filter((c) => c.level === 'RED').map((c) => c.memberId),
      );
      const redAgain = scoreList.edges.filter(
        (e) => redLastYear.has(e.node.memberId) && e.node.projectionBand === 'redWarning',
      );
      expect(redAgain.length).toBeGreaterThanOrEqual(1);
    });
  });
}
