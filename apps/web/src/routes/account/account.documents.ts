import { graphql } from '../../graphql';

export const ChangeMyPasswordMutation = graphql(`
  mutation ChangeMyPassword($input: ChangeMyPasswordInput!) {
    changeMyPassword(input: $input)
  }
`);

export const ApiTokenOwnersQuery = graphql(`
  query ApiTokenOwners {
    apiTokenOwners {
      id
      loginName
      displayName
    }
  }
`);

export const ApiTokensQuery = graphql(`
  query ApiTokens($userId: ID) {
    apiTokens(userId: $userId) {
      id
      name
      prefix
      status
      statusLabel
      createdAt
      expiresAt
      revokedAt
    }
  }
`);

export const CreateApiTokenMutation = graphql(`
  mutation CreateApiToken($input: CreateApiTokenInput!) {
    createApiToken(input: $input) {
      token
      apiToken {
        id
      }
    }
  }
`);

export const RevokeApiTokenMutation = graphql(`
  mutation RevokeApiToken($id: ID!) {
    revokeApiToken(id: $id) {
      id
      status
      statusLabel
      revokedAt
    }
  }
`);
