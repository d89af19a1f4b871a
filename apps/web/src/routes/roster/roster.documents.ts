import { graphql } from '../../graphql';

export const RosterQuery = graphql(`
  query Roster($branchId: ID) {
    members(branchId: $branchId) {
      id
      name
      status
      position
      active
      joinedOn
      branchId
      groupId
      branch {
        id
        name
      }
    }
  }
`);
