import type { MonthKey } from '../periods/month-key.js';
import type {
  AttendanceFact,
  DeclarationFact,
  DutyFact,
  QuotaFact,
  SessionFact,
  ViolationFact,
} from './facts-types.js';
import type { MemberFactsIndex } from './member-facts-index.js';

/**
 * The facts of one member-month as a rule sees them: the branch of that month, what it held, and
 * the member's own records. Rules read facts only through this view.
 */
export class MonthContext {
  readonly month: MonthKey;
  readonly branchId: string;
  readonly daysInMonth: number;
  /** Whether rules should build explanation parts. */
  readonly explain: boolean;
  /** The scored months of this month's quarter (membership, scheme months, up to the as-of month). */
  readonly quarterMonths: readonly MonthKey[];
  private readonly index: MemberFactsIndex;

  constructor(
    index: MemberFactsIndex,
    month: MonthKey,
    branchId: string,
    daysInMonth: number,
    quarterMonths: readonly MonthKey[],
    explain: boolean,
  ) {
    this.index = index;
    this.month = month;
    this.branchId = branchId;
    this.daysInMonth = daysInMonth;
    this.quarterMonths = quarterMonths;
    this.explain = explain;
  }

  /** Sessions of an item held this month by this month's branch. */
  sessionsHeld(itemCode: string): readonly SessionFact[] {
    return this.index.sessionsHeld(this.branchId, this.month, itemCode);
  }

  /** Sessions of an item held in this quarter's scored months, each by the member's branch of its month. */
  quarterSessionsHeld(itemCode: string): SessionFact[] {
    const held: SessionFact[] = [];
    for (const month of this.quarterMonths) {
      const branchId = this.index.branchOf(month);
      if (branchId !== undefined) held.push(...this.index.sessionsHeld(branchId, month, itemCode));
    }
    return held;
  }

  /** The member's attendance record for a session, if they signed in. */
  attended(sessionId: string): AttendanceFact | undefined {
    return this.index.attended(sessionId);
  }

  /** The measured value of a quota item this month. */
  quota(itemCode: string): QuotaFact | undefined {
    return this.index.quota(this.month, itemCode);
  }

  /** The duty record of an item in a month (any month, for quarter-wide rules). */
  duty(itemCode: string, month: MonthKey = this.month): DutyFact | undefined {
    return this.index.duty(month, itemCode);
  }

  /** Violations recorded against an item this month. */
  violations(itemCode: string): readonly ViolationFact[] {
    return this.index.violations(this.month, itemCode);
  }

  /** Accepted declarations for an item this month. */
  declarations(itemCode: string): readonly DeclarationFact[] {
    return this.index.declarations(this.month, itemCode);
  }
}
