import type { DecimalInput } from '../exact/decimal.js';
import type { MonthKey } from '../periods/month-key.js';

/**
 * Everything known about one member's year, as the server reads it from the ledger. Every record
 * carries its id so each explanation line can name the records it rests on.
 */
export type MemberYearFacts = {
  memberId: string;
  year: number;
  /** Probationary (预备党员) at the annual review: decides the probationary outcomes. */
  probationary?: boolean;
  /** The branches the member belonged to, month by month. Months outside them are not scored. */
  memberships: Membership[];
  /**
   * Sessions held by the branches the member belonged to (sign-in sheets of the branch). Never
   * changed once scored: members of one branch may share the list, which is indexed once.
   */
  sessions: readonly SessionFact[];
  /** The member's attendance, one record per session attended. */
  attendance: AttendanceFact[];
  /** Monthly measured values, e.g. 学习强国 login days or daily-question points. */
  quotas?: QuotaFact[];
  /** Monthly duties such as dues (党费), with their payment status. */
  duties?: DutyFact[];
  /** Recorded breaches and violations (each counts `count` times, default 1). */
  violations?: ViolationFact[];
  /** Special-score declarations accepted by the scorekeeper (only accepted ones). */
  declarations?: DeclarationFact[];
  /** The democratic evaluation's grade; absent until the evaluation is done. */
  evaluation?: EvaluationFact | null;
  /** Last year's result, for "red two years running". */
  previousYear?: PreviousYearFact | null;
};

/** A stretch of months in one branch, both ends included; `to` absent means still there. */
export type Membership = { branchId: string; from: MonthKey; to?: MonthKey | null };

/** A branch session (meeting, study, Party day …) that was held. */
export type SessionFact = { id: string; branchId: string; itemCode: string; date: string };

/** The member signed in at a session. `id` is the attendance record's own id, if it has one. */
export type AttendanceFact = { sessionId: string; id?: string };

/** A measured monthly value; `target` overrides the scheme's target for that month. */
export type QuotaFact = {
  id: string;
  itemCode: string;
  month: MonthKey;
  value: DecimalInput;
  target?: DecimalInput;
};

/** The status of a monthly duty: paid on time, paid late, or not paid. */
export type DutyStatus = 'onTime' | 'late' | 'missing';

/** A monthly duty record (e.g. that month's dues). A month without a record counts as missing. */
export type DutyFact = { id: string; itemCode: string; month: MonthKey; status: DutyStatus };

/** A violation or breach recorded against an item in a month. */
export type ViolationFact = {
  id: string;
  itemCode: string;
  month: MonthKey;
  count?: number;
  note?: string;
};

/** An accepted special-score declaration; `points` defaults to the item's unit points. */
export type DeclarationFact = {
  id: string;
  itemCode: string;
  month: MonthKey;
  points?: DecimalInput;
};

/** The grade of the year's democratic evaluation (a grade code of the scheme). */
export type EvaluationFact = { grade: string; id?: string };

/** Last year's outcome: its total, or whether it was a red warning (either suffices). */
export type PreviousYearFact = { total?: DecimalInput; redWarning?: boolean };
