import { graphql } from '../graphql';

export const YearSchemesQuery = graphql(`
  query YearSchemes($year: Int!) {
    schemes(year: $year) {
      id
      year
      version
      status
      effectiveFromMonth
      definition
    }
  }
`);
