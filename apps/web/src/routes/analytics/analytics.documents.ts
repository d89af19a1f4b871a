import { graphql } from '../../graphql';

export const ScoreRankingQuery = graphql(`
  query ScoreRanking($filter: ScoreListFilter!, $first: Int!, $after: String) {
    scoreList(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        cursor
        node {
          id
          memberId
          year
          period
          total
          base
          special
          evaluation
          outcomeBand
          schemeVersion
          asOf
          member {
            id
            name
            status
            group {
              id
              name
            }
          }
          branch {
            id
            name
          }
        }
      }
    }
  }
`);

export const RankingGroupsQuery = graphql(`
  query RankingGroups($branchId: ID) {
    partyGroups(branchId: $branchId) {
      id
      name
      branchId
    }
  }
`);
