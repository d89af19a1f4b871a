import type { NonEmptyArray } from 'type-graphql';
import { AuthResolver } from '../auth/auth.resolver.js';
import { MonthlySheetResolver } from '../modules/ledger/ledger.resolver.js';
import { OrgResolver } from '../modules/org/org.resolver.js';
import {
  MemberScoreFieldsResolver,
  ScoreSummaryFieldsResolver,
  ScoresResolver,
} from '../modules/scores/scores.resolver.js';

/** Every resolver class, listed once. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const resolvers: NonEmptyArray<Function> = [
  AuthResolver,
  OrgResolver,
  // ledger
  MonthlySheetResolver,
  // scores
  ScoresResolver,
  ScoreSummaryFieldsResolver,
  MemberScoreFieldsResolver,
];
