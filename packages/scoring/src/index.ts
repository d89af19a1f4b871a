// Public API of @jifen/scoring. The engine is being written; see README.md.
export const SCORING_PACKAGE = '@jifen/scoring';
