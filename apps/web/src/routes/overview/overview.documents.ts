import { graphql } from '../../graphql';

export const OverviewScoresQuery = graphql(`
  query OverviewScores($filter: ScoreListFilter!, $first: Int!, $after: String) {
    scoreList(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        node {
          id
          memberId
          branchId
          period
          total
          outcomeBand
        }
      }
    }
  }
`);
