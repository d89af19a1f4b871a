import { graphql } from '../../graphql';

/** Each branch's members, mean and band counts for the year, computed by the server. */
export const AnnualBranchStatisticsQuery = graphql(`
  query AnnualBranchStatistics($year: Int!) {
    scoreStatistics(filter: { year: $year }, groupBy: [BRANCH]) {
      minGroupSize
      groups {
        key {
          branchId
        }
        suppressed
        memberCount
        total {
          mean
        }
        bands {
          band
          count
        }
      }
    }
  }
`);
