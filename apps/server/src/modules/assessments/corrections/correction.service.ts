import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../../auth/actor.js';
import { BadInputError, ConflictError, NotFoundError } from '../../../graphql/errors.js';
import { clock } from '../../calendar/clock.js';
import type { AnnualAssessment } from '../annual/annual-assessment.entity.js';
import { AnnualState } from '../annual/annual-machine.js';
import { yearForChange } from '../annual/annual-readiness.js';
import { Correction, type ReopenedConfirmation } from './correction.entity.js';
import { CorrectionState } from './correction-machine.js';
import { auditStep } from '../cycle-audit.js';
import { requireDuty } from '../cycle-roles.js';
import { MemberConfirmation } from '../quarter/member-confirmation.entity.js';
import { closeMonths, monthsHeldOpen, reopenMonths } from '../period-closure.js';
import { effectiveQuarterState, lockQuarter } from '../notices/publication.service.js';
import { PublicationKind } from '../notices/publication.entity.js';
import type { QuarterAssessment } from '../quarter/quarter-assessment.entity.js';
import { confirmationMachine, QuarterState } from '../quarter/quarter-machines.js';
import { quarterLabel, quarterMonths, yearMonths } from '../quarter/quarter-period.js';
import { actorRef, currentFrozen } from '../frozen-rows.js';

/** What a correction changes: a signed quarter or an approved year, locked for the change. */
export type CorrectionTarget =
  | { kind: PublicationKind.QUARTER; quarter: QuarterAssessment; branchId: string; year: number }
  | { kind: PublicationKind.YEAR; annual: AnnualAssessment; branchId: string; year: number };

export async function loadTarget(
  tx: EntityManager,
  kind: PublicationKind,
  assessmentId: string,
): Promise<CorrectionTarget> {
  if (kind === PublicationKind.QUARTER) {
    const quarter = await lockQuarter(tx, assessmentId);
    return { kind, quarter, branchId: quarter.branchId, year: quarter.year };
  }
  const annual = await yearForChange(tx, assessmentId);
  return { kind, annual, branchId: annual.branchId, year: annual.year };
}

export const targetLabel = (t: CorrectionTarget) =>
  t.kind === PublicationKind.QUARTER ? quarterLabel(t.year, t.quarter.quarter) : `${t.year}年度`;

const targetLabelEn = (t: CorrectionTarget) =>
  t.kind === PublicationKind.QUARTER ? `Q${t.quarter.quarter} ${t.year}` : `${t.year}`;

export const periodMonths = (t: CorrectionTarget) =>
  t.kind === PublicationKind.QUARTER
    ? quarterMonths(t.year, t.quarter.quarter)
    : yearMonths(t.year);

/** The duty a correction of the target needs: the branch corrects quarters, the committee years. */
export const correctorDuty = (kind: PublicationKind) =>
  kind === PublicationKind.QUARTER ? ('quarterCorrector' as const) : ('committee' as const);

/** Refuses a correction of a period that is not closed: it can simply be changed. */
function assertClosed(t: CorrectionTarget): void {
  if (t.kind === PublicationKind.QUARTER) {
    const state = effectiveQuarterState(t.quarter);
    if (state === QuarterState.OPEN || state === QuarterState.UNDER_REVIEW) {
      throw new ConflictError(
        '本季度尚未签字，可在考评中直接修改，无需更正',
        'The quarter is not signed: change it in the review, no correction needed',
        { machine: 'quarter', state, action: 'correct' },
      );
    }
  } else if (![AnnualState.APPROVED, AnnualState.PUBLISHED].includes(t.annual.state)) {
    throw new ConflictError(
      '本年度尚未审核通过，可由支部直接修改，无需更正',
      'The year is not approved: the branch changes it directly, no correction needed',
      { machine: 'annual', state: t.annual.state, action: 'correct' },
    );
  }
}

export type CorrectionScope = {
  memberIds: string[];
  months?: string[] | null;
  reason: string;
  objectionId?: string | null;
};

/**
 * Opens a correction: checks the period is closed and the members are in its result, reopens
 * only their quarter confirmations and the named months in the ledger, and keeps what it reopened
 * so a withdrawal can put it back.
 */
export async function createCorrection(
  tx: EntityManager,
  actor: Actor,
  role: string,
  target: CorrectionTarget,
  scope: CorrectionScope,
): Promise<Correction> {
  assertClosed(target);
  const reason = scope.reason.trim();
  if (!reason)
    throw new BadInputError('请说明更正原因', 'Give the reason for the correction', 'reason');
  const memberIds = [...new Set(scope.memberIds)];
  if (memberIds.length === 0) {
    throw new BadInputError('请选择要更正的党员', 'Name the members to correct', 'memberIds');
  }
  const all = periodMonths(target);
  // A quarter's correction reopens its months by default; a year's only the months named (a
  // wrong evaluation grade needs no ledger month).
  const months = scope.months ?? (target.kind === PublicationKind.QUARTER ? all : []);
  const outside = months.filter((m) => !all.includes(m));
  if (outside.length) {
    throw new BadInputError(
      `月份不在该期间内：${outside.join('、')}`,
      `Months outside the period: ${outside.join(', ')}`,
      'months',
    );
  }
  const assessmentId =
    target.kind === PublicationKind.QUARTER ? target.quarter.id : target.annual.id;
  const frozen = await currentFrozen(tx, target.kind, assessmentId, memberIds);
  if (frozen.length !== memberIds.length) {
    throw new BadInputError(
      '所选党员不在该期间的结果中',
      'Some members have no result in that period',
      'memberIds',
    );
  }
  const busy = (await tx.find(Correction, { assessmentId, state: CorrectionState.OPEN })).filter(
    (c) => c.memberIds.some((id) => memberIds.includes(id)),
  );
  if (busy.length) {
    throw new ConflictError(
      '所选党员已有进行中的更正，请先签字生效或撤回',
      'A correction of these members is already open',
      { correctionIds: busy.map((c) => c.id) },
    );
  }
  const reopened: ReopenedConfirmation[] = [];
  if (target.kind === PublicationKind.QUARTER) {
    const confirmations = await tx.find(MemberConfirmation, {
      assessmentId,
      memberId: { $in: memberIds },
    });
    for (const c of confirmations) {
      if (!confirmationMachine.can(c.state, 'reopen')) continue;
      reopened.push({ memberId: c.memberId, state: c.state, seenTotal: c.seenTotal ?? null });
      c.state = confirmationMachine.next(c.state, 'reopen');
      c.round += 1;
    }
  }
  const correction = tx.create(Correction, {
    bureauId: actor.bureauId,
    branch: target.kind === PublicationKind.QUARTER ? target.quarter.branch : target.annual.branch,
    branchId: target.branchId,
    kind: target.kind,
    assessmentId,
    year: target.year,
    memberIds,
    months,
    reason,
    openedBy: actorRef(tx, actor),
    openedById: actor.userId,
    objectionId: scope.objectionId ?? null,
    reopenedConfirmations: reopened,
  });
  await tx.flush();
  await reopenMonths(tx, target.branchId, months);
  await auditStep(tx, actor, role, {
    operation: 'correction.open',
    entityName: 'Correction',
    entityId: correction.id,
    branchId: target.branchId,
    after: {
      kind: target.kind,
      assessmentId,
      memberIds,
      months,
      reason,
      objectionId: correction.objectionId,
    },
  });
  return correction;
}

/** A correction asked for directly by a role allowed to correct that period. */
export async function openCorrection(
  em: EntityManager,
  actor: Actor,
  input: CorrectionScope & { kind: PublicationKind; assessmentId: string },
): Promise<Correction> {
  return em.transactional(async (tx) => {
    const target = await loadTarget(tx, input.kind, input.assessmentId);
    const role = requireDuty(actor, correctorDuty(input.kind), target.branchId);
    return createCorrection(tx, actor, role, target, input);
  });
}

export async function correctionForChange(tx: EntityManager, id: string) {
  const c = await tx.findOne(Correction, { id });
  if (!c) throw new NotFoundError({ zh: '更正', en: 'Correction' }, 'correctionId');
  const target = await loadTarget(tx, c.kind, c.assessmentId);
  // Reloaded after the target's lock: steps on one period are serialised by that lock.
  await tx.refresh(c);
  return { c, target };
}

/** Closes again the months a finished correction reopened, unless another still holds them. */
export async function recloseMonths(
  tx: EntityManager,
  actor: Actor,
  c: Correction,
  target: CorrectionTarget,
) {
  const held = await monthsHeldOpen(tx, c.branchId, c.id);
  const months = c.months.filter((m) => !held.has(m));
  await closeMonths(
    tx,
    actor.bureauId,
    c.branchId,
    months,
    {
      zh: `${targetLabel(target)}更正已完成`,
      en: `correction of ${targetLabelEn(target)} applied`,
    },
    actor.userId,
  );
}

export function finish(c: Correction, actor: Actor, tx: EntityManager) {
  c.finishedBy = actorRef(tx, actor);
  c.finishedById = actor.userId;
  c.finishedAt = clock().now();
}
