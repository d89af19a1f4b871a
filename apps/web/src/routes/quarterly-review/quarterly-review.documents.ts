import { graphql } from '../../graphql';

export const QuarterReviewFieldsFragment = graphql(`
  fragment QuarterReviewFields on QuarterAssessment {
    id
    year
    quarter
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
    reviewStartedAt
    signedAt
    signOverrideReason
    publishedAt
    noticeEndsOn
    closedAt
    rows {
      memberId
      changedSinceConfirmed
      member {
        id
        name
        status
        statusLabel
      }
      confirmationLabel
      confirmationMethodLabel
      confirmation {
        id
        state
        objection
        resolution
        respondedAt
        resolvedAt
        method
        inPersonOn
        inPersonNote
        round
        seenTotal
      }
      score {
        total
        base
        special
        frozen
        schemeVersion
      }
    }
    publications {
      ...PublicationFields
    }
  }
`);

export const QuarterAssessmentsQuery = graphql(`
  query QuarterAssessments($year: Int!, $branchId: ID) {
    quarterAssessments(year: $year, branchId: $branchId) {
      ...QuarterReviewFields
    }
  }
`);

export const QuarterLinesQuery = graphql(`
  query QuarterLines($id: ID!) {
    quarterAssessment(id: $id) {
      id
      rows {
        memberId
        score {
          lines
        }
      }
    }
  }
`);

export const QuarterPreviewQuery = graphql(`
  query QuarterPreview($filter: ScoreListFilter!, $first: Int!) {
    scoreList(filter: $filter, first: $first) {
      totalCount
      edges {
        node {
          id
          memberId
          total
          base
          special
          member {
            id
            name
          }
        }
      }
    }
  }
`);

export const StartQuarterReviewMutation = graphql(`
  mutation StartQuarterReview($input: QuarterKeyInput!) {
    startQuarterReview(input: $input) {
      ...QuarterReviewFields
    }
  }
`);

export const RefreshQuarterRosterMutation = graphql(`
  mutation RefreshQuarterRoster($assessmentId: ID!) {
    refreshQuarterRoster(assessmentId: $assessmentId) {
      ...QuarterReviewFields
    }
  }
`);

export const RecordPanelConfirmationsMutation = graphql(`
  mutation RecordPanelConfirmations(
    $assessmentId: ID!
    $memberIds: [ID!]!
    $confirmedOn: String
    $note: String
  ) {
    recordPanelConfirmations(
      assessmentId: $assessmentId
      memberIds: $memberIds
      confirmedOn: $confirmedOn
      note: $note
    ) {
      id
      state
      method
      inPersonOn
    }
  }
`);

export const ResolveQuarterObjectionMutation = graphql(`
  mutation ResolveQuarterObjection($confirmationId: ID!, $resolution: String!) {
    resolveQuarterObjection(confirmationId: $confirmationId, resolution: $resolution) {
      id
      state
      resolution
    }
  }
`);

export const SignQuarterMutation = graphql(`
  mutation SignQuarter($assessmentId: ID!, $overrideReason: String) {
    signQuarter(assessmentId: $assessmentId, overrideReason: $overrideReason) {
      ...QuarterReviewFields
    }
  }
`);

export const PublishQuarterMutation = graphql(`
  mutation PublishQuarter($assessmentId: ID!) {
    publishQuarter(assessmentId: $assessmentId) {
      ...QuarterReviewFields
    }
  }
`);

export const QuarterStartActionsQuery = graphql(`
  query QuarterStartActions($input: QuarterKeyInput!) {
    quarterStartActions(input: $input)
  }
`);
