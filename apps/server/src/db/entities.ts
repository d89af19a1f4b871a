import { ApiToken } from '../auth/api-tokens/api-token.entity.js';
import { AuthSession } from '../auth/sessions/auth-session.entity.js';
import { LoginFailure } from '../auth/login-failure.entity.js';
import { LoginName } from '../auth/credentials/login-name.entity.js';
import { AnnualAssessment } from '../modules/assessments/annual/annual-assessment.entity.js';
import { AnnualResult } from '../modules/assessments/annual/annual-result.entity.js';
import { AnnualStep } from '../modules/assessments/annual/annual-step.entity.js';
import { Correction } from '../modules/assessments/corrections/correction.entity.js';
import { EvaluationGrade } from '../modules/assessments/annual/evaluation-grade.entity.js';
import { MemberConfirmation } from '../modules/assessments/quarter/member-confirmation.entity.js';
import { NoticeObjection } from '../modules/assessments/notices/notice-objection.entity.js';
import { Publication } from '../modules/assessments/notices/publication.entity.js';
import { QuarterAssessment } from '../modules/assessments/quarter/quarter-assessment.entity.js';
import { QuarterSnapshot } from '../modules/assessments/quarter/quarter-snapshot.entity.js';
import { AuditChainHead } from '../modules/audit/audit-chain-head.entity.js';
import { AuditEntry } from '../modules/audit/audit-entry.entity.js';
import { CalendarAmendment } from '../modules/calendar/calendar-amendment.entity.js';
import { DeclarationEvent } from '../modules/declarations/declaration-event.entity.js';
import { Declaration } from '../modules/declarations/declaration.entity.js';
import { EvidenceFile } from '../modules/evidence/evidence-file.entity.js';
import { Attendance } from '../modules/ledger/attendance.entity.js';
import { BranchSession } from '../modules/ledger/branch-session.entity.js';
import { ClosedPeriod } from '../modules/ledger/closed-period.entity.js';
import { RecordedMonth } from '../modules/ledger/recorded-month.entity.js';
import { DutyEntry } from '../modules/ledger/duty-entry.entity.js';
import { IdempotencyKey } from '../modules/ledger/idempotency-key.entity.js';
import { QuotaEntry } from '../modules/ledger/quota-entry.entity.js';
import { Violation } from '../modules/ledger/violation.entity.js';
import { Branch } from '../modules/org/branches/branch.entity.js';
import { Bureau } from '../modules/org/bureau.entity.js';
import { Member } from '../modules/org/members/member.entity.js';
import { Membership } from '../modules/org/members/membership.entity.js';
import { PartyGroup } from '../modules/org/branches/party-group.entity.js';
import { RoleAssignment } from '../modules/org/users/role-assignment.entity.js';
import { OutcomeCase } from '../modules/outcomes/outcome-case.entity.js';
import { RectificationMeasure } from '../modules/outcomes/rectification-measure.entity.js';
import { UserAccount } from '../modules/org/users/user-account.entity.js';
import { BranchItemProposal } from '../modules/schemes/branch-item-proposal.entity.js';
import { Scheme } from '../modules/schemes/scheme.entity.js';
import { ScoreSummary } from '../modules/scores/score-summary.entity.js';
import { SpotCheckItem } from '../modules/supervision/spot-check-item.entity.js';
import { SpotCheck } from '../modules/supervision/spot-check.entity.js';
import { Notification } from '../modules/tasks/reminders/notification.entity.js';
import { TaskSetting } from '../modules/tasks/deadlines/task-setting.entity.js';

/** Every entity, listed once: discovery by import works the same under tsc, vitest and swc. */
export const entities = [
  Bureau,
  Branch,
  PartyGroup,
  Member,
  Membership,
  UserAccount,
  RoleAssignment,
  LoginName,
  LoginFailure,
  AuthSession,
  ApiToken,
  AuditEntry,
  AuditChainHead,
  CalendarAmendment,
  QuarterAssessment,
  MemberConfirmation,
  QuarterSnapshot,
  Publication,
  NoticeObjection,
  AnnualAssessment,
  AnnualStep,
  EvaluationGrade,
  AnnualResult,
  Correction,
  OutcomeCase,
  RectificationMeasure,
  // schemes, ledger, declarations, evidence, scores
  Scheme,
  BranchItemProposal,
  EvidenceFile,
  BranchSession,
  Attendance,
  QuotaEntry,
  DutyEntry,
  Violation,
  ClosedPeriod,
  RecordedMonth,
  IdempotencyKey,
  Declaration,
  DeclarationEvent,
  ScoreSummary,
  // supervision
  SpotCheck,
  SpotCheckItem,
  // tasks
  TaskSetting,
  Notification,
];
