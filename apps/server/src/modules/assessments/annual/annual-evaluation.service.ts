import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../../auth/actor.js';
import { BadInputError, ConflictError } from '../../../graphql/errors.js';
import { clock, todayInChina } from '../../calendar/clock.js';
import { Branch } from '../../org/branches/branch.entity.js';
import { Member, MemberStatus } from '../../org/members/member.entity.js';
import { loadYearSchemes } from '../../schemes/year-schemes.js';
import { withBureauWideAccess } from '../../../tenancy/bureau-wide-access.js';
import { AnnualAssessment } from './annual-assessment.entity.js';
import { AnnualState, annualMachine } from './annual-machine.js';
import { assertYearReady, recordStep, yearForChange } from './annual-readiness.js';
import { AnnualStepKind } from './annual-step.entity.js';
import { openCorrectionFor } from '../corrections/correction-scope.js';
import { auditStep } from '../cycle-audit.js';
import { requireBranch, requireDuty } from '../cycle-roles.js';
import { EvaluationGrade, GradeBasis } from './evaluation-grade.entity.js';
import { checkYear, yearMonths } from '../quarter/quarter-period.js';
import { reviewRoster } from '../review-roster.js';
import { actorRef } from '../frozen-rows.js';

/**
 * The democratic evaluation starts (次年年初, or in December when the branch holds it then): the
 * year's annual assessment is opened for grades.
 */
export async function startAnnualEvaluation(
  em: EntityManager,
  actor: Actor,
  key: { branchId: string; year: number },
): Promise<AnnualAssessment> {
  checkYear(key.year);
  await requireBranch(em, key.branchId);
  const role = requireDuty(actor, 'branchCommittee', key.branchId);
  if (todayInChina() < `${key.year}-12-01`) {
    throw new ConflictError(
      `${key.year} 年度民主评议最早于 ${key.year} 年 12 月开始`,
      `The ${key.year} evaluation starts in December at the earliest`,
    );
  }
  return em.transactional(async (tx) => {
    const existing = await tx.findOne(AnnualAssessment, { branchId: key.branchId, year: key.year });
    const a =
      (existing && (await yearForChange(tx, existing.id))) ??
      tx.create(AnnualAssessment, {
        bureauId: actor.bureauId,
        branch: tx.getReference(Branch, [actor.bureauId, key.branchId]),
        branchId: key.branchId,
        year: key.year,
      });
    a.state = annualMachine.next(a.state, 'startEvaluation');
    await tx.flush();
    await auditStep(tx, actor, role, {
      operation: 'year.evaluation.start',
      entityName: 'AnnualAssessment',
      entityId: a.id,
      branchId: a.branchId,
      after: { year: a.year, state: a.state },
    });
    return a;
  });
}

export type GradeInput = { memberId: string; grade: string; note?: string | null };

/**
 * Records democratic-evaluation grades (probationary members: on daily performance). Open while
 * the branch evaluates; after approval only for members a correction of the year has reopened.
 */
export async function recordEvaluationGrades(
  em: EntityManager,
  actor: Actor,
  input: { assessmentId: string; grades: GradeInput[] },
): Promise<EvaluationGrade[]> {
  if (input.grades.length === 0)
    throw new BadInputError('请填写等次', 'Give at least one grade', 'grades');
  return em.transactional(async (tx) => {
    const a = await yearForChange(tx, input.assessmentId);
    const role = requireDuty(actor, 'branchCommittee', a.branchId);
    await assertGradesOpen(
      tx,
      a,
      input.grades.map((g) => g.memberId),
    );
    const codes = await gradeCodes(tx, a.year);
    const roster = new Map(
      (await reviewRoster(tx, a.branchId, yearMonths(a.year))).map((m) => [m.id, m]),
    );
    const existing = new Map(
      (await tx.find(EvaluationGrade, { assessmentId: a.id })).map((g) => [g.memberId, g]),
    );
    const saved: EvaluationGrade[] = [];
    const changes: Record<string, { before: string | null; after: string }> = {};
    for (const [i, g] of input.grades.entries()) {
      const member = roster.get(g.memberId);
      if (!member) {
        throw new BadInputError(
          '该党员不在本支部本年度考评名单中',
          'Not a member of this year’s review',
          `grades.${i}.memberId`,
        );
      }
      if (!codes.includes(g.grade)) {
        throw new BadInputError(
          `等次应为：${codes.join('、')}`,
          `The grade must be one of: ${codes.join(', ')}`,
          `grades.${i}.grade`,
        );
      }
      const row =
        existing.get(g.memberId) ??
        tx.create(EvaluationGrade, {
          bureauId: actor.bureauId,
          branch: a.branch,
          branchId: a.branchId,
          assessment: a,
          assessmentId: a.id,
          member: tx.getReference(Member, [actor.bureauId, member.id]),
          memberId: member.id,
          grade: g.grade,
          basis: GradeBasis.DEMOCRATIC_EVALUATION,
          recordedBy: actorRef(tx, actor),
          recordedById: actor.userId,
        });
      changes[member.id] = { before: existing.get(g.memberId)?.grade ?? null, after: g.grade };
      Object.assign(row, {
        grade: g.grade,
        note: g.note?.trim() || null,
        basis:
          member.status === MemberStatus.PROBATIONARY
            ? GradeBasis.DAILY_PERFORMANCE
            : GradeBasis.DEMOCRATIC_EVALUATION,
        recordedBy: actorRef(tx, actor),
        recordedById: actor.userId,
        recordedAt: clock().now(),
      });
      saved.push(row);
    }
    await tx.flush();
    await auditStep(tx, actor, role, {
      operation: 'year.grades.record',
      entityName: 'AnnualAssessment',
      entityId: a.id,
      branchId: a.branchId,
      after: { grades: changes },
    });
    return saved;
  });
}

async function assertGradesOpen(tx: EntityManager, a: AnnualAssessment, memberIds: string[]) {
  if (a.state === AnnualState.EVALUATION) return;
  if (a.state === AnnualState.APPROVED || a.state === AnnualState.PUBLISHED) {
    const reopened = await Promise.all(memberIds.map((id) => openCorrectionFor(tx, a.id, id)));
    if (reopened.every(Boolean)) return;
  }
  const label = annualMachine.states[a.state as AnnualState];
  throw new ConflictError(
    `本年度考评当前为「${label.zh}」，不能录入民主评议等次`,
    `The year is ${label.en}: grades cannot be recorded`,
    { machine: 'annual', state: a.state, action: 'recordGrades' },
  );
}

/** The grade codes of the year's scheme (优秀, 合格 …). */
export async function gradeCodes(tx: EntityManager, year: number): Promise<string[]> {
  const schemes = await withBureauWideAccess(tx, (wide) => loadYearSchemes(wide, year));
  const scheme = schemes.latest;
  if (!scheme) {
    throw new ConflictError(`${year} 年积分方案尚未发布`, `The ${year} scheme is not published`);
  }
  return [...scheme.compiled.evaluation.grades.keys()];
}

/** The branch committee has re-reviewed every base and special record and the composite score. */
export async function completeAnnualReview(
  em: EntityManager,
  actor: Actor,
  input: { assessmentId: string; note?: string | null },
): Promise<AnnualAssessment> {
  return em.transactional(async (tx) => {
    const a = await yearForChange(tx, input.assessmentId);
    const role = requireDuty(actor, 'branchCommittee', a.branchId);
    const next = annualMachine.next(a.state, 'completeReview');
    await assertYearReady(tx, a, '完成复核');
    a.state = next;
    a.reviewedAt = clock().now();
    recordStep(tx, actor, a, AnnualStepKind.REVIEWED, input.note?.trim() || null);
    await tx.flush();
    await auditStep(tx, actor, role, {
      operation: 'year.review.complete',
      entityName: 'AnnualAssessment',
      entityId: a.id,
      branchId: a.branchId,
      after: { state: a.state, note: input.note ?? null },
    });
    return a;
  });
}

/** Back to the grades and re-review: before submitting, or after the committee returned the year. */
export async function reviseYear(
  em: EntityManager,
  actor: Actor,
  input: { assessmentId: string; reason: string },
): Promise<AnnualAssessment> {
  const reason = input.reason.trim();
  if (!reason) throw new BadInputError('请说明修改原因', 'Say why', 'reason');
  return em.transactional(async (tx) => {
    const a = await yearForChange(tx, input.assessmentId);
    const role = requireDuty(actor, 'secretary', a.branchId);
    const before = a.state;
    a.state = annualMachine.next(a.state, 'revise');
    recordStep(tx, actor, a, AnnualStepKind.REVISED, reason);
    await tx.flush();
    await auditStep(tx, actor, role, {
      operation: 'year.revise',
      entityName: 'AnnualAssessment',
      entityId: a.id,
      branchId: a.branchId,
      before: { state: before },
      after: { state: a.state, reason },
    });
    return a;
  });
}
