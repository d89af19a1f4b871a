import { graphql } from '../../graphql';

export const MyQuartersQuery = graphql(`
  query MyQuarters($year: Int!) {
    quarterAssessments(year: $year) {
      id
      year
      quarter
      branchId
      state
      stateLabel
      noticeEndsOn
      rows {
        memberId
        changedSinceConfirmed
        confirmationLabel
        confirmation {
          id
          state
          objection
          resolution
          respondedAt
          resolvedAt
        }
        score {
          total
          base
          special
          frozen
          lines
        }
      }
      publications {
        ...PublicationFields
      }
    }
  }
`);

export const RespondToQuarterRecordMutation = graphql(`
  mutation RespondToQuarterRecord($input: QuarterRecordResponseInput!) {
    respondToQuarterRecord(input: $input) {
      id
      state
      objection
      respondedAt
    }
  }
`);
