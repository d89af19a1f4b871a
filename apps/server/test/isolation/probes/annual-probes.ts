import type { Probe } from '../probe-kit.js';
import { readById, writeOnRow, YEAR } from '../probe-helpers.js';

const onYear = (operation: string, args = '', vars: Record<string, unknown> = {}) =>
  writeOnRow(
    operation,
    'AnnualAssessment',
    'annual_assessment',
    `mutation($a: ID!) { ${operation}(assessmentId: $a${args}) { id } }`,
    (r) => ({ a: r['id'], ...vars }),
  );
const onCase = (operation: string, query: string, vars: (id: unknown) => Record<string, unknown>) =>
  writeOnRow(operation, 'OutcomeCase', 'outcome_case', query, (r) => vars(r['id']));
const list = (
  operation: string,
  select: string,
  entity: string,
  args = 'branchId: $b, ',
): Probe => ({
  operation,
  kind: 'list',
  entity,
  build: (_o, t) => ({
    query: `query${args ? '($b: ID)' : ''} { ${operation}(${args}year: ${YEAR}) { ${select} } }`,
    variables: args ? { b: t.branch.id } : {},
  }),
});

/** The annual evaluation and its outcomes (warning cases, rectification measures). */
export const annualProbes: Probe[] = [
  readById(
    'annualAssessment',
    'AnnualAssessment',
    'annual_assessment',
    'id scores { memberId } grades { memberId } steps { byId }',
    true,
  ),
  list('annualAssessments', 'id scores { memberId }', 'AnnualAssessment'),
  list('yearOutcomes', 'memberId branchId', 'AnnualResult'),
  list('outcomeCases', 'id memberId measures { id }', 'OutcomeCase'),
  {
    operation: 'outcomeCases',
    kind: 'list',
    entity: 'OutcomeCase',
    // A member's cases of every year, as their page asks them.
    build: (_o, t) => ({
      query:
        'query($m: ID) { outcomeCases(memberId: $m) { id memberId closingNote measures { id } } }',
      variables: { m: t.member },
    }),
  },
  list('committeeFlags', 'memberId branchId', 'AnnualResult', ''),
  list('myAnnualResult', 'memberId', 'AnnualResult', ''),
  {
    operation: 'startAnnualEvaluation',
    kind: 'create-with-foreign-id',
    entity: 'AnnualAssessment',
    build: (_o, t) => ({
      query: `mutation($b: ID!) { startAnnualEvaluation(branchId: $b, year: ${YEAR}) { id } }`,
      variables: { b: t.branch.id },
    }),
  },
  writeOnRow(
    'recordEvaluationGrades',
    'EvaluationGrade',
    'annual_assessment',
    'mutation($a: ID!, $g: [EvaluationGradeInput!]!) { recordEvaluationGrades(assessmentId: $a, grades: $g) { memberId } }',
    (r, _o, t) => ({ a: r['id'], g: [{ memberId: t.member, grade: 'qualified' }] }),
  ),
  onYear('completeAnnualReview'),
  onYear('reviseYear', ', reason: "探针"'),
  onYear('submitYear'),
  onYear('approveYear'),
  onYear('returnYear', ', reason: "探针"'),
  onYear('publishYear'),
  onCase(
    'recordInterview',
    'mutation($i: InterviewInput!) { recordInterview(input: $i) { id } }',
    (id) => ({ i: { caseId: id, causes: '探针', interviewedOn: '2027-01-20', record: '探针' } }),
  ),
  onCase(
    'setRectificationMeasures',
    'mutation($c: ID!) { setRectificationMeasures(caseId: $c, measures: [{ description: "探针", deadline: "2027-03-01" }]) { id } }',
    (id) => ({ c: id }),
  ),
  onCase(
    'closeOutcomeCase',
    'mutation($c: ID!) { closeOutcomeCase(caseId: $c, note: "探针") { id } }',
    (id) => ({ c: id }),
  ),
  writeOnRow(
    'completeMeasure',
    'RectificationMeasure',
    'rectification_measure',
    'mutation($i: MeasureDoneInput!) { completeMeasure(input: $i) { id } }',
    (r) => ({ i: { measureId: r['id'], doneOn: '2027-02-01', note: '探针' } }),
  ),
];
