/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment ViewerFields on Viewer {\n    userId\n    bureauId\n    displayName\n    memberId\n    roles {\n      role\n      branchId\n    }\n  }\n": typeof types.ViewerFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n": typeof types.MeDocument,
    "\n  query Branches {\n    branches {\n      id\n      name\n      code\n      sortOrder\n    }\n  }\n": typeof types.BranchesDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  query ScoreRanking($filter: ScoreListFilter!, $first: Int!, $after: String) {\n    scoreList(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          id\n          memberId\n          year\n          period\n          total\n          base\n          special\n          evaluation\n          outcomeBand\n          schemeVersion\n          asOf\n          member {\n            id\n            name\n            status\n            group {\n              id\n              name\n            }\n          }\n          branch {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.ScoreRankingDocument,
    "\n  query RankingGroups($branchId: ID) {\n    partyGroups(branchId: $branchId) {\n      id\n      name\n      branchId\n    }\n  }\n": typeof types.RankingGroupsDocument,
    "\n  mutation Login($loginName: String!, $password: String!) {\n    login(loginName: $loginName, password: $password) {\n      expiresAt\n      viewer {\n        ...ViewerFields\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  query OverviewScores($filter: ScoreListFilter!, $first: Int!, $after: String) {\n    scoreList(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          memberId\n          branchId\n          period\n          total\n          outcomeBand\n        }\n      }\n    }\n  }\n": typeof types.OverviewScoresDocument,
    "\n  query Roster($branchId: ID) {\n    members(branchId: $branchId) {\n      id\n      name\n      status\n      position\n      active\n      joinedOn\n      branchId\n      groupId\n      branch {\n        id\n        name\n      }\n    }\n  }\n": typeof types.RosterDocument,
    "\n  fragment SchemeFields on Scheme {\n    id\n    year\n    version\n    status\n    definition\n    effectiveFromMonth\n    reason\n    origin\n    basedOnId\n    publishedAt\n    createdAt\n    revision\n  }\n": typeof types.SchemeFieldsFragmentDoc,
    "\n  query Schemes($year: Int) {\n    schemes(year: $year) {\n      ...SchemeFields\n    }\n  }\n": typeof types.SchemesDocument,
    "\n  mutation CreateScheme($year: Int!, $from: SchemeSource!) {\n    createScheme(year: $year, from: $from) {\n      ...SchemeFields\n    }\n  }\n": typeof types.CreateSchemeDocument,
    "\n  mutation UpdateSchemeDraft($id: ID!, $definition: JSON!, $expectedRevision: Int!) {\n    updateSchemeDraft(id: $id, definition: $definition, expectedRevision: $expectedRevision) {\n      ...SchemeFields\n    }\n  }\n": typeof types.UpdateSchemeDraftDocument,
    "\n  mutation PublishScheme($id: ID!, $expectedRevision: Int!) {\n    publishScheme(id: $id, expectedRevision: $expectedRevision) {\n      ...SchemeFields\n    }\n  }\n": typeof types.PublishSchemeDocument,
    "\n  mutation CreateSchemeCorrection($year: Int!, $effectiveFromMonth: String!, $reason: String!) {\n    createSchemeCorrection(year: $year, effectiveFromMonth: $effectiveFromMonth, reason: $reason) {\n      ...SchemeFields\n    }\n  }\n": typeof types.CreateSchemeCorrectionDocument,
    "\n  query SchemeSampleMembers($branchId: ID) {\n    members(branchId: $branchId) {\n      id\n      name\n      status\n    }\n  }\n": typeof types.SchemeSampleMembersDocument,
    "\n  query SchemeSampleScore($memberId: ID!, $year: Int!) {\n    memberScore(memberId: $memberId, year: $year) {\n      memberId\n      total {\n        value\n      }\n      schemeVersion\n      asOf\n    }\n  }\n": typeof types.SchemeSampleScoreDocument,
    "\n  query BranchItemProposals($year: Int!, $branchId: ID) {\n    branchItemProposals(year: $year, branchId: $branchId) {\n      id\n      year\n      itemCode\n      item\n      reason\n      status\n      decisionReason\n      decidedAt\n      createdAt\n      version\n      branchId\n      branch {\n        id\n        name\n      }\n    }\n  }\n": typeof types.BranchItemProposalsDocument,
    "\n  mutation DecideBranchItem($id: ID!, $approve: Boolean!, $reason: String!, $expectedVersion: Int!) {\n    decideBranchItem(id: $id, approve: $approve, reason: $reason, expectedVersion: $expectedVersion) {\n      id\n      status\n      decisionReason\n      decidedAt\n      version\n    }\n  }\n": typeof types.DecideBranchItemDocument,
};
const documents: Documents = {
    "\n  fragment ViewerFields on Viewer {\n    userId\n    bureauId\n    displayName\n    memberId\n    roles {\n      role\n      branchId\n    }\n  }\n": types.ViewerFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n": types.MeDocument,
    "\n  query Branches {\n    branches {\n      id\n      name\n      code\n      sortOrder\n    }\n  }\n": types.BranchesDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  query ScoreRanking($filter: ScoreListFilter!, $first: Int!, $after: String) {\n    scoreList(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          id\n          memberId\n          year\n          period\n          total\n          base\n          special\n          evaluation\n          outcomeBand\n          schemeVersion\n          asOf\n          member {\n            id\n            name\n            status\n            group {\n              id\n              name\n            }\n          }\n          branch {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.ScoreRankingDocument,
    "\n  query RankingGroups($branchId: ID) {\n    partyGroups(branchId: $branchId) {\n      id\n      name\n      branchId\n    }\n  }\n": types.RankingGroupsDocument,
    "\n  mutation Login($loginName: String!, $password: String!) {\n    login(loginName: $loginName, password: $password) {\n      expiresAt\n      viewer {\n        ...ViewerFields\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  query OverviewScores($filter: ScoreListFilter!, $first: Int!, $after: String) {\n    scoreList(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          memberId\n          branchId\n          period\n          total\n          outcomeBand\n        }\n      }\n    }\n  }\n": types.OverviewScoresDocument,
    "\n  query Roster($branchId: ID) {\n    members(branchId: $branchId) {\n      id\n      name\n      status\n      position\n      active\n      joinedOn\n      branchId\n      groupId\n      branch {\n        id\n        name\n      }\n    }\n  }\n": types.RosterDocument,
    "\n  fragment SchemeFields on Scheme {\n    id\n    year\n    version\n    status\n    definition\n    effectiveFromMonth\n    reason\n    origin\n    basedOnId\n    publishedAt\n    createdAt\n    revision\n  }\n": types.SchemeFieldsFragmentDoc,
    "\n  query Schemes($year: Int) {\n    schemes(year: $year) {\n      ...SchemeFields\n    }\n  }\n": types.SchemesDocument,
    "\n  mutation CreateScheme($year: Int!, $from: SchemeSource!) {\n    createScheme(year: $year, from: $from) {\n      ...SchemeFields\n    }\n  }\n": types.CreateSchemeDocument,
    "\n  mutation UpdateSchemeDraft($id: ID!, $definition: JSON!, $expectedRevision: Int!) {\n    updateSchemeDraft(id: $id, definition: $definition, expectedRevision: $expectedRevision) {\n      ...SchemeFields\n    }\n  }\n": types.UpdateSchemeDraftDocument,
    "\n  mutation PublishScheme($id: ID!, $expectedRevision: Int!) {\n    publishScheme(id: $id, expectedRevision: $expectedRevision) {\n      ...SchemeFields\n    }\n  }\n": types.PublishSchemeDocument,
    "\n  mutation CreateSchemeCorrection($year: Int!, $effectiveFromMonth: String!, $reason: String!) {\n    createSchemeCorrection(year: $year, effectiveFromMonth: $effectiveFromMonth, reason: $reason) {\n      ...SchemeFields\n    }\n  }\n": types.CreateSchemeCorrectionDocument,
    "\n  query SchemeSampleMembers($branchId: ID) {\n    members(branchId: $branchId) {\n      id\n      name\n      status\n    }\n  }\n": types.SchemeSampleMembersDocument,
    "\n  query SchemeSampleScore($memberId: ID!, $year: Int!) {\n    memberScore(memberId: $memberId, year: $year) {\n      memberId\n      total {\n        value\n      }\n      schemeVersion\n      asOf\n    }\n  }\n": types.SchemeSampleScoreDocument,
    "\n  query BranchItemProposals($year: Int!, $branchId: ID) {\n    branchItemProposals(year: $year, branchId: $branchId) {\n      id\n      year\n      itemCode\n      item\n      reason\n      status\n      decisionReason\n      decidedAt\n      createdAt\n      version\n      branchId\n      branch {\n        id\n        name\n      }\n    }\n  }\n": types.BranchItemProposalsDocument,
    "\n  mutation DecideBranchItem($id: ID!, $approve: Boolean!, $reason: String!, $expectedVersion: Int!) {\n    decideBranchItem(id: $id, approve: $approve, reason: $reason, expectedVersion: $expectedVersion) {\n      id\n      status\n      decisionReason\n      decidedAt\n      version\n    }\n  }\n": types.DecideBranchItemDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ViewerFields on Viewer {\n    userId\n    bureauId\n    displayName\n    memberId\n    roles {\n      role\n      branchId\n    }\n  }\n"): (typeof documents)["\n  fragment ViewerFields on Viewer {\n    userId\n    bureauId\n    displayName\n    memberId\n    roles {\n      role\n      branchId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Branches {\n    branches {\n      id\n      name\n      code\n      sortOrder\n    }\n  }\n"): (typeof documents)["\n  query Branches {\n    branches {\n      id\n      name\n      code\n      sortOrder\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScoreRanking($filter: ScoreListFilter!, $first: Int!, $after: String) {\n    scoreList(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          id\n          memberId\n          year\n          period\n          total\n          base\n          special\n          evaluation\n          outcomeBand\n          schemeVersion\n          asOf\n          member {\n            id\n            name\n            status\n            group {\n              id\n              name\n            }\n          }\n          branch {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ScoreRanking($filter: ScoreListFilter!, $first: Int!, $after: String) {\n    scoreList(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        cursor\n        node {\n          id\n          memberId\n          year\n          period\n          total\n          base\n          special\n          evaluation\n          outcomeBand\n          schemeVersion\n          asOf\n          member {\n            id\n            name\n            status\n            group {\n              id\n              name\n            }\n          }\n          branch {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RankingGroups($branchId: ID) {\n    partyGroups(branchId: $branchId) {\n      id\n      name\n      branchId\n    }\n  }\n"): (typeof documents)["\n  query RankingGroups($branchId: ID) {\n    partyGroups(branchId: $branchId) {\n      id\n      name\n      branchId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($loginName: String!, $password: String!) {\n    login(loginName: $loginName, password: $password) {\n      expiresAt\n      viewer {\n        ...ViewerFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($loginName: String!, $password: String!) {\n    login(loginName: $loginName, password: $password) {\n      expiresAt\n      viewer {\n        ...ViewerFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OverviewScores($filter: ScoreListFilter!, $first: Int!, $after: String) {\n    scoreList(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          memberId\n          branchId\n          period\n          total\n          outcomeBand\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OverviewScores($filter: ScoreListFilter!, $first: Int!, $after: String) {\n    scoreList(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          memberId\n          branchId\n          period\n          total\n          outcomeBand\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Roster($branchId: ID) {\n    members(branchId: $branchId) {\n      id\n      name\n      status\n      position\n      active\n      joinedOn\n      branchId\n      groupId\n      branch {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query Roster($branchId: ID) {\n    members(branchId: $branchId) {\n      id\n      name\n      status\n      position\n      active\n      joinedOn\n      branchId\n      groupId\n      branch {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SchemeFields on Scheme {\n    id\n    year\n    version\n    status\n    definition\n    effectiveFromMonth\n    reason\n    origin\n    basedOnId\n    publishedAt\n    createdAt\n    revision\n  }\n"): (typeof documents)["\n  fragment SchemeFields on Scheme {\n    id\n    year\n    version\n    status\n    definition\n    effectiveFromMonth\n    reason\n    origin\n    basedOnId\n    publishedAt\n    createdAt\n    revision\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Schemes($year: Int) {\n    schemes(year: $year) {\n      ...SchemeFields\n    }\n  }\n"): (typeof documents)["\n  query Schemes($year: Int) {\n    schemes(year: $year) {\n      ...SchemeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateScheme($year: Int!, $from: SchemeSource!) {\n    createScheme(year: $year, from: $from) {\n      ...SchemeFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateScheme($year: Int!, $from: SchemeSource!) {\n    createScheme(year: $year, from: $from) {\n      ...SchemeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSchemeDraft($id: ID!, $definition: JSON!, $expectedRevision: Int!) {\n    updateSchemeDraft(id: $id, definition: $definition, expectedRevision: $expectedRevision) {\n      ...SchemeFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateSchemeDraft($id: ID!, $definition: JSON!, $expectedRevision: Int!) {\n    updateSchemeDraft(id: $id, definition: $definition, expectedRevision: $expectedRevision) {\n      ...SchemeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishScheme($id: ID!, $expectedRevision: Int!) {\n    publishScheme(id: $id, expectedRevision: $expectedRevision) {\n      ...SchemeFields\n    }\n  }\n"): (typeof documents)["\n  mutation PublishScheme($id: ID!, $expectedRevision: Int!) {\n    publishScheme(id: $id, expectedRevision: $expectedRevision) {\n      ...SchemeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSchemeCorrection($year: Int!, $effectiveFromMonth: String!, $reason: String!) {\n    createSchemeCorrection(year: $year, effectiveFromMonth: $effectiveFromMonth, reason: $reason) {\n      ...SchemeFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateSchemeCorrection($year: Int!, $effectiveFromMonth: String!, $reason: String!) {\n    createSchemeCorrection(year: $year, effectiveFromMonth: $effectiveFromMonth, reason: $reason) {\n      ...SchemeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SchemeSampleMembers($branchId: ID) {\n    members(branchId: $branchId) {\n      id\n      name\n      status\n    }\n  }\n"): (typeof documents)["\n  query SchemeSampleMembers($branchId: ID) {\n    members(branchId: $branchId) {\n      id\n      name\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SchemeSampleScore($memberId: ID!, $year: Int!) {\n    memberScore(memberId: $memberId, year: $year) {\n      memberId\n      total {\n        value\n      }\n      schemeVersion\n      asOf\n    }\n  }\n"): (typeof documents)["\n  query SchemeSampleScore($memberId: ID!, $year: Int!) {\n    memberScore(memberId: $memberId, year: $year) {\n      memberId\n      total {\n        value\n      }\n      schemeVersion\n      asOf\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BranchItemProposals($year: Int!, $branchId: ID) {\n    branchItemProposals(year: $year, branchId: $branchId) {\n      id\n      year\n      itemCode\n      item\n      reason\n      status\n      decisionReason\n      decidedAt\n      createdAt\n      version\n      branchId\n      branch {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query BranchItemProposals($year: Int!, $branchId: ID) {\n    branchItemProposals(year: $year, branchId: $branchId) {\n      id\n      year\n      itemCode\n      item\n      reason\n      status\n      decisionReason\n      decidedAt\n      createdAt\n      version\n      branchId\n      branch {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideBranchItem($id: ID!, $approve: Boolean!, $reason: String!, $expectedVersion: Int!) {\n    decideBranchItem(id: $id, approve: $approve, reason: $reason, expectedVersion: $expectedVersion) {\n      id\n      status\n      decisionReason\n      decidedAt\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation DecideBranchItem($id: ID!, $approve: Boolean!, $reason: String!, $expectedVersion: Int!) {\n    decideBranchItem(id: $id, approve: $approve, reason: $reason, expectedVersion: $expectedVersion) {\n      id\n      status\n      decisionReason\n      decidedAt\n      version\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;