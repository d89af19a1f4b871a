import type { EntityManager } from '@mikro-orm/postgresql';
import { counted } from '../../../graphql/locale.js';
import type { Actor } from '../../../auth/actor.js';
import { BadInputError, ConflictError } from '../../../graphql/errors.js';
import { clock } from '../../calendar/clock.js';
import { Member } from '../../org/members/member.entity.js';
import { syncOutcomeCases } from '../../outcomes/outcome-cases.js';
import { AnnualState, annualMachine } from '../annual/annual-machine.js';
import { freezeYear, publishYearList } from '../annual/annual-approval.service.js';
import { AnnualResult } from '../annual/annual-result.entity.js';
import type { Correction } from './correction.entity.js';
import { correctionMachine } from './correction-machine.js';
import {
  correctionForChange,
  correctorDuty,
  finish,
  recloseMonths,
  type CorrectionTarget,
} from './correction.service.js';
import { auditStep } from '../cycle-audit.js';
import { requireDuty } from '../cycle-roles.js';
import { MemberConfirmation } from '../quarter/member-confirmation.entity.js';
import { publishQuarterList } from '../notices/notice.service.js';
import { currentFrozen } from '../frozen-rows.js';
import { frozenFigures, scoreMembers } from '../period-scores.js';
import { effectiveQuarterState } from '../notices/publication.service.js';
import { PublicationKind } from '../notices/publication.entity.js';
import { ConfirmationState, QuarterState, quarterMachine } from '../quarter/quarter-machines.js';
import { unsettledMembers } from '../quarter/quarter-confirmation.service.js';
import { periodOfQuarter } from '../quarter/quarter-period.js';
import { QuarterSnapshot } from '../quarter/quarter-snapshot.entity.js';

/** Members whose live score no longer matches their frozen one (among `frozen`). */
async function changedSinceFrozen(
  tx: EntityManager,
  frozen: readonly { memberId: string; total: string }[],
  period: Parameters<typeof scoreMembers>[1],
): Promise<string[]> {
  const live = await scoreMembers(
    tx,
    period,
    frozen.map((f) => f.memberId),
  );
  const totals = new Map(live.map((s) => [s.memberId, s.result.total.value]));
  return frozen.filter((f) => totals.get(f.memberId) !== f.total).map((f) => f.memberId);
}

/**
 * The ledger months a correction reopens are the branch's, not only its members': a change to
 * anyone else's record in them is caught here rather than slipping into a closed period.
 */
async function assertOthersUnchanged(
  tx: EntityManager,
  c: Correction,
  frozen: readonly { memberId: string; total: string }[],
  period: Parameters<typeof scoreMembers>[1],
) {
  if (c.months.length === 0) return;
  const others = frozen.filter((f) => !c.memberIds.includes(f.memberId));
  const changed = await changedSinceFrozen(tx, others, period);
  if (changed.length) {
    throw new ConflictError(
      `更正期间，更正范围以外 ${changed.length} 名党员的积分发生了变化，请先核实台账`,
      `${counted(changed.length, 'member', 'members')} outside the correction changed meanwhile: check the ledger`,
      { memberIds: changed },
    );
  }
}

/**
 * Applies a correction: the touched members are scored again and frozen as the next revision,
 * their former rows kept and marked superseded; a published period is published again with a
 * notice of its own. The quarter's secretary signs a quarter's correction, the committee a year's.
 */
export async function applyCorrection(em: EntityManager, actor: Actor, correctionId: string) {
  return em.transactional(async (tx) => {
    const { c, target } = await correctionForChange(tx, correctionId);
    const duty = target.kind === PublicationKind.QUARTER ? 'secretary' : 'committee';
    const role = requireDuty(actor, duty, target.branchId);
    const next = correctionMachine.next(c.state, 'apply');
    const before = await frozenTotals(tx, c);
    const after =
      target.kind === PublicationKind.QUARTER
        ? await applyToQuarter(tx, actor, role, c, target)
        : await applyToYear(tx, actor, role, c, target);
    c.state = next;
    finish(c, actor, tx);
    await tx.flush();
    await recloseMonths(tx, actor, c, target);
    await auditStep(tx, actor, role, {
      operation: 'correction.apply',
      entityName: 'Correction',
      entityId: c.id,
      branchId: c.branchId,
      before: { totals: before },
      after: { revision: c.producedRevision, totals: after },
    });
    return c;
  });
}

async function frozenTotals(tx: EntityManager, c: Correction) {
  const rows = await currentFrozen(tx, c.kind, c.assessmentId, c.memberIds);
  return Object.fromEntries(rows.map((r) => [r.memberId, r.total]));
}

async function applyToQuarter(
  tx: EntityManager,
  actor: Actor,
  role: string,
  c: Correction,
  target: CorrectionTarget & { kind: PublicationKind.QUARTER },
) {
  const q = target.quarter;
  const period = periodOfQuarter(q);
  const confirmations = await tx.find(MemberConfirmation, {
    assessmentId: q.id,
    memberId: { $in: c.memberIds },
  });
  const scored = await scoreMembers(tx, period, c.memberIds);
  const totals = new Map(scored.map((s) => [s.memberId, s.result.total.value]));
  const { unanswered, changed } = unsettledMembers(confirmations, totals);
  if (unanswered.length || changed.length) {
    throw new ConflictError(
      `更正涉及的 ${unanswered.length + changed.length} 名党员尚未确认更正后的记录，不能签字`,
      'The members concerned have not confirmed their corrected records',
      { memberIds: [...unanswered, ...changed] },
    );
  }
  const current = await tx.find(QuarterSnapshot, { assessmentId: q.id, supersededAt: null });
  await assertOthersUnchanged(tx, c, current, period);
  const now = clock().now();
  q.revision += 1;
  for (const old of current.filter((s) => c.memberIds.includes(s.memberId))) old.supersededAt = now;
  for (const s of scored) {
    tx.create(QuarterSnapshot, {
      bureauId: actor.bureauId,
      branch: q.branch,
      branchId: q.branchId,
      assessment: q,
      assessmentId: q.id,
      member: tx.getReference(Member, [actor.bureauId, s.memberId]),
      memberId: s.memberId,
      ...frozenFigures(s),
      revision: q.revision,
      correctionId: c.id,
    });
  }
  c.producedRevision = q.revision;
  await tx.flush();
  const state = effectiveQuarterState(q);
  if (state === QuarterState.PUBLISHED || state === QuarterState.CLOSED) {
    const next = quarterMachine.next(state, 'republish');
    const p = await publishQuarterList(tx, actor, role, q.id, c.reason, c.id);
    q.state = next;
    q.noticeEndsOn = p.noticeEndsOn;
    q.closedAt = null;
  }
  return Object.fromEntries(totals);
}

async function applyToYear(
  tx: EntityManager,
  actor: Actor,
  role: string,
  c: Correction,
  target: CorrectionTarget & { kind: PublicationKind.YEAR },
) {
  const a = target.annual;
  const current = await tx.find(AnnualResult, { assessmentId: a.id, supersededAt: null });
  await assertOthersUnchanged(tx, c, current, { kind: 'year', year: a.year });
  a.revision += 1;
  const results = await freezeYear(tx, actor, a, c.memberIds, a.revision, c.id);
  c.producedRevision = a.revision;
  await syncOutcomeCases(tx, actor, role, results, c.reason);
  if (a.state === AnnualState.PUBLISHED) {
    a.state = annualMachine.next(a.state, 'republish');
    await publishYearList(tx, actor, role, a, c.reason, c.id);
  }
  return Object.fromEntries(results.map((r) => [r.memberId, r.total]));
}

/**
 * Withdraws a correction: nothing is re-frozen, the reopened confirmations and months are put
 * back. Refused when the touched records already changed: the original would no longer match.
 */
export async function withdrawCorrection(
  em: EntityManager,
  actor: Actor,
  input: { correctionId: string; reason: string },
) {
  const reason = input.reason.trim();
  if (!reason) throw new BadInputError('请说明撤回原因', 'Say why it is withdrawn', 'reason');
  return em.transactional(async (tx) => {
    const { c, target } = await correctionForChange(tx, input.correctionId);
    const role = requireDuty(actor, correctorDuty(c.kind), target.branchId);
    const next = correctionMachine.next(c.state, 'withdraw');
    const period =
      target.kind === PublicationKind.QUARTER
        ? periodOfQuarter(target.quarter)
        : ({ kind: 'year', year: c.year } as const);
    const frozen = await currentFrozen(tx, c.kind, c.assessmentId);
    // Withdrawing keeps the originals: the ledger must still say what they say.
    const changed = c.months.length ? await changedSinceFrozen(tx, frozen, period) : [];
    if (changed.length) {
      throw new ConflictError(
        '更正期间台账已有修改，不能撤回；请恢复台账记录或签字生效',
        'The ledger changed during the correction: restore it or apply the correction',
        { memberIds: changed },
      );
    }
    const confirmations = await tx.find(MemberConfirmation, {
      assessmentId: c.assessmentId,
      memberId: { $in: c.memberIds },
    });
    for (const previous of c.reopenedConfirmations ?? []) {
      const conf = confirmations.find((x) => x.memberId === previous.memberId);
      if (conf?.state !== ConfirmationState.PENDING) continue;
      conf.state = previous.state as ConfirmationState;
      conf.seenTotal = previous.seenTotal;
    }
    c.state = next;
    c.withdrawnReason = reason;
    finish(c, actor, tx);
    await tx.flush();
    await recloseMonths(tx, actor, c, target);
    await auditStep(tx, actor, role, {
      operation: 'correction.withdraw',
      entityName: 'Correction',
      entityId: c.id,
      branchId: c.branchId,
      after: { state: c.state, reason },
    });
    return c;
  });
}
