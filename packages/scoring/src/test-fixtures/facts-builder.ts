// Test-only helpers (excluded from the build): terse construction of member-year facts.
import type { DecimalInput } from '../exact/decimal.js';
import type { DutyStatus, MemberYearFacts, Membership } from '../facts/facts-types.js';
import { daysInMonth, type MonthKey } from '../periods/month-key.js';
import type { Scheme } from '../scheme/scheme-types.js';
import { scheme2021 } from '../schemes/scheme-2021.js';

/** The session items of the 2021 form held monthly (one session each in a "full" month). */
export const MONTHLY_SESSION_ITEMS = [
  'group-study',
  'other-study',
  'party-lecture',
  'group-meeting',
  'party-day',
];

/** The 2021 scheme applied to the whole year (for tests that need all twelve months). */
export const fullYear2021: Scheme = { ...scheme2021, firstMonth: 1 };

/** Builds a member-year's facts step by step; every record gets a readable id. */
export class FactsBuilder {
  readonly facts: MemberYearFacts;
  private next = 1;

  constructor(memberId: string, year: number, memberships: Membership[], probationary = false) {
    this.facts = {
      memberId,
      year,
      probationary,
      memberships,
      sessions: [],
      attendance: [],
      quotas: [],
      duties: [],
      violations: [],
      declarations: [],
      evaluation: null,
    };
  }

  private id(prefix: string): string {
    return `${prefix}-${this.next++}`;
  }

  /** A session held by a branch; attended by the member unless `attended` is false. */
  session(branchId: string, itemCode: string, date: string, attended = true): string {
    const id = this.id(`s-${itemCode}`);
    this.facts.sessions = [...this.facts.sessions, { id, branchId, itemCode, date }];
    if (attended) this.facts.attendance.push({ sessionId: id, id: this.id('att') });
    return id;
  }

  quota(month: MonthKey, itemCode: string, value: DecimalInput): this {
    this.facts.quotas?.push({ id: this.id(`q-${itemCode}`), itemCode, month, value });
    return this;
  }

  duty(month: MonthKey, status: DutyStatus, itemCode = 'dues'): this {
    this.facts.duties?.push({ id: this.id('due'), itemCode, month, status });
    return this;
  }

  violation(month: MonthKey, itemCode: string, count?: number, note?: string): this {
    this.facts.violations?.push({
      id: this.id('vio'),
      itemCode,
      month,
      ...(count === undefined ? {} : { count }),
      ...(note === undefined ? {} : { note }),
    });
    return this;
  }

  declare(month: MonthKey, itemCode: string, points?: DecimalInput): this {
    this.facts.declarations?.push({
      id: this.id('decl'),
      itemCode,
      month,
      ...(points === undefined ? {} : { points }),
    });
    return this;
  }

  grade(grade: string): this {
    this.facts.evaluation = { grade, id: this.id('eval') };
    return this;
  }

  /**
   * A month with everything of the 2021 form held by `branchId` and done by the member: one
   * session of each monthly item attended, all login days, 15 question points, dues on time, and
   * the quarter's branch assembly if `assembly` is set.
   */
  perfectMonth(month: MonthKey, branchId: string, assembly = false): this {
    for (const item of MONTHLY_SESSION_ITEMS) this.session(branchId, item, `${month}-10`);
    if (assembly) this.session(branchId, 'branch-assembly', `${month}-20`);
    this.quota(month, 'study-app-login', daysInMonth(month));
    this.quota(month, 'daily-question', 15);
    this.duty(month, 'onTime');
    return this;
  }
}
