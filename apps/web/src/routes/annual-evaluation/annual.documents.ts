import { graphql } from '../../graphql';

export const AnnualFieldsFragment = graphql(`
  fragment AnnualFields on AnnualAssessment {
    id
    year
    branchId
    state
    stateLabel
    workflow {
      state
      label
      status
    }
    availableActions
    revision
    reviewedAt
    submittedAt
    approvedAt
    publishedAt
    noticeEndsOn
    grades {
      id
      memberId
      grade
      basis
      note
    }
    scores {
      memberId
      total
      base
      special
      evaluation
      grade
      band
      frozen
      revision
    }
    steps {
      id
      kind
      kindLabel
      at
      reason
    }
    publications {
      ...PublicationFields
    }
  }
`);

export const AnnualAssessmentsQuery = graphql(`
  query AnnualAssessments($year: Int!, $branchId: ID) {
    annualAssessments(year: $year, branchId: $branchId) {
      ...AnnualFields
    }
  }
`);

export const AnnualStartActionsQuery = graphql(`
  query AnnualStartActions($branchId: ID!, $year: Int!) {
    annualStartActions(branchId: $branchId, year: $year)
  }
`);

export const AnnualMembersQuery = graphql(`
  query AnnualMembers($branchId: ID) {
    members(branchId: $branchId, includeInactive: true) {
      id
      name
      status
      statusLabel
      branchId
    }
  }
`);

export const StartAnnualEvaluationMutation = graphql(`
  mutation StartAnnualEvaluation($branchId: ID!, $year: Int!) {
    startAnnualEvaluation(branchId: $branchId, year: $year) {
      ...AnnualFields
    }
  }
`);

export const RecordEvaluationGradesMutation = graphql(`
  mutation RecordEvaluationGrades($assessmentId: ID!, $grades: [EvaluationGradeInput!]!) {
    recordEvaluationGrades(assessmentId: $assessmentId, grades: $grades) {
      id
      memberId
      grade
    }
  }
`);

export const CompleteAnnualReviewMutation = graphql(`
  mutation CompleteAnnualReview($assessmentId: ID!, $note: String) {
    completeAnnualReview(assessmentId: $assessmentId, note: $note) {
      ...AnnualFields
    }
  }
`);

export const ReviseYearMutation = graphql(`
  mutation ReviseYear($assessmentId: ID!, $reason: String!) {
    reviseYear(assessmentId: $assessmentId, reason: $reason) {
      ...AnnualFields
    }
  }
`);

export const SubmitYearMutation = graphql(`
  mutation SubmitYear($assessmentId: ID!) {
    submitYear(assessmentId: $assessmentId) {
      ...AnnualFields
    }
  }
`);

export const ApproveYearMutation = graphql(`
  mutation ApproveYear($assessmentId: ID!, $comment: String) {
    approveYear(assessmentId: $assessmentId, comment: $comment) {
      ...AnnualFields
    }
  }
`);

export const ReturnYearMutation = graphql(`
  mutation ReturnYear($assessmentId: ID!, $reason: String!) {
    returnYear(assessmentId: $assessmentId, reason: $reason) {
      ...AnnualFields
    }
  }
`);

export const PublishYearMutation = graphql(`
  mutation PublishYear($assessmentId: ID!) {
    publishYear(assessmentId: $assessmentId) {
      ...AnnualFields
    }
  }
`);

export const CommitteeFlagsQuery = graphql(`
  query CommitteeFlags($year: Int!) {
    committeeFlags(year: $year) {
      memberId
      branchId
      total
      band
    }
  }
`);
