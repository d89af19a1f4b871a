import type { Probe } from '../probe-kit.js';
import { idOf, readById, writeOnRow, YEAR } from '../probe-helpers.js';

const onQuarter = (operation: string, select = 'id') =>
  writeOnRow(
    operation,
    'QuarterAssessment',
    'quarter_assessment',
    `mutation($a: ID!) { ${operation}(assessmentId: $a) { ${select} } }`,
    (r) => ({ a: r['id'] }),
  );
const list = (operation: string, select: string): Probe => ({
  operation,
  kind: 'list',
  entity: 'QuarterAssessment',
  build: (_o, t) => ({
    query: `query($b: ID) { ${operation}(branchId: $b, year: ${YEAR}) { ${select} } }`,
    variables: { b: t.branch.id },
  }),
});

/** The quarterly review: assessments, confirmations, snapshots, publications, notices, corrections. */
export const assessmentsProbes: Probe[] = [
  readById(
    'quarterAssessment',
    'QuarterAssessment',
    'quarter_assessment',
    'id rows { memberId confirmation { id } }',
    true,
  ),
  readById(
    'publication',
    'Publication',
    'publication',
    'id rows { memberId } objections { id }',
    true,
  ),
  list('quarterAssessments', 'id rows { memberId } publications { id } corrections { id }'),
  list('publications', 'id assessmentId objections { id memberId }'),
  list('corrections', 'id memberIds'),
  {
    operation: 'startQuarterReview',
    kind: 'create-with-foreign-id',
    entity: 'QuarterAssessment',
    build: (_o, t) => ({
      query: 'mutation($i: QuarterKeyInput!) { startQuarterReview(input: $i) { id } }',
      variables: { i: { branchId: t.branch.id, year: YEAR, quarter: 2 } },
    }),
  },
  writeOnRow(
    'recordPanelConfirmations',
    'MemberConfirmation',
    'quarter_assessment',
    'mutation($a: ID!, $m: [ID!]!) { recordPanelConfirmations(assessmentId: $a, memberIds: $m) { memberId } }',
    (r, _o, t) => ({ a: r['id'], m: [t.member] }),
  ),
  writeOnRow(
    'respondToQuarterRecord',
    'MemberConfirmation',
    'member_confirmation',
    'mutation($i: QuarterRecordResponseInput!) { respondToQuarterRecord(input: $i) { id } }',
    (r) => ({
      i: {
        assessmentId: r['assessment_id'],
        memberId: r['member_id'],
        agree: false,
        objection: '探针',
      },
    }),
  ),
  writeOnRow(
    'resolveQuarterObjection',
    'MemberConfirmation',
    'member_confirmation',
    'mutation($c: ID!) { resolveQuarterObjection(confirmationId: $c, resolution: "探针") { id } }',
    (r) => ({ c: r['id'] }),
  ),
  onQuarter('signQuarter'),
  onQuarter('publishQuarter'),
  onQuarter('refreshQuarterRoster'),
  {
    operation: 'raiseNoticeObjection',
    kind: 'create-with-foreign-id',
    entity: 'NoticeObjection',
    build: (_o, t) => {
      const p = idOf(t, 'publication');
      return p
        ? {
            query: 'mutation($i: NoticeObjectionInput!) { raiseNoticeObjection(input: $i) { id } }',
            variables: { i: { publicationId: p, memberId: t.member, content: '探针' } },
          }
        : null;
    },
  },
  writeOnRow(
    'decideNoticeObjection',
    'NoticeObjection',
    'notice_objection',
    'mutation($i: ObjectionDecisionInput!) { decideNoticeObjection(input: $i) { id } }',
    (r) => ({ i: { objectionId: r['id'], uphold: false, decision: '探针' } }),
  ),
  {
    operation: 'openCorrection',
    kind: 'create-with-foreign-id',
    entity: 'Correction',
    build: (_o, t) => {
      const a = idOf(t, 'quarter_assessment');
      return a
        ? {
            query: 'mutation($i: CorrectionInput!) { openCorrection(input: $i) { id } }',
            variables: {
              i: { assessmentId: a, kind: 'QUARTER', memberIds: [t.member], reason: '探针' },
            },
          }
        : null;
    },
  },
  writeOnRow(
    'applyCorrection',
    'Correction',
    'correction',
    'mutation($c: ID!) { applyCorrection(correctionId: $c) { id } }',
    (r) => ({ c: r['id'] }),
  ),
  writeOnRow(
    'withdrawCorrection',
    'Correction',
    'correction',
    'mutation($c: ID!) { withdrawCorrection(correctionId: $c, reason: "探针") { id } }',
    (r) => ({ c: r['id'] }),
  ),
];
