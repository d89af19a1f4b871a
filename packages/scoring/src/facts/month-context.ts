import type { MonthKey } from '../periods/month-key.js';
import type {
  AttendanceFact,
  DeclarationFact,
  DutyFact,
  QuotaFact,
  SessionFact,
  ViolationFact,
} from './facts-types.js';
import type { MemberFactsIndex, MonthRecords } from './member-facts-index.js';

const NONE: readonly never[] = [];

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
  private readonly held: ReadonlyMap<string, readonly SessionFact[]>;
  private readonly records: MonthRecords | undefined;

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
    this.held = index.sessionsOf(branchId, month);
    this.records = index.recordsFor(month);
  }

  /** Sessions of an item held this month by this month's branch. */
  sessionsHeld(itemCode: string): readonly SessionFact[] {
    return this.held.get(itemCode) ?? NONE;
  }

  /** Sessions of an item held in this quarter's scored months, each by the member's branch of its month. */
  quarterSessionsHeld(itemCode: string): readonly SessionFact[] {
    let held: SessionFact[] | undefined;
    for (const month of this.quarterMonths) {
      const branchId = this.index.branchOf(month);
      const sessions =
        branchId === undefined ? undefined : this.index.sessionsOf(branchId, month).get(itemCode);
      if (sessions) (held ??= []).push(...sessions);
    }
    return held ?? NONE;
  }

  /** The member's attendance record for a session, if they signed in. */
  attended(sessionId: string): AttendanceFact | undefined {
    return this.index.attended(sessionId);
  }

  /** The measured value of a quota item this month. */
  quota(itemCode: string): QuotaFact | undefined {
    return this.records?.quotas.get(itemCode);
  }

  /** The duty record of an item in a month (any month, for quarter-wide rules). */
  duty(itemCode: string, month: MonthKey = this.month): DutyFact | undefined {
    const records = month === this.month ? this.records : this.index.recordsFor(month);
    return records?.duties.get(itemCode);
  }

  /** Violations recorded against an item this month. */
  violations(itemCode: string): readonly ViolationFact[] {
    return this.records?.violations.get(itemCode) ?? NONE;
  }

  /** Accepted declarations for an item this month. */
  declarations(itemCode: string): readonly DeclarationFact[] {
    return this.records?.declarations.get(itemCode) ?? NONE;
  }
}
