import { graphql } from '../graphql';

/** The outcome bands, best first, as the server names them (one vocabulary for every screen). */
export const OutcomeBandsQuery = graphql(`
  query OutcomeBands {
    outcomeBands {
      band
      code
      labelZh
      labelEn
    }
  }
`);
