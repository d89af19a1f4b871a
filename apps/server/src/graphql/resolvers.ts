import type { NonEmptyArray } from 'type-graphql';
import { ApiTokenFieldsResolver, ApiTokenResolver } from '../auth/api-tokens/api-token.resolver.js';
import { AuthResolver, ViewerFieldsResolver } from '../auth/auth.resolver.js';
import { AuditResolver } from '../modules/audit/audit.resolver.js';
import {
  AnnualResolver,
  AnnualStepFieldsResolver,
} from '../modules/assessments/annual/annual.resolver.js';
import { CorrectionResolver } from '../modules/assessments/corrections/correction.resolver.js';
import {
  NoticeObjectionFieldsResolver,
  NoticeResolver,
} from '../modules/assessments/notices/notice.resolver.js';
import {
  QuarterResolver,
  QuarterReviewRowResolver,
} from '../modules/assessments/quarter/quarter.resolver.js';
import { OutcomeResolver } from '../modules/outcomes/outcome.resolver.js';
import {
  SpotCheckItemFieldsResolver,
  SpotCheckResolver,
} from '../modules/supervision/spot-check.resolver.js';
import { CalendarResolver } from '../modules/calendar/calendar.resolver.js';
import {
  CalendarAmendmentFieldsResolver,
  CalendarDayFieldsResolver,
} from '../modules/calendar/calendar-words.resolver.js';
import { RoleGrantResolver } from '../auth/role-grant.resolver.js';
import { BranchResolver } from '../modules/org/branches/branch.resolver.js';
import { MemberResolver } from '../modules/org/members/member.resolver.js';
import { MemberWordsResolver } from '../modules/org/members/member-words.resolver.js';
import { MembershipResolver } from '../modules/org/members/membership.resolver.js';
import { PartyGroupResolver } from '../modules/org/branches/party-group.resolver.js';
import { RoleAssignmentResolver } from '../modules/org/users/role-assignment.resolver.js';
import {
  RosterImportRowFieldsResolver,
  RosterResolver,
} from '../modules/org/roster/roster.resolver.js';
import { UserResolver } from '../modules/org/users/user.resolver.js';
import { ViewerAccessResolver } from '../modules/org/users/viewer-access.resolver.js';
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
import { RecordedMonthsResolver } from '../modules/ledger/recorded-months/recorded-months.resolver.js';
import {
  SchemeTryOutResolver,
  TryOutLineFieldsResolver,
} from '../modules/schemes/try-out/try-out.resolver.js';
import { RuleKindsResolver } from '../modules/schemes/rule-kinds/rule-kinds.resolver.js';
import {
  MemberScoreFieldsResolver,
  ScoreConnectionFieldsResolver,
  ScoreSummaryFieldsResolver,
  ScoresResolver,
} from '../modules/scores/scores.resolver.js';
import { OutcomeBandsResolver } from '../modules/scores/outcome-bands.resolver.js';
import {
  ScorePartNamesResolver,
  SummaryPartsResolver,
} from '../modules/scores/summary-parts.resolver.js';
import { StatisticsResolver } from '../modules/statistics/statistics.resolver.js';
import { NotificationsResolver } from '../modules/tasks/reminders/notifications.resolver.js';
import { TasksResolver } from '../modules/tasks/tasks.resolver.js';

/** Every resolver class, listed once. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const resolvers: NonEmptyArray<Function> = [
  AuthResolver,
  ApiTokenResolver,
  ApiTokenFieldsResolver,
  ViewerFieldsResolver,
  ViewerAccessResolver,
  AuditResolver,
  CalendarResolver,
  CalendarDayFieldsResolver,
  CalendarAmendmentFieldsResolver,
  QuarterResolver,
  QuarterReviewRowResolver,
  NoticeResolver,
  NoticeObjectionFieldsResolver,
  CorrectionResolver,
  AnnualResolver,
  AnnualStepFieldsResolver,
  OutcomeResolver,
  SpotCheckResolver,
  SpotCheckItemFieldsResolver,
  RoleGrantResolver,
  BranchResolver,
  PartyGroupResolver,
  MemberResolver,
  MemberWordsResolver,
  MembershipResolver,
  UserResolver,
  RoleAssignmentResolver,
  RosterResolver,
  RosterImportRowFieldsResolver,
  // schemes
  SchemesResolver,
  BranchItemsResolver,
  SchemeTryOutResolver,
  TryOutLineFieldsResolver,
  RuleKindsResolver,
  // evidence, ledger
  EvidenceResolver,
  MonthlySheetResolver,
  SaveMonthlySheetPayloadResolver,
  SessionsResolver,
  RecordedMonthsResolver,
  SheetExcelResolver,
  DeclarationsResolver,
  DeclarationEventFieldsResolver,
  // scores
  ScoresResolver,
  ScoreSummaryFieldsResolver,
  SummaryPartsResolver,
  ScorePartNamesResolver,
  ScoreConnectionFieldsResolver,
  MemberScoreFieldsResolver,
  OutcomeBandsResolver,
  // statistics
  StatisticsResolver,
  // to-do lists and reminders
  TasksResolver,
  NotificationsResolver,
];
