import { DutyEntry, DutyStatus } from '../../src/modules/ledger/duty-entry.entity.js';
import { QuotaEntry } from '../../src/modules/ledger/quota-entry.entity.js';
import { scopedEntityManager } from '../../src/tenancy/scoped-entity-manager.js';
import type { TestServer } from '../test-server.js';
import { CYCLE_OPS, runQuarter, testClock, YEAR_OPS } from './cycle.js';
import type { DemoLookup } from './demo-lookup.js';

type AuditStep = {
  mutation: string;
  operations: string[];
  run: (ids: Record<string, string>) => Promise<void>;
};

/**
 * The assessment cycle's mutations for the audit-coverage test, each run once with success, in
 * an order where each uses what the earlier made: 办公室's 2026 through review, notice, a
 * correction, the year and a warning case. `operations` are the entries each step must end with.
 */
export function cycleAuditSteps(server: TestServer, demo: () => DemoLookup): AuditStep[] {
  const tokens: Record<string, string> = {};
  const as = async (login: string) => (tokens[login] ??= await server.login(login));
  const call = async <T = Record<string, { id: string }>>(
    login: string,
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<T> => {
    const res = await server.gql<T>(query, variables, await as(login));
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data!;
  };
  const clock = testClock('2026-04-01T09:00:00+08:00');
  const office = () => demo().branch('BGS').id;
  const officers = async () => ({ secretary: await as('shuji1'), committee: await as('shuji1') });
  const run = (mutation: string, operations: string[], fn: AuditStep['run']): AuditStep => ({
    mutation,
    operations,
    run: fn,
  });
  return [
    run('setCalendarDay', ['calendar.amendment.create'], async () => {
      await call(
        'admin',
        'mutation { setCalendarDay(input: { date: "2026-12-31", kind: HOLIDAY, note: "审计" }) { id } }',
      );
    }),
    run('removeCalendarAmendment', ['calendar.amendment.delete'], async () => {
      await call('admin', 'mutation { removeCalendarAmendment(date: "2026-12-31") }');
    }),
    run('startQuarterReview', ['quarter.review.start'], async (ids) => {
      // A member who kept no records (a red year, for the case).
      const { bureauId } = demo();
      const em = scopedEntityManager(server.db.orm, { bureauId, branchIds: 'all' });
      // The ledger steps before this one published the year's scheme and wrote its records.
      const me = await demo().memberOf('dangyuan1');
      const laggard = (await demo().members('BGS')).find((m) => m.id !== me)!.id;
      ids['laggard'] = laggard;
      await em.nativeDelete(QuotaEntry, { memberId: laggard });
      await em.nativeUpdate(DutyEntry, { memberId: laggard }, { status: DutyStatus.MISSING });
      const started = await call<{ startQuarterReview: { id: string } }>(
        'shuji1',
        CYCLE_OPS.start,
        {
          i: { branchId: office(), year: 2026, quarter: 1 },
        },
      );
      ids['quarter'] = started.startQuarterReview.id;
    }),
    run('refreshQuarterRoster', ['quarter.roster.refresh'], async (ids) => {
      await call('shuji1', 'mutation($a: ID!) { refreshQuarterRoster(assessmentId: $a) { id } }', {
        a: ids['quarter'],
      });
    }),
    run('respondToQuarterRecord', ['quarter.confirmation.object'], async (ids) => {
      ids['me'] = await demo().memberOf('dangyuan1');
      const res = await call<{ respondToQuarterRecord: { id: string } }>(
        'dangyuan1',
        CYCLE_OPS.respond,
        {
          i: { assessmentId: ids['quarter'], memberId: ids['me'], agree: false, objection: '审计' },
        },
      );
      ids['confirmation'] = res.respondToQuarterRecord.id;
    }),
    run('resolveQuarterObjection', ['quarter.confirmation.resolve'], async (ids) => {
      await call('shuji1', CYCLE_OPS.resolve, { c: ids['confirmation'], r: '维持' });
    }),
    run('recordPanelConfirmations', ['quarter.confirmation.confirm'], async (ids) => {
      const rows = await call<{ quarterAssessment: { rows: { memberId: string }[] } }>(
        'shuji1',
        'query($id: ID!) { quarterAssessment(id: $id) { rows { memberId } } }',
        { id: ids['quarter'] },
      );
      const others = rows.quarterAssessment.rows
        .map((r) => r.memberId)
        .filter((m) => m !== ids['me']);
      await call('shuji1', CYCLE_OPS.panel, { a: ids['quarter'], m: others });
    }),
    run('signQuarter', ['quarter.sign'], async (ids) => {
      await call('shuji1', CYCLE_OPS.sign, { a: ids['quarter'] });
    }),
    run('publishQuarter', ['quarter.publish'], async (ids) => {
      await call('shuji1', CYCLE_OPS.publish, { a: ids['quarter'] });
      const q = await call<{ quarterAssessment: { publications: { id: string }[] } }>(
        'shuji1',
        'query($id: ID!) { quarterAssessment(id: $id) { publications { id } } }',
        { id: ids['quarter'] },
      );
      ids['publication'] = q.quarterAssessment.publications[0]!.id;
    }),
    run('raiseNoticeObjection', ['notice.objection.raise'], async (ids) => {
      const res = await call<{ raiseNoticeObjection: { id: string } }>(
        'dangyuan1',
        CYCLE_OPS.raise,
        {
          i: { publicationId: ids['publication'], memberId: ids['me'], content: '审计' },
        },
      );
      ids['objection'] = res.raiseNoticeObjection.id;
    }),
    run('decideNoticeObjection', ['correction.open', 'notice.objection.uphold'], async (ids) => {
      const res = await call<{ decideNoticeObjection: { correctionId: string } }>(
        'shuji1',
        CYCLE_OPS.decide,
        {
          i: { objectionId: ids['objection'], uphold: true, decision: '成立' },
        },
      );
      ids['correction'] = res.decideNoticeObjection.correctionId;
    }),
    run('withdrawCorrection', ['correction.withdraw'], async (ids) => {
      await call('shuji1', CYCLE_OPS.withdrawCorrection, { c: ids['correction'], r: '核实无误' });
    }),
    run('openCorrection', ['correction.open'], async (ids) => {
      const res = await call<{ openCorrection: { id: string } }>(
        'shuji1',
        CYCLE_OPS.openCorrection,
        {
          i: {
            kind: 'QUARTER',
            assessmentId: ids['quarter'],
            memberIds: [ids['me']],
            reason: '审计',
          },
        },
      );
      ids['correction'] = res.openCorrection.id;
    }),
    run('applyCorrection', ['quarter.publish', 'correction.apply'], async (ids) => {
      await call('dangyuan1', CYCLE_OPS.respond, {
        i: { assessmentId: ids['quarter'], memberId: ids['me'], agree: true },
      });
      await call('shuji1', CYCLE_OPS.applyCorrection, { c: ids['correction'] });
    }),
    run('startAnnualEvaluation', ['year.evaluation.start'], async (ids) => {
      for (const [q, day] of ['2026-07-01', '2026-10-09', '2027-01-04'].entries()) {
        clock.set(`${day}T09:00:00+08:00`);
        await runQuarter(server, await officers(), office(), 2026, q + 2);
      }
      clock.set('2027-01-12T09:00:00+08:00');
      const res = await call<{ startAnnualEvaluation: { id: string } }>('shuji1', YEAR_OPS.start, {
        b: office(),
        y: 2026,
      });
      ids['year'] = res.startAnnualEvaluation.id;
    }),
    run('recordEvaluationGrades', ['year.grades.record'], async (ids) => {
      const year = await call<{ annualAssessment: { scores: { memberId: string }[] } }>(
        'shuji1',
        'query($id: ID!) { annualAssessment(id: $id) { scores { memberId } } }',
        { id: ids['year'] },
      );
      const grades = year.annualAssessment.scores.map((s) => ({
        memberId: s.memberId,
        grade: s.memberId === ids['laggard'] ? 'unqualified' : 'qualified',
      }));
      await call('shuji1', YEAR_OPS.grades, { a: ids['year'], g: grades });
    }),
    run('completeAnnualReview', ['year.review.complete'], async (ids) => {
      await call('shuji1', YEAR_OPS.review, { a: ids['year'] });
    }),
    run('reviseYear', ['year.revise'], async (ids) => {
      await call('shuji1', YEAR_OPS.revise, { a: ids['year'], r: '审计' });
    }),
    run('submitYear', ['year.submit'], async (ids) => {
      await call('shuji1', YEAR_OPS.review, { a: ids['year'] });
      await call('shuji1', YEAR_OPS.submit, { a: ids['year'] });
    }),
    run('returnYear', ['year.return'], async (ids) => {
      await call('admin', YEAR_OPS.return, { a: ids['year'], r: '审计' });
    }),
    run('approveYear', ['year.approve'], async (ids) => {
      await call('shuji1', YEAR_OPS.revise, { a: ids['year'], r: '审计' });
      await call('shuji1', YEAR_OPS.review, { a: ids['year'] });
      await call('shuji1', YEAR_OPS.submit, { a: ids['year'] });
      await call('admin', YEAR_OPS.approve, { a: ids['year'] });
      const cases = await call<{ outcomeCases: { id: string; memberId: string }[] }>(
        'shuji1',
        YEAR_OPS.cases,
        { y: 2026 },
      );
      ids['case'] = cases.outcomeCases.find((c) => c.memberId === ids['laggard'])!.id;
    }),
    run('publishYear', ['year.publish'], async (ids) => {
      await call('shuji1', YEAR_OPS.publish, { a: ids['year'] });
    }),
    run('recordInterview', ['outcomeCase.interview'], async (ids) => {
      await call('shuji1', 'mutation($i: InterviewInput!) { recordInterview(input: $i) { id } }', {
        i: { caseId: ids['case'], interviewedOn: '2027-01-12', record: '审计', causes: '审计' },
      });
    }),
    run('setRectificationMeasures', ['outcomeCase.measures'], async (ids) => {
      await call(
        'shuji1',
        'mutation($c: ID!) { setRectificationMeasures(caseId: $c, measures: [{ description: "审计", deadline: "2027-03-01" }]) { id } }',
        { c: ids['case'] },
      );
      const cases = await call<{ outcomeCases: { id: string; measures: { id: string }[] }[] }>(
        'shuji1',
        YEAR_OPS.cases,
        { y: 2026 },
      );
      ids['measure'] = cases.outcomeCases.find((c) => c.id === ids['case'])!.measures[0]!.id;
    }),
    run('completeMeasure', ['outcomeCase.measure.done'], async (ids) => {
      await call(
        'shuji1',
        'mutation($i: MeasureDoneInput!) { completeMeasure(input: $i) { id } }',
        {
          i: { measureId: ids['measure'], doneOn: '2027-01-12', note: '审计' },
        },
      );
    }),
    run('closeOutcomeCase', ['outcomeCase.close'], async (ids) => {
      await call(
        'shuji1',
        'mutation($c: ID!) { closeOutcomeCase(caseId: $c, note: "审计") { id } }',
        { c: ids['case'] },
      );
    }),
  ];
}
