import { graphql } from '../../graphql';

export const ViewerFieldsFragment = graphql(`
  fragment ViewerFields on Viewer {
    userId
    bureauId
    bureauName
    displayName
    memberId
    roles {
      role
      branchId
    }
  }
`);

export const MeQuery = graphql(`
  query Me {
    me {
      ...ViewerFields
    }
  }
`);

export const BranchesQuery = graphql(`
  query Branches {
    branches {
      id
      name
      code
      sortOrder
    }
  }
`);

export const LogoutMutation = graphql(`
  mutation Logout {
    logout
  }
`);
