import { graphql } from '../../graphql';

export const ViewerFieldsFragment = graphql(`
  fragment ViewerFields on Viewer {
    userId
    bureauId
    bureauName
    displayName
    memberId
    mustChangePassword
    today
    roles {
      role
      branchId
    }
    screens {
      screen
      branchScoped
      allBranches
      branchIds
    }
    actions {
      action
      allBranches
      branchIds
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
