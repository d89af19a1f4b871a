import type { Probe } from './org-probes.js';
import type { Target } from './isolation-world.js';

/**
 * The assessment cycle's operations aimed at the cycle rows behind each wall (seeded by
 * test/factories/cycle-rows.ts): reads by id must find nothing, lists must not show them, and
 * every step on them must be refused and change nothing.
 */
const byId = (
  operation: string,
  entity: string,
  field: keyof Target['cycle'],
  select = 'id',
): Probe => ({
  operation,
  kind: 'read',
  entity,
  build: (_o, t) => ({
    query: `query($id: ID!) { ${operation}(id: $id) { ${select} } }`,
    variables: { id: t.cycle[field] },
  }),
  control: (t) => t.cycle[field]!,
  // These reads answer null for a row out of sight, as a nullable field should.
  refusedWhen: (data) => Object.values((data ?? {}) as Record<string, unknown>)[0] === null,
});

/** A list asked for the target's branch by id: it must come back without the target's rows. */
const list = (operation: string, entity: string, args: string, select: string): Probe[] => [
  {
    operation,
    kind: 'list',
    entity,
    build: (_o, t) => ({
      query: `query($b: ID) { ${operation}(${args}, branchId: $b) { ${select} } }`,
      variables: { b: t.branch.id },
    }),
  },
];

type Step = {
  operation: string;
  entity: string;
  kind?: Probe['kind'];
  query: string;
  variables: (t: Target) => Record<string, unknown>;
};

const step = (s: Step): Probe => ({
  operation: s.operation,
  kind: s.kind ?? 'update',
  entity: s.entity,
  build: (_o, t) => ({ query: s.query, variables: s.variables(t) }),
});

const QUARTER_NESTED =
  'id rows { memberId score { total } confirmation { id } } publications { id rows { memberId } objections { id } } corrections { id memberIds }';
const YEAR_NESTED =
  'id scores { memberId total } grades { id memberId } steps { id } publications { id rows { memberId } }';

export const cycleProbes: Probe[] = [
  byId('quarterAssessment', 'QuarterAssessment', 'quarter', QUARTER_NESTED),
  byId('annualAssessment', 'AnnualAssessment', 'year', YEAR_NESTED),
  byId('publication', 'Publication', 'publication', 'id rows { memberId } objections { id }'),
  ...list('quarterAssessments', 'QuarterAssessment', 'year: 2026', QUARTER_NESTED),
  ...list('annualAssessments', 'AnnualAssessment', 'year: 2026', YEAR_NESTED),
  ...list('publications', 'Publication', 'year: 2026', 'id rows { memberId }'),
  ...list('corrections', 'Correction', 'year: 2026', 'id memberIds'),
  ...list('outcomeCases', 'OutcomeCase', 'year: 2026', 'id memberId measures { id }'),
  ...list('yearOutcomes', 'AnnualResult', 'year: 2026', 'memberId'),
  {
    operation: 'committeeFlags',
    kind: 'list',
    entity: 'AnnualResult',
    build: () => ({ query: 'query { committeeFlags(year: 2026) { memberId } }' }),
  },
  {
    operation: 'myAnnualResult',
    kind: 'list',
    entity: 'AnnualResult',
    build: () => ({ query: 'query { myAnnualResult(year: 2026) { memberId total } }' }),
  },
  {
    operation: 'calendarAmendments',
    kind: 'list',
    entity: 'CalendarAmendment',
    build: () => ({ query: 'query { calendarAmendments { id date } }' }),
  },
  // The committee's calendar of the caller's own bureau: the read-only analyst may not change it.
  {
    operation: 'setCalendarDay',
    kind: 'update',
    entity: 'CalendarAmendment',
    build: (_o, t) =>
      t.kind === 'own-bureau-read-only'
        ? {
            query: 'mutation($i: CalendarDayInput!) { setCalendarDay(input: $i) { id } }',
            variables: { i: { date: '2026-12-24', kind: 'WORKDAY', note: '探针' } },
          }
        : null,
  },
  {
    operation: 'removeCalendarAmendment',
    kind: 'delete',
    entity: 'CalendarAmendment',
    build: (_o, t) =>
      t.kind === 'own-bureau-read-only'
        ? { query: 'mutation { removeCalendarAmendment(date: "2026-12-24") }' }
        : null,
  },
  step({
    operation: 'startQuarterReview',
    entity: 'QuarterAssessment',
    kind: 'create-with-foreign-id',
    query: 'mutation($i: QuarterKeyInput!) { startQuarterReview(input: $i) { id } }',
    variables: (t) => ({ i: { branchId: t.branch.id, year: 2026, quarter: 2 } }),
  }),
  ...(['refreshQuarterRoster', 'signQuarter', 'publishQuarter'] as const).map((operation) =>
    step({
      operation,
      entity: 'QuarterAssessment',
      query: `mutation($a: ID!) { ${operation}(assessmentId: $a) { id } }`,
      variables: (t) => ({ a: t.cycle.quarter }),
    }),
  ),
  step({
    operation: 'respondToQuarterRecord',
    entity: 'MemberConfirmation',
    query: 'mutation($i: QuarterRecordResponseInput!) { respondToQuarterRecord(input: $i) { id } }',
    variables: (t) => ({
      i: { assessmentId: t.cycle.quarter, memberId: t.cycle.member, agree: true },
    }),
  }),
  step({
    operation: 'recordPanelConfirmations',
    entity: 'MemberConfirmation',
    query:
      'mutation($a: ID!, $m: [ID!]!) { recordPanelConfirmations(assessmentId: $a, memberIds: $m) { id } }',
    variables: (t) => ({ a: t.cycle.quarter, m: [t.cycle.member] }),
  }),
  step({
    operation: 'resolveQuarterObjection',
    entity: 'MemberConfirmation',
    query:
      'mutation($c: ID!) { resolveQuarterObjection(confirmationId: $c, resolution: "探针") { id } }',
    variables: (t) => ({ c: t.cycle.confirmation }),
  }),
  step({
    operation: 'raiseNoticeObjection',
    entity: 'NoticeObjection',
    kind: 'create-with-foreign-id',
    query: 'mutation($i: NoticeObjectionInput!) { raiseNoticeObjection(input: $i) { id } }',
    variables: (t) => ({
      i: { publicationId: t.cycle.publication, memberId: t.cycle.member, content: '探针' },
    }),
  }),
  step({
    operation: 'decideNoticeObjection',
    entity: 'NoticeObjection',
    query: 'mutation($i: ObjectionDecisionInput!) { decideNoticeObjection(input: $i) { id } }',
    variables: (t) => ({ i: { objectionId: t.cycle.objection, uphold: true, decision: '探针' } }),
  }),
  step({
    operation: 'openCorrection',
    entity: 'Correction',
    kind: 'create-with-foreign-id',
    query: 'mutation($i: CorrectionInput!) { openCorrection(input: $i) { id } }',
    variables: (t) => ({
      i: {
        kind: 'QUARTER',
        assessmentId: t.cycle.quarter,
        memberIds: [t.cycle.member],
        reason: '探针',
      },
    }),
  }),
  step({
    operation: 'applyCorrection',
    entity: 'Correction',
    query: 'mutation($c: ID!) { applyCorrection(correctionId: $c) { id } }',
    variables: (t) => ({ c: t.cycle.correction }),
  }),
  step({
    operation: 'withdrawCorrection',
    entity: 'Correction',
    query: 'mutation($c: ID!) { withdrawCorrection(correctionId: $c, reason: "探针") { id } }',
    variables: (t) => ({ c: t.cycle.correction }),
  }),
  step({
    operation: 'startAnnualEvaluation',
    entity: 'AnnualAssessment',
    kind: 'create-with-foreign-id',
    query: 'mutation($b: ID!) { startAnnualEvaluation(branchId: $b, year: 2025) { id } }',
    variables: (t) => ({ b: t.branch.id }),
  }),
  step({
    operation: 'recordEvaluationGrades',
    entity: 'EvaluationGrade',
    query:
      'mutation($a: ID!, $g: [EvaluationGradeInput!]!) { recordEvaluationGrades(assessmentId: $a, grades: $g) { id } }',
    variables: (t) => ({ a: t.cycle.year, g: [{ memberId: t.cycle.member, grade: 'excellent' }] }),
  }),
  ...(['completeAnnualReview', 'submitYear', 'approveYear', 'publishYear'] as const).map(
    (operation) =>
      step({
        operation,
        entity: 'AnnualAssessment',
        query: `mutation($a: ID!) { ${operation}(assessmentId: $a) { id } }`,
        variables: (t) => ({ a: t.cycle.year }),
      }),
  ),
  ...(['reviseYear', 'returnYear'] as const).map((operation) =>
    step({
      operation,
      entity: 'AnnualAssessment',
      query: `mutation($a: ID!) { ${operation}(assessmentId: $a, reason: "探针") { id } }`,
      variables: (t) => ({ a: t.cycle.year }),
    }),
  ),
  step({
    operation: 'recordInterview',
    entity: 'OutcomeCase',
    query: 'mutation($i: InterviewInput!) { recordInterview(input: $i) { id } }',
    variables: (t) => ({
      i: {
        caseId: t.cycle.outcomeCase,
        interviewedOn: '2026-01-05',
        record: '探针',
        causes: '探针',
      },
    }),
  }),
  step({
    operation: 'setRectificationMeasures',
    entity: 'OutcomeCase',
    query:
      'mutation($c: ID!, $m: [MeasureInput!]!) { setRectificationMeasures(caseId: $c, measures: $m) { id } }',
    variables: (t) => ({
      c: t.cycle.outcomeCase,
      m: [{ description: '探针', deadline: '2027-06-01' }],
    }),
  }),
  step({
    operation: 'completeMeasure',
    entity: 'RectificationMeasure',
    query: 'mutation($i: MeasureDoneInput!) { completeMeasure(input: $i) { id } }',
    variables: (t) => ({ i: { measureId: t.cycle.measure, doneOn: '2026-01-05', note: '探针' } }),
  }),
  step({
    operation: 'closeOutcomeCase',
    entity: 'OutcomeCase',
    query: 'mutation($c: ID!) { closeOutcomeCase(caseId: $c, note: "探针") { id } }',
    variables: (t) => ({ c: t.cycle.outcomeCase }),
  }),
];

/** Cycle operations that name no tenant row, with the reason. */
export const CYCLE_UNPROBED: Record<string, string> = {
  workingCalendar: 'the statutory calendar and the caller’s own bureau’s amendments, by date',
  noticeWindow: 'computes a date from the caller’s own bureau’s calendar',
};
