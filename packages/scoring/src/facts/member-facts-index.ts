import { isMonthKey, monthOfDate, monthsOfYear, type MonthKey } from '../periods/month-key.js';
import type { FactWarning } from './fact-warning.js';
import type {
  AttendanceFact,
  DeclarationFact,
  DutyFact,
  MemberYearFacts,
  QuotaFact,
  SessionFact,
  ViolationFact,
} from './facts-types.js';

const NONE: readonly never[] = [];

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * A member-year's facts indexed once by month, branch and item, so scoring reads them in constant
 * time. Built lazily and cached per facts object by the engine.
 */
export class MemberFactsIndex {
  readonly facts: MemberYearFacts;
  readonly warnings: FactWarning[] = [];
  /** The branch of each month of the year (index 0 = January), undefined outside memberships. */
  readonly branchByMonth: (string | undefined)[];
  /** Item codes that appear in any record, to report records for items the scheme lacks. */
  readonly recordItemCodes = new Map<string, string>();
  private readonly sessions = new Map<string, SessionFact[]>();
  private readonly attendanceBySession = new Map<string, AttendanceFact>();
  private readonly quotas = new Map<string, QuotaFact>();
  private readonly duties = new Map<string, DutyFact>();
  private readonly violationLists = new Map<string, ViolationFact[]>();
  private readonly declarationLists = new Map<string, DeclarationFact[]>();

  constructor(facts: MemberYearFacts) {
    this.facts = facts;
    this.branchByMonth = this.indexMemberships(facts);
    for (const session of facts.sessions) {
      const month = isMonthKey(session.date.slice(0, 7)) ? monthOfDate(session.date) : undefined;
      if (month === undefined) {
        this.warn('badDate', `会议日期无效：${session.date}`, `Bad session date: ${session.date}`, session.id);
        continue;
      }
      push(this.sessions, `${session.branchId}|${month}|${session.itemCode}`, session);
      this.noteItem(session.itemCode, session.id);
    }
    for (const record of facts.attendance) this.attendanceBySession.set(record.sessionId, record);
    for (const quota of facts.quotas ?? NONE) {
      const key = `${quota.month}|${quota.itemCode}`;
      if (this.quotas.has(key)) this.duplicate(quota.id);
      this.quotas.set(key, quota);
      this.noteItem(quota.itemCode, quota.id);
    }
    for (const duty of facts.duties ?? NONE) {
      const key = `${duty.month}|${duty.itemCode}`;
      if (this.duties.has(key)) this.duplicate(duty.id);
      this.duties.set(key, duty);
      this.noteItem(duty.itemCode, duty.id);
    }
    for (const violation of facts.violations ?? NONE) {
      push(this.violationLists, `${violation.month}|${violation.itemCode}`, violation);
      this.noteItem(violation.itemCode, violation.id);
    }
    for (const declaration of facts.declarations ?? NONE) {
      push(this.declarationLists, `${declaration.month}|${declaration.itemCode}`, declaration);
      this.noteItem(declaration.itemCode, declaration.id);
    }
  }

  /** The branch the member belonged to in a month of the facts' year. */
  branchOf(month: MonthKey): string | undefined {
    return this.branchByMonth[monthIndex(month, this.facts.year)];
  }

  sessionsHeld(branchId: string, month: MonthKey, itemCode: string): readonly SessionFact[] {
    return this.sessions.get(`${branchId}|${month}|${itemCode}`) ?? NONE;
  }

  attended(sessionId: string): AttendanceFact | undefined {
    return this.attendanceBySession.get(sessionId);
  }

  quota(month: MonthKey, itemCode: string): QuotaFact | undefined {
    return this.quotas.get(`${month}|${itemCode}`);
  }

  duty(month: MonthKey, itemCode: string): DutyFact | undefined {
    return this.duties.get(`${month}|${itemCode}`);
  }

  violations(month: MonthKey, itemCode: string): readonly ViolationFact[] {
    return this.violationLists.get(`${month}|${itemCode}`) ?? NONE;
  }

  declarations(month: MonthKey, itemCode: string): readonly DeclarationFact[] {
    return this.declarationLists.get(`${month}|${itemCode}`) ?? NONE;
  }

  private indexMemberships(facts: MemberYearFacts): (string | undefined)[] {
    const months = monthsOfYear(facts.year);
    const branches: (string | undefined)[] = new Array<string | undefined>(12).fill(undefined);
    const starts: string[] = new Array<string>(12).fill('');
    for (const membership of facts.memberships) {
      const to = membership.to ?? '9999-12';
      for (let i = 0; i < 12; i++) {
        const month = months[i] as MonthKey;
        if (month < membership.from || month > to) continue;
        // Two memberships in one month (a transfer mid-month): the later one, the receiving branch, wins.
        if (branches[i] !== undefined && branches[i] !== membership.branchId) {
          if (membership.from < (starts[i] as string)) continue;
          this.warn(
            'overlappingMemberships',
            `${month} 同时属于两个支部，按转入的支部 ${membership.branchId} 计分`,
            `${month} is in two branches; scored in the receiving branch ${membership.branchId}`,
          );
        }
        branches[i] = membership.branchId;
        starts[i] = membership.from;
      }
    }
    return branches;
  }

  private noteItem(itemCode: string, recordId: string): void {
    if (!this.recordItemCodes.has(itemCode)) this.recordItemCodes.set(itemCode, recordId);
  }

  private duplicate(recordId: string): void {
    this.warn('duplicateRecord', '同月同项重复记录，取最后一条', 'Duplicate record for a month and item; the last one counts', recordId);
  }

  private warn(code: string, messageZh: string, messageEn: string, recordId?: string): void {
    this.warnings.push(recordId === undefined ? { code, messageZh, messageEn } : { code, messageZh, messageEn, recordId });
  }
}

/** Index 0–11 of a month of `year`, or -1 for a month of another year. */
function monthIndex(month: MonthKey, year: number): number {
  const y = Number(month.slice(0, 4));
  return y === year ? Number(month.slice(5, 7)) - 1 : -1;
}
