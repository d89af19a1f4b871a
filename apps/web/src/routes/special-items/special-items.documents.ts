import { graphql } from '../../graphql';

export const BranchItemProposalsQuery = graphql(`
  query BranchItemProposals($year: Int!, $branchId: ID) {
    branchItemProposals(year: $year, branchId: $branchId) {
      id
      year
      itemCode
      item
      reason
      status
      statusLabel
      decisionReason
      decidedAt
      createdAt
      version
      branchId
      branch {
        id
        name
      }
    }
  }
`);

export const DecideBranchItemMutation = graphql(`
  mutation DecideBranchItem(
    $id: ID!
    $approve: Boolean!
    $reason: String!
    $expectedVersion: Int!
  ) {
    decideBranchItem(
      id: $id
      approve: $approve
      reason: $reason
      expectedVersion: $expectedVersion
    ) {
      id
      status
      statusLabel
      decisionReason
      decidedAt
      version
    }
  }
`);

export const BranchItemProposalStatusesQuery = graphql(`
  query BranchItemProposalStatuses {
    branchItemProposalStatuses {
      status
      label
    }
  }
`);
