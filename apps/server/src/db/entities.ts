import { AuthSession } from '../auth/auth-session.entity.js';
import { LoginName } from '../auth/login-name.entity.js';
import { AnnualAssessment } from '../modules/assessments/annual-assessment.entity.js';
import { AnnualResult } from '../modules/assessments/annual-result.entity.js';
import { AnnualStep } from '../modules/assessments/annual-step.entity.js';
import { Correction } from '../modules/assessments/correction.entity.js';
import { EvaluationGrade } from '../modules/assessments/evaluation-grade.entity.js';
import { MemberConfirmation } from '../modules/assessments/member-confirmation.entity.js';
import { NoticeObjection } from '../modules/assessments/notice-objection.entity.js';
import { Publication } from '../modules/assessments/publication.entity.js';
import { QuarterAssessment } from '../modules/assessments/quarter-assessment.entity.js';
import { QuarterSnapshot } from '../modules/assessments/quarter-snapshot.entity.js';
import { AuditChainHead } from '../modules/audit/audit-chain-head.entity.js';
import { AuditEntry } from '../modules/audit/audit-entry.entity.js';
import { CalendarAmendment } from '../modules/calendar/calendar-amendment.entity.js';
import { Branch } from '../modules/org/branch.entity.js';
import { Bureau } from '../modules/org/bureau.entity.js';
import { Member } from '../modules/org/member.entity.js';
import { Membership } from '../modules/org/membership.entity.js';
import { PartyGroup } from '../modules/org/party-group.entity.js';
import { RoleAssignment } from '../modules/org/role-assignment.entity.js';
import { OutcomeCase } from '../modules/outcomes/outcome-case.entity.js';
import { RectificationMeasure } from '../modules/outcomes/rectification-measure.entity.js';
import { UserAccount } from '../modules/org/user-account.entity.js';

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
  AuthSession,
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
];
