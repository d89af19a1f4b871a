import { graphql } from '../../graphql';

export const BranchDeclarationsQuery = graphql(`
  query BranchDeclarations($filter: DeclarationFilter!) {
    declarations(filter: $filter) {
      ...DeclarationFields
    }
  }
`);

export const DecideDeclarationMutation = graphql(`
  mutation DecideDeclaration($input: DecideDeclarationInput!) {
    decideDeclaration(input: $input) {
      ...DeclarationFields
    }
  }
`);

export const ResolveDeclarationDisputeMutation = graphql(`
  mutation ResolveDeclarationDispute($input: ResolveDeclarationDisputeInput!) {
    resolveDeclarationDispute(input: $input) {
      ...DeclarationFields
    }
  }
`);
