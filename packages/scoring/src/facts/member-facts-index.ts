import { yearMonths, type MonthKey } from '../periods/month-key.js';
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
// Never written: a month without violations or declarations shares it (see `push`).
const EMPTY = new Map<string, never>();

/** Records of one month, by item code. */
export type MonthRecords = {
  quotas: ReadonlyMap<string, QuotaFact>;
  duties: ReadonlyMap<string, DutyFact>;
  violations: ReadonlyMap<string, readonly ViolationFact[]>;
  declarations: ReadonlyMap<string, readonly DeclarationFact[]>;
};

type MonthRecordsBuilt = {
  quotas: Map<string, QuotaFact>;
  duties: Map<string, DutyFact>;
  violations: Map<string, ViolationFact[]>;
  declarations: Map<string, DeclarationFact[]>;
};

/** Appends to the list of `key`; a map that is still the shared EMPTY one is replaced first. */
function push<T>(map: Map<string, T[]>, key: string, value: T): Map<string, T[]> {
  if (map === EMPTY) return new Map([[key, [value]]]);
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
  return map;
}

/**
 * A member-year's facts indexed once by month, branch and item, so scoring reads them in constant
 * time without building keys per lookup. Records dated outside the facts' year are left out.
 */
export class MemberFactsIndex {
  readonly facts: MemberYearFacts;
  readonly warnings: FactWarning[] = [];
  /** The branch of each month of the year (index 0 = January), undefined outside memberships. */
  readonly branchByMonth: (string | undefined)[];
  /** Item codes that appear in any record (with one record id), to report unknown items. */
  readonly recordItemCodes = new Map<string, string>();
  /** Per month index, per branch: the sessions held, by item code. */
  private readonly sessions: SessionsByMonth;
  private readonly attendanceBySession = new Map<string, AttendanceFact>();
  /** Per month index, made when the month has a record (a bureau's refresh builds 10,000 of these). */
  private readonly records: (MonthRecordsBuilt | undefined)[] = new Array(12);
  /** `YYYY-` of the facts' year: a month key of the year starts with it. */
  private readonly yearPrefix: string;

  constructor(facts: MemberYearFacts) {
    this.facts = facts;
    this.yearPrefix = `${facts.year}-`;
    this.branchByMonth = this.indexMemberships(facts);
    const sessions = indexSessions(facts.sessions, facts.year);
    this.sessions = sessions.byMonth;
    for (const [itemCode, recordId] of sessions.itemCodes) this.noteItem(itemCode, recordId);
    this.warnings.push(...sessions.warnings);
    for (const record of facts.attendance) this.attendanceBySession.set(record.sessionId, record);
    for (const quota of facts.quotas ?? NONE) {
      const month = this.recordsOf(quota.month, quota.id);
      if (!month) continue;
      if (month.quotas.has(quota.itemCode)) this.duplicate(quota.id);
      month.quotas.set(quota.itemCode, quota);
      this.noteItem(quota.itemCode, quota.id);
    }
    for (const duty of facts.duties ?? NONE) {
      const month = this.recordsOf(duty.month, duty.id);
      if (!month) continue;
      if (month.duties.has(duty.itemCode)) this.duplicate(duty.id);
      month.duties.set(duty.itemCode, duty);
      this.noteItem(duty.itemCode, duty.id);
    }
    for (const violation of facts.violations ?? NONE) {
      const month = this.recordsOf(violation.month, violation.id);
      if (!month) continue;
      month.violations = push(month.violations, violation.itemCode, violation);
      this.noteItem(violation.itemCode, violation.id);
    }
    for (const declaration of facts.declarations ?? NONE) {
      const month = this.recordsOf(declaration.month, declaration.id);
      if (!month) continue;
      month.declarations = push(month.declarations, declaration.itemCode, declaration);
      this.noteItem(declaration.itemCode, declaration.id);
    }
  }

  /** The branch the member belonged to in a month of the facts' year. */
  branchOf(month: MonthKey): string | undefined {
    return this.branchByMonth[this.indexOf(month)];
  }

  /** The sessions a branch held in a month, by item code. */
  sessionsOf(branchId: string, month: MonthKey): ReadonlyMap<string, readonly SessionFact[]> {
    return this.sessions[this.indexOf(month)]?.get(branchId) ?? EMPTY;
  }

  /** The member's records of a month, by item code. */
  recordsFor(month: MonthKey): MonthRecords | undefined {
    return this.records[this.indexOf(month)];
  }

  attended(sessionId: string): AttendanceFact | undefined {
    return this.attendanceBySession.get(sessionId);
  }

  // Asked on every lookup: the month's number read by character code, without slicing the key.
  private indexOf(month: MonthKey): number {
    if (!month.startsWith(this.yearPrefix)) return -1;
    return (month.charCodeAt(5) - 48) * 10 + (month.charCodeAt(6) - 48) - 1;
  }

  private recordsOf(month: string, recordId: string): MonthRecordsBuilt | undefined {
    const i = monthIndex(month, this.facts.year, recordId, this.warnings);
    if (i < 0) return undefined;
    let records = this.records[i];
    if (!records) {
      records = { quotas: new Map(), duties: new Map(), violations: EMPTY, declarations: EMPTY };
      this.records[i] = records;
    }
    return records;
  }

  private indexMemberships(facts: MemberYearFacts): (string | undefined)[] {
    const months = yearMonths(facts.year);
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
    this.warn(
      'duplicateRecord',
      '同月同项重复记录，取最后一条',
      'Duplicate record for a month and item; the last one counts',
      recordId,
    );
  }

  private warn(code: string, messageZh: string, messageEn: string, recordId?: string): void {
    warn(this.warnings, code, messageZh, messageEn, recordId);
  }
}

function warn(
  into: FactWarning[],
  code: string,
  messageZh: string,
  messageEn: string,
  recordId?: string,
): void {
  into.push(
    recordId === undefined
      ? { code, messageZh, messageEn }
      : { code, messageZh, messageEn, recordId },
  );
}

/**
 * Month index (0 = January) of a record's date or month (`YYYY-MM…`); -1 (with a warning) when
 * bad or of another year. Read by character code: every record of a refresh passes through here.
 */
function monthIndex(date: string, year: number, recordId: string, warnings: FactWarning[]): number {
  const month = monthNumber(date);
  if (month === 0) {
    warn(warnings, 'badDate', `记录日期无效：${date}`, `Bad record date: ${date}`, recordId);
    return -1;
  }
  if (yearNumber(date) !== year) {
    warn(
      warnings,
      'otherYear',
      `记录不属于 ${year} 年，未计分`,
      `Record outside ${year}: not scored`,
      recordId,
    );
    return -1;
  }
  return month - 1;
}

/** The digit at `i`, or NaN. */
function digit(text: string, i: number): number {
  const code = text.charCodeAt(i) - 48;
  return code >= 0 && code <= 9 ? code : NaN;
}

/** The year of text starting `YYYY`, or NaN. */
function yearNumber(text: string): number {
  return digit(text, 0) * 1000 + digit(text, 1) * 100 + digit(text, 2) * 10 + digit(text, 3);
}

/** The month (1–12) of text starting `YYYY-MM` (as `isMonthKey` reads it), or 0. */
function monthNumber(text: string): number {
  if (text.length < 7 || text.charCodeAt(4) !== 45 /* - */ || Number.isNaN(yearNumber(text))) {
    return 0;
  }
  const month = digit(text, 5) * 10 + digit(text, 6);
  return month >= 1 && month <= 12 ? month : 0;
}

/** Per month index, per branch: the sessions held, by item code. */
type SessionsByMonth = Map<string, Map<string, SessionFact[]>>[];

type SessionIndex = {
  year: number;
  byMonth: SessionsByMonth;
  /** Item codes of the sessions, each with its first session's id. */
  itemCodes: Map<string, string>;
  warnings: FactWarning[];
};

// The members of one branch share one list of its sessions (the server's facts loader hands the
// same array to each): indexed once per list, not once per member. Read-only once built.
const sessionIndexes = new WeakMap<readonly SessionFact[], SessionIndex>();

function indexSessions(sessions: readonly SessionFact[], year: number): SessionIndex {
  const known = sessionIndexes.get(sessions);
  if (known?.year === year) return known;
  const index: SessionIndex = { year, byMonth: [], itemCodes: new Map(), warnings: [] };
  for (let i = 0; i < 12; i++) index.byMonth.push(new Map());
  for (const session of sessions) {
    const i = monthIndex(session.date, year, session.id, index.warnings);
    if (i < 0) continue;
    const byBranch = index.byMonth[i] as Map<string, Map<string, SessionFact[]>>;
    let byItem = byBranch.get(session.branchId);
    if (!byItem) byBranch.set(session.branchId, (byItem = new Map()));
    push(byItem, session.itemCode, session);
    if (!index.itemCodes.has(session.itemCode)) index.itemCodes.set(session.itemCode, session.id);
  }
  sessionIndexes.set(sessions, index);
  return index;
}
