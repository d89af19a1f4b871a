import type { NonEmptyArray } from 'type-graphql';
import { AuthResolver, ViewerFieldsResolver } from '../auth/auth.resolver.js';
import { AnnualResolver } from '../modules/assessments/annual.resolver.js';
import { CorrectionResolver } from '../modules/assessments/correction.resolver.js';
import { NoticeResolver } from '../modules/assessments/notice.resolver.js';
import {
  QuarterResolver,
  QuarterReviewRowResolver,
} from '../modules/assessments/quarter.resolver.js';
import { OutcomeResolver } from '../modules/outcomes/outcome.resolver.js';
import { CalendarResolver } from '../modules/calendar/calendar.resolver.js';
import { RoleGrantResolver } from '../auth/role-grant.resolver.js';
import { BranchResolver } from '../modules/org/branch.resolver.js';
import { MemberResolver } from '../modules/org/member.resolver.js';
import { MembershipResolver } from '../modules/org/membership.resolver.js';
import { PartyGroupResolver } from '../modules/org/party-group.resolver.js';
import { RoleAssignmentResolver } from '../modules/org/role-assignment.resolver.js';
import { RosterResolver } from '../modules/org/roster.resolver.js';
import { UserResolver } from '../modules/org/user.resolver.js';
import {
  DeclarationEventFieldsResolver,
  DeclarationsResolver,
} from '../modules/declarations/declarations.resolver.js';
import { EvidenceResolver } from '../modules/evidence/evidence.resolver.js';
import {
  MonthlySheetResolver,
  SaveMonthlySheetPayloadResolver,
  SessionsResolver,
  SheetExcelResolver,
} from '../modules/ledger/ledger.resolver.js';
import { BranchItemsResolver, SchemesResolver } from '../modules/schemes/schemes.resolver.js';
import {
  MemberScoreFieldsResolver,
  ScoreConnectionFieldsResolver,
  ScoreSummaryFieldsResolver,
  ScoresResolver,
} from '../modules/scores/scores.resolver.js';

/** Every resolver class, listed once. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const resolvers: NonEmptyArray<Function> = [
  AuthResolver,
  ViewerFieldsResolver,
  CalendarResolver,
  QuarterResolver,
  QuarterReviewRowResolver,
  NoticeResolver,
  CorrectionResolver,
  AnnualResolver,
  OutcomeResolver,
  RoleGrantResolver,
  BranchResolver,
  PartyGroupResolver,
  MemberResolver,
  MembershipResolver,
  UserResolver,
  RoleAssignmentResolver,
  RosterResolver,
  // schemes
  SchemesResolver,
  BranchItemsResolver,
  // evidence, ledger
  EvidenceResolver,
  MonthlySheetResolver,
  SaveMonthlySheetPayloadResolver,
  SessionsResolver,
  SheetExcelResolver,
  DeclarationsResolver,
  DeclarationEventFieldsResolver,
  // scores
  ScoresResolver,
  ScoreSummaryFieldsResolver,
  ScoreConnectionFieldsResolver,
  MemberScoreFieldsResolver,
];
