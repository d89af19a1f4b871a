import { graphql } from '../../graphql';

/** A branch's line of the comparison table (支部对比), as the server computes it. */
export const BranchComparisonRowFragment = graphql(`
  fragment BranchComparisonRow on StatisticsGroup {
    key {
      branchId
      branchName
    }
    suppressed
    memberCount
    total {
      mean
      median
      min
      max
    }
    base {
      mean
    }
    special {
      mean
    }
    evaluation {
      mean
    }
    categories {
      code
      nameZh
      nameEn
      score {
        mean
      }
    }
    bands {
      band
      labelZh
      labelEn
      count
    }
  }
`);

/** Participation by branch (参与情况), from the ledger, as the server computes it. */
export const BranchParticipationQuery = graphql(`
  query BranchParticipation($filter: StatisticsFilter!) {
    participationStatistics(filter: $filter, groupBy: [BRANCH]) {
      minGroupSize
      groups {
        key {
          branchId
          branchName
        }
        provisional
        suppressed
        memberCount
        attendanceRate
        quotas {
          itemCode
          nameZh
          nameEn
          unitZh
          unitEn
          average
          fullShare
        }
        dues {
          itemCode
          nameZh
          nameEn
          onTimeShare
        }
        violations {
          itemCode
          nameZh
          nameEn
          count
        }
      }
    }
  }
`);

/** The overview's figures, all computed by the server: the bureau, each branch, each month. */
export const OverviewStatisticsQuery = graphql(`
  query OverviewStatistics($year: Int!) {
    bureau: scoreStatistics(filter: { year: $year }, bucketWidth: 5) {
      asOf
      minGroupSize
      groups {
        suppressed
        provisional
        memberCount
        total {
          mean
          median
        }
        bands {
          band
          labelZh
          labelEn
          count
        }
        histogram {
          from
          to
          count
        }
      }
    }
    branches: scoreStatistics(filter: { year: $year }, groupBy: [BRANCH]) {
      groups {
        ...BranchComparisonRow
      }
    }
    months: scoreStatistics(filter: { year: $year }, groupBy: [MONTH]) {
      groups {
        key {
          month
        }
        suppressed
        total {
          mean
        }
      }
    }
    branchMonths: scoreStatistics(filter: { year: $year }, groupBy: [BRANCH, MONTH]) {
      groups {
        key {
          branchId
          branchName
          month
        }
        suppressed
        total {
          mean
        }
      }
    }
  }
`);
