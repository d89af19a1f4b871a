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
          projectionBand
          provisional
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

export const AnnualResultsExportQuery = graphql(`
  query AnnualResultsExport($year: Int!, $branchId: ID) {
    annualResultsExport(year: $year, branchId: $branchId) {
      fileName
      mimeType
      contentBase64
      rowCount
    }
  }
`);

/** Every branch's figures for the analyst's filters, computed by the server (支部对比). */
export const AnalyticsBranchStatisticsQuery = graphql(`
  query AnalyticsBranchStatistics($filter: StatisticsFilter!) {
    scoreStatistics(filter: $filter, groupBy: [BRANCH]) {
      minGroupSize
      groups {
        ...BranchComparisonRow
      }
    }
  }
`);
