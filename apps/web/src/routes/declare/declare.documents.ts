import { graphql } from '../../graphql';

export const MyDeclarationsQuery = graphql(`
  query MyDeclarations($filter: DeclarationFilter!) {
    declarations(filter: $filter) {
      ...DeclarationFields
    }
  }
`);

export const SubmitDeclarationMutation = graphql(`
  mutation SubmitDeclaration($input: SubmitDeclarationInput!) {
    submitDeclaration(input: $input) {
      ...DeclarationFields
    }
  }
`);

export const DisputeDeclarationMutation = graphql(`
  mutation DisputeDeclaration($input: DisputeDeclarationInput!) {
    disputeDeclaration(input: $input) {
      ...DeclarationFields
    }
  }
`);
