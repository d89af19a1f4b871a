import { graphql } from '../../graphql';

export const UserRowFragment = graphql(`
  fragment UserRow on UserAccount {
    id
    loginName
    displayName
    disabled
    lockedUntil
    mustChangePassword
    availableActions
    member {
      id
      name
      branch {
        id
        name
      }
    }
    roles {
      id
      role
      branchId
      branch {
        id
        name
      }
    }
  }
`);

export const UsersQuery = graphql(`
  query Users {
    users {
      ...UserRow
    }
    accountActions
  }
`);

export const GrantableRolesQuery = graphql(`
  query GrantableRoles($branchId: ID) {
    grantableRoles(branchId: $branchId)
  }
`);

export const CreateUserMutation = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      ...UserRow
    }
  }
`);

export const UpdateUserMutation = graphql(`
  mutation UpdateUser($input: UpdateUserInput!) {
    updateUser(input: $input) {
      ...UserRow
    }
  }
`);

export const ResetUserPasswordMutation = graphql(`
  mutation ResetUserPassword($input: ResetUserPasswordInput!) {
    resetUserPassword(input: $input) {
      oneTimePassword
      user {
        ...UserRow
      }
    }
  }
`);

export const GrantRoleMutation = graphql(`
  mutation GrantRole($input: GrantRoleInput!) {
    grantRole(input: $input) {
      id
    }
  }
`);

export const RevokeRoleMutation = graphql(`
  mutation RevokeRole($id: ID!) {
    revokeRole(id: $id)
  }
`);

export const MembersToLinkQuery = graphql(`
  query MembersToLink {
    members {
      id
      name
      branch {
        id
        name
      }
    }
  }
`);
