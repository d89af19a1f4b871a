import type { EntityManager } from '@mikro-orm/postgresql';
import { counted } from '../../../graphql/locale.js';
import type { Actor } from '../../../auth/actor.js';
import { ConflictError } from '../../../graphql/errors.js';
import { AnnualAssessment } from './annual-assessment.entity.js';
import { AnnualStep, type AnnualStepKind } from './annual-step.entity.js';
import { openCorrectionsOfYear } from '../corrections/correction-scope.js';
import { EvaluationGrade } from './evaluation-grade.entity.js';
import { MemberConfirmation } from '../quarter/member-confirmation.entity.js';
import { QuarterAssessment } from '../quarter/quarter-assessment.entity.js';
import { ConfirmationState, QuarterState } from '../quarter/quarter-machines.js';
import { yearMonths } from '../quarter/quarter-period.js';
import { reviewRoster } from '../review-roster.js';
import { lockForChange } from '../row-lock.js';
import { actorRef } from '../frozen-rows.js';

const YEAR = { zh: '年度考评', en: 'Annual assessment' };

export function yearForChange(tx: EntityManager, id: string): Promise<AnnualAssessment> {
  return lockForChange(tx, AnnualAssessment, id, YEAR, 'assessmentId');
}

/** Records a step of the year's path with who took it and why. */
export function recordStep(
  tx: EntityManager,
  actor: Actor,
  a: AnnualAssessment,
  kind: AnnualStepKind,
  reason: string | null,
): AnnualStep {
  return tx.create(AnnualStep, {
    bureauId: actor.bureauId,
    branch: a.branch,
    branchId: a.branchId,
    assessment: a,
    assessmentId: a.id,
    kind,
    revision: a.revision,
    reason,
    by: actorRef(tx, actor),
    byId: actor.userId,
  });
}

/**
 * What still stands between a branch's year and its composite score: quarters not signed,
 * members without an evaluation grade, quarter records not confirmed (e.g. reopened by a
 * correction), corrections still open. Each refusal names the members or quarters concerned.
 */
export async function assertYearReady(tx: EntityManager, a: AnnualAssessment, doing: string) {
  const quarters = await tx.find(QuarterAssessment, { branchId: a.branchId, year: a.year });
  const signed = new Set(
    quarters
      .filter((q) => q.state !== QuarterState.OPEN && q.state !== QuarterState.UNDER_REVIEW)
      .map((q) => q.quarter),
  );
  const unsigned = [1, 2, 3, 4].filter((n) => !signed.has(n));
  if (unsigned.length) {
    throw new ConflictError(
      `第 ${unsigned.join('、')} 季度尚未签字，不能${doing}`,
      `Quarter(s) ${unsigned.join(', ')} are not signed`,
      { quarters: unsigned },
    );
  }
  const unconfirmed = await tx.find(MemberConfirmation, {
    assessmentId: { $in: quarters.map((q) => q.id) },
    state: { $in: [ConfirmationState.PENDING, ConfirmationState.OBJECTED] },
  });
  if (unconfirmed.length) {
    const ids = [...new Set(unconfirmed.map((c) => c.memberId))];
    throw new ConflictError(
      `还有 ${ids.length} 名党员的季度记录未确认，不能${doing}`,
      `${counted(ids.length, 'member has', 'members have')} quarter records still unconfirmed`,
      { memberIds: ids },
    );
  }
  const open = await openCorrectionsOfYear(tx, a.branchId, a.year);
  if (open.length) {
    throw new ConflictError(
      `还有 ${open.length} 项更正尚未完成，不能${doing}`,
      `${open.length} corrections are still open`,
      { correctionIds: open.map((c) => c.id) },
    );
  }
  const roster = await reviewRoster(tx, a.branchId, yearMonths(a.year));
  const graded = new Set(
    (await tx.find(EvaluationGrade, { assessmentId: a.id })).map((g) => g.memberId),
  );
  const ungraded = roster.filter((m) => !graded.has(m.id));
  if (ungraded.length) {
    throw new ConflictError(
      `还有 ${ungraded.length} 名党员未评定民主评议等次，不能${doing}`,
      `${counted(ungraded.length, 'member has', 'members have')} no evaluation grade`,
      { memberIds: ungraded.map((m) => m.id) },
    );
  }
  return roster;
}
