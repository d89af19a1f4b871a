import { graphql } from '../../graphql';

export const LoginMutation = graphql(`
  mutation Login($loginName: String!, $password: String!) {
    login(loginName: $loginName, password: $password) {
      expiresAt
      viewer {
        ...ViewerFields
      }
    }
  }
`);
