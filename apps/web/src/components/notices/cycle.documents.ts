import { graphql } from '../../graphql';

/** A notice (公示) as published, with its window in working days and its objections. */
export const PublicationFieldsFragment = graphql(`
  fragment PublicationFields on Publication {
    id
    branchId
    kind
    year
    quarter
    number
    publishedOn
    publishedAt
    firstCountedDay
    noticeEndsOn
    noticeState
    availableActions
    provisionalYears
    note
    rows {
      memberId
      name
      total
      base
      special
      evaluation
      grade
      band
      revision
    }
    objections {
      id
      memberId
      content
      state
      stateLabel
      decision
      raisedAt
      decidedAt
    }
  }
`);

export const RaiseNoticeObjectionMutation = graphql(`
  mutation RaiseNoticeObjection($input: NoticeObjectionInput!) {
    raiseNoticeObjection(input: $input) {
      id
      state
    }
  }
`);

export const DecideNoticeObjectionMutation = graphql(`
  mutation DecideNoticeObjection($input: ObjectionDecisionInput!) {
    decideNoticeObjection(input: $input) {
      id
      state
      decision
      decidedAt
    }
  }
`);
