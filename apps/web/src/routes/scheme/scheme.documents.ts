import { graphql } from '../../graphql';

export const SchemeFieldsFragment = graphql(`
  fragment SchemeFields on Scheme {
    id
    year
    version
    status
    definition
    effectiveFromMonth
    reason
    origin
    basedOnId
    publishedAt
    createdAt
    revision
  }
`);

export const SchemesQuery = graphql(`
  query Schemes($year: Int) {
    schemes(year: $year) {
      ...SchemeFields
    }
  }
`);

export const CreateSchemeMutation = graphql(`
  mutation CreateScheme($year: Int!, $from: SchemeSource!) {
    createScheme(year: $year, from: $from) {
      ...SchemeFields
    }
  }
`);

export const UpdateSchemeDraftMutation = graphql(`
  mutation UpdateSchemeDraft($id: ID!, $definition: JSON!, $expectedRevision: Int!) {
    updateSchemeDraft(id: $id, definition: $definition, expectedRevision: $expectedRevision) {
      ...SchemeFields
    }
  }
`);

export const PublishSchemeMutation = graphql(`
  mutation PublishScheme($id: ID!, $expectedRevision: Int!) {
    publishScheme(id: $id, expectedRevision: $expectedRevision) {
      ...SchemeFields
    }
  }
`);

export const CreateSchemeCorrectionMutation = graphql(`
  mutation CreateSchemeCorrection($year: Int!, $effectiveFromMonth: String!, $reason: String!) {
    createSchemeCorrection(year: $year, effectiveFromMonth: $effectiveFromMonth, reason: $reason) {
      ...SchemeFields
    }
  }
`);

export const SchemeSampleMembersQuery = graphql(`
  query SchemeSampleMembers($branchId: ID) {
    members(branchId: $branchId) {
      id
      name
      status
    }
  }
`);

export const SchemeSampleScoreQuery = graphql(`
  query SchemeSampleScore($memberId: ID!, $year: Int!) {
    memberScore(memberId: $memberId, year: $year) {
      memberId
      total {
        value
      }
      schemeVersion
      asOf
    }
  }
`);
