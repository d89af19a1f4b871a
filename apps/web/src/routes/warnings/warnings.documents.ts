import { graphql } from '../../graphql';

export const OutcomeCaseFieldsFragment = graphql(`
  fragment OutcomeCaseFields on OutcomeCase {
    id
    year
    branchId
    memberId
    level
    levelLabel
    total
    state
    stateLabel
    workflow {
      state
      label
      status
    }
    availableActions
    probationExtension
    redTwoYearsRunning
    interviewedOn
    interviewRecord
    causes
    closingNote
    openedAt
    closedAt
    member {
      id
      name
      status
    }
    measures {
      id
      position
      description
      deadline
      doneOn
      doneNote
    }
  }
`);

export const OutcomeCasesQuery = graphql(`
  query OutcomeCases($year: Int!, $branchId: ID) {
    outcomeCases(year: $year, branchId: $branchId) {
      ...OutcomeCaseFields
    }
  }
`);

export const RecordInterviewMutation = graphql(`
  mutation RecordInterview($input: InterviewInput!) {
    recordInterview(input: $input) {
      ...OutcomeCaseFields
    }
  }
`);

export const SetRectificationMeasuresMutation = graphql(`
  mutation SetRectificationMeasures($caseId: ID!, $measures: [MeasureInput!]!) {
    setRectificationMeasures(caseId: $caseId, measures: $measures) {
      ...OutcomeCaseFields
    }
  }
`);

export const CompleteMeasureMutation = graphql(`
  mutation CompleteMeasure($input: MeasureDoneInput!) {
    completeMeasure(input: $input) {
      id
      doneOn
      doneNote
    }
  }
`);

export const CloseOutcomeCaseMutation = graphql(`
  mutation CloseOutcomeCase($caseId: ID!, $note: String!) {
    closeOutcomeCase(caseId: $caseId, note: $note) {
      ...OutcomeCaseFields
    }
  }
`);
