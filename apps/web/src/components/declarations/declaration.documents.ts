import { graphql } from '../../graphql';

export const DeclarationFieldsFragment = graphql(`
  fragment DeclarationFields on Declaration {
    id
    branchId
    memberId
    member {
      id
      name
    }
    month
    itemCode
    description
    declaredPoints
    countedPoints
    evidenceId
    status
    statusLabel
    availableActions
    scorekeeperAccepted
    lastReason
    version
    createdAt
    updatedAt
    events {
      id
      step
      stepLabel
      at
      actorRole
      actorName
      reason
      points
    }
  }
`);
