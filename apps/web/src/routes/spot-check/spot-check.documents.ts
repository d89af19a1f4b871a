import { graphql } from '../../graphql';

export const SpotCheckItemFieldsFragment = graphql(`
  fragment SpotCheckItemFields on SpotCheckItem {
    id
    position
    kind
    kindLabel
    month
    state
    stateLabel
    availableActions
    findingNote
    answer
    correctionId
    closingNote
    checkedAt
    answeredAt
    closedAt
    branch {
      id
      name
    }
    recorded {
      memberName
      itemNameZh
      itemNameEn
      value
      dutyStatus
      paidOn
      count
      note
      decision
      date
      topic
      attendees
      points
      evidence {
        id
        fileName
        mimeType
      }
    }
  }
`);

export const SpotChecksQuery = graphql(`
  query SpotChecks($branchId: ID) {
    spotChecks {
      id
      title
      fromMonth
      toMonth
      seed
      requestedSize
      requestedShare
      populationSize
      sampleSize
      createdAt
      stateCounts(branchId: $branchId) {
        state
        label
        count
      }
      items(branchId: $branchId) {
        ...SpotCheckItemFields
      }
    }
  }
`);

export const DrawSpotCheckMutation = graphql(`
  mutation DrawSpotCheck($input: DrawSpotCheckInput!) {
    drawSpotCheck(input: $input) {
      id
      sampleSize
    }
  }
`);

export const RecordSpotCheckFindingMutation = graphql(`
  mutation RecordSpotCheckFinding($input: SpotCheckFindingInput!) {
    recordSpotCheckFinding(input: $input) {
      ...SpotCheckItemFields
    }
  }
`);

export const AnswerSpotCheckFollowUpMutation = graphql(`
  mutation AnswerSpotCheckFollowUp($input: AnswerSpotCheckInput!) {
    answerSpotCheckFollowUp(input: $input) {
      ...SpotCheckItemFields
    }
  }
`);

export const CloseSpotCheckFollowUpMutation = graphql(`
  mutation CloseSpotCheckFollowUp($input: CloseSpotCheckInput!) {
    closeSpotCheckFollowUp(input: $input) {
      ...SpotCheckItemFields
    }
  }
`);

export const SpotCheckExcelQuery = graphql(`
  query SpotCheckExcel($id: ID!) {
    spotCheckExcel(id: $id) {
      fileName
      mimeType
      contentBase64
    }
  }
`);

export const BranchCorrectionsQuery = graphql(`
  query BranchCorrections($year: Int!, $branchId: ID!) {
    corrections(year: $year, branchId: $branchId) {
      id
      kind
      state
      reason
      months
      openedAt
    }
  }
`);
