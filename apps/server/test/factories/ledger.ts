import { ref, type EntityManager } from '@mikro-orm/postgresql';
import { AnnualAssessment } from '../../src/modules/assessments/annual/annual-assessment.entity.js';
import { AnnualState } from '../../src/modules/assessments/annual/annual-machine.js';
import { Attendance } from '../../src/modules/ledger/attendance.entity.js';
import { BranchSession } from '../../src/modules/ledger/branch-session.entity.js';
import {
  Declaration,
  DeclarationStatus,
} from '../../src/modules/declarations/declaration.entity.js';
import { ClosedPeriod } from '../../src/modules/ledger/closed-period.entity.js';
import { DutyEntry, DutyStatus } from '../../src/modules/ledger/duty-entry.entity.js';
import { QuotaEntry } from '../../src/modules/ledger/quota-entry.entity.js';
import { RecordedMonth } from '../../src/modules/ledger/recorded-month.entity.js';
import { Branch } from '../../src/modules/org/branches/branch.entity.js';
import { Member, MemberStatus } from '../../src/modules/org/members/member.entity.js';
import { Membership } from '../../src/modules/org/members/membership.entity.js';
import { addMonths } from '../../src/modules/org/months.js';
import { Scheme, SchemeStatus } from '../../src/modules/schemes/scheme.entity.js';
import { schemeFromDefault } from '../../src/modules/schemes/scheme-templates.js';
import { scopedEntityManager } from '../../src/tenancy/scoped-entity-manager.js';
import type { TestDatabase } from '../test-database.js';

/** An entity manager over the whole bureau, for arranging a test's rows (not the code under test). */
export function bureauEm(db: TestDatabase, bureauId: string): EntityManager {
  return scopedEntityManager(db.orm, { bureauId, branchIds: 'all' });
}

export async function branchByName(em: EntityManager, name: string): Promise<Branch> {
  return em.findOneOrFail(Branch, { name });
}

/** A member of `branch` from January of `year` (or `from`), with the membership that says so. */
export async function createMember(
  em: EntityManager,
  branch: Branch,
  name: string,
  opts: { from?: string; status?: MemberStatus } = {},
): Promise<Member> {
  const member = em.create(Member, {
    bureauId: branch.bureauId,
    branch,
    branchId: branch.id,
    name,
    status: opts.status ?? MemberStatus.FULL,
    active: true,
  });
  openStretch(em, member, branch, opts.from ?? '2026-01');
  await em.flush();
  return member;
}

/** The member's open membership stretch in `branch` from `from` (not flushed). */
function openStretch(em: EntityManager, member: Member, branch: Branch, from: string) {
  em.create(Membership, {
    bureauId: branch.bureauId,
    member,
    memberId: member.id,
    branch,
    branchId: branch.id,
    fromMonth: from,
    toMonth: null,
  });
}

/**
 * Moves a member to `branch` from `month` on, as a transfer does (their stretch in the old branch
 * ends the month before), with no audit and no summaries refreshed.
 */
export async function moveMember(em: EntityManager, member: Member, branch: Branch, month: string) {
  const open = await em.findOneOrFail(Membership, { memberId: member.id, toMonth: null });
  open.toMonth = addMonths(month, -1);
  // A member has one open stretch at a time: close the old one first.
  await em.flush();
  openStretch(em, member, branch, month);
  member.branch = ref(branch);
  member.branchId = branch.id;
  await em.flush();
}

/** Many members at once (statement-count and ranking tests). */
export async function createMembers(
  em: EntityManager,
  branch: Branch,
  count: number,
  prefix = '测试党员',
) {
  const members: Member[] = [];
  for (let i = 0; i < count; i++) {
    const member = em.create(Member, {
      bureauId: branch.bureauId,
      branch,
      branchId: branch.id,
      name: `${prefix}${String(i + 1).padStart(4, '0')}`,
      status: MemberStatus.FULL,
      active: true,
    });
    openStretch(em, member, branch, '2026-01');
    members.push(member);
  }
  await em.flush();
  return members;
}

const RECORDER = '00000000-0000-4000-8000-000000000001';

/** A session held by `branch`, with the members who signed in. */
export async function holdSession(
  em: EntityManager,
  branch: Branch,
  itemCode: string,
  date: string,
  attendees: Member[],
): Promise<BranchSession> {
  const session = em.create(BranchSession, {
    bureauId: branch.bureauId,
    branch,
    branchId: branch.id,
    itemCode,
    date,
    month: date.slice(0, 7),
    topic: `${itemCode} ${date}`,
    createdById: RECORDER,
  });
  for (const member of attendees) {
    em.create(Attendance, {
      bureauId: branch.bureauId,
      branch,
      branchId: branch.id,
      session,
      sessionId: session.id,
      member,
      memberId: member.id,
      month: session.month,
      createdById: RECORDER,
    });
  }
  await em.flush();
  return session;
}

export async function recordQuota(
  em: EntityManager,
  member: Member,
  month: string,
  itemCode: string,
  value: string,
) {
  const row = em.create(QuotaEntry, {
    bureauId: member.bureauId,
    branch: member.branch,
    branchId: member.branchId,
    member,
    memberId: member.id,
    month,
    itemCode,
    value,
    createdById: RECORDER,
  });
  await em.flush();
  return row;
}

export async function recordDues(
  em: EntityManager,
  member: Member,
  month: string,
  status: DutyStatus,
) {
  const row = em.create(DutyEntry, {
    bureauId: member.bureauId,
    branch: member.branch,
    branchId: member.branchId,
    member,
    memberId: member.id,
    month,
    itemCode: 'dues',
    status,
    createdById: RECORDER,
  });
  await em.flush();
  return row;
}

/**
 * A special-score declaration as a member submits it, still to be decided: for to-do lists,
 * deadlines and reminders. `createdAt` is when it was submitted (a deadline counts from it).
 */
export async function recordPendingDeclaration(
  em: EntityManager,
  member: Member,
  row: {
    month: string;
    itemCode: string;
    description: string;
    createdById: string;
    createdAt: Date;
  },
) {
  const declaration = em.create(Declaration, {
    bureauId: member.bureauId,
    branch: member.branch,
    branchId: member.branchId,
    member,
    memberId: member.id,
    ...row,
  });
  await em.flush();
  return declaration;
}

/** A special-score declaration the scorekeeper accepted, counting `points`. */
export async function recordAcceptedDeclaration(
  em: EntityManager,
  member: Member,
  month: string,
  itemCode: string,
  points: string,
) {
  const row = em.create(Declaration, {
    bureauId: member.bureauId,
    branch: member.branch,
    branchId: member.branchId,
    member,
    memberId: member.id,
    month,
    itemCode,
    description: `${itemCode} ${month}`,
    status: DeclarationStatus.ACCEPTED,
    scorekeeperAccepted: true,
    countedPoints: points,
    createdById: RECORDER,
  });
  await em.flush();
  return row;
}

/** Closes a branch's month, as signing its quarter does. */
export async function closeMonth(
  em: EntityManager,
  branch: Branch,
  month: string,
  reason = '季度得分已签字',
) {
  const row = em.create(ClosedPeriod, {
    bureauId: branch.bureauId,
    branch,
    branchId: branch.id,
    month,
    reason,
  });
  await em.flush();
  return row;
}

/**
 * Marks a branch's months 已录入 from January through `through` (as its scorekeeper would), so
 * scores of the year in progress count them. Summaries are the caller's to refresh.
 */
export async function recordMonthsThrough(em: EntityManager, branch: Branch, through: string) {
  const year = through.slice(0, 4);
  for (let m = 1; m <= Number(through.slice(5, 7)); m++) {
    em.create(RecordedMonth, {
      bureauId: branch.bureauId,
      branch,
      branchId: branch.id,
      month: `${year}-${String(m).padStart(2, '0')}`,
    });
  }
  await em.flush();
}

/**
 * A branch's whole `year` recorded and approved by the committee (its months 已录入, the year's
 * assessment approved), with no steps before it: its scores of the year are final, not provisional.
 */
export async function approveYear(em: EntityManager, branch: Branch, year: number) {
  await recordMonthsThrough(em, branch, `${year}-12`);
  em.create(AnnualAssessment, {
    bureauId: branch.bureauId,
    branch,
    branchId: branch.id,
    year,
    state: AnnualState.APPROVED,
    revision: 1,
  });
  await em.flush();
}

/** A branch of the bureau for a test (a fresh roster, nothing recorded). */
export async function createBranch(
  em: EntityManager,
  bureauId: string,
  name: string,
  code: string,
): Promise<Branch> {
  const branch = em.create(Branch, { bureauId, name, code, sortOrder: 99 });
  await em.flush();
  return branch;
}

/** Publishes `year`'s scheme from the 2021 default, as the committee would (no summaries refreshed). */
export async function publishDefaultScheme(
  em: EntityManager,
  bureauId: string,
  year = 2026,
): Promise<Scheme> {
  const scheme = em.create(Scheme, {
    bureauId,
    year,
    version: 1,
    status: SchemeStatus.PUBLISHED,
    definition: schemeFromDefault(year),
    effectiveFromMonth: `${year}-01`,
    origin: 'default-2021',
    createdById: RECORDER,
    publishedById: RECORDER,
    publishedAt: new Date(),
  });
  await em.flush();
  return scheme;
}

/** Counts the SQL statements the ORM sends while `fn` runs (every query, begin and commit). */
export async function countStatements<T>(
  db: TestDatabase,
  fn: () => Promise<T>,
): Promise<{ result: T; statements: number; texts: string[] }> {
  const logger = db.orm.config.getLogger();
  const original = logger.logQuery.bind(logger);
  const texts: string[] = [];
  logger.logQuery = (context) => {
    texts.push(context.query ?? '');
    original(context);
  };
  try {
    const result = await fn();
    return { result, statements: texts.length, texts };
  } finally {
    logger.logQuery = original;
  }
}
