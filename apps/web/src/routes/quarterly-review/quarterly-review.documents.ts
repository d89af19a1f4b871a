import { graphql } from '../../graphql';

export const QuarterReviewFieldsFragment = graphql(`
  fragment QuarterReviewFields on QuarterAssessment {
    id
    year
    quarter
    branchId
    state
    availableActions
    revision
    reviewStartedAt
    signedAt
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
      }
      confirmation {
        id
        state
        objection
        resolution
        respondedAt
        resolvedAt
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
  mutation RecordPanelConfirmations($assessmentId: ID!, $memberIds: [ID!]!) {
    recordPanelConfirmations(assessmentId: $assessmentId, memberIds: $memberIds) {
      id
      state
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
  mutation SignQuarter($assessmentId: ID!) {
    signQuarter(assessmentId: $assessmentId) {
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
