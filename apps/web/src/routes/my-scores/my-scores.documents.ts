import { graphql } from '../../graphql';

export const MyScoreQuery = graphql(`
  query MyScore($memberId: ID!, $year: Int!, $quarter: Int, $month: Int) {
    memberScore(memberId: $memberId, year: $year, quarter: $quarter, month: $month) {
      memberId
      year
      quarter
      month
      asOf
      provisional
      schemeVersion
      projection {
        total
        band
        earlyWarning
        monthsScored
      }
      projectionLines {
        kind
        textZh
        textEn
      }
      total {
        value
        exact
      }
      base {
        value
      }
      special {
        value
      }
      evaluation {
        value
      }
      evaluationGrade
      outcome {
        band
        yellowWarning
        redWarning
        redTwoYearsRunning
        probationaryInterview
        probationExtension
      }
      categories {
        code
        nameZh
        nameEn
        value
      }
      specialItems {
        code
        nameZh
        nameEn
        value
      }
      months {
        month
        base
      }
      lines {
        section
        category
        itemCode
        kind
        month
        labelZh
        labelEn
        textZh
        textEn
        points
      }
      warnings {
        code
        messageZh
        messageEn
      }
    }
  }
`);
