import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../../auth/actor.js';
import { BadInputError, ConflictError, NotFoundError } from '../../../graphql/errors.js';
import { chinaDate, clock, todayInChina } from '../../calendar/clock.js';
import { isIsoDate } from '../../calendar/working-days.js';
import { Correction } from '../corrections/correction.entity.js';
import { CorrectionState } from '../corrections/correction-machine.js';
import { auditStep } from '../cycle-audit.js';
import { requireDuty, requireSelfOrDuty } from '../cycle-roles.js';
import { actorRef } from '../frozen-rows.js';
import { MemberConfirmation } from './member-confirmation.entity.js';
import { scoreMembers } from '../period-scores.js';
import { effectiveQuarterState, lockQuarter } from '../notices/publication.service.js';
import { periodOfQuarter } from './quarter-period.js';
import type { QuarterAssessment } from './quarter-assessment.entity.js';
import {
  ConfirmationMethod,
  ConfirmationState,
  confirmationMachine,
  QuarterState,
  quarterMachine,
} from './quarter-machines.js';

const UNSETTLED = [ConfirmationState.PENDING, ConfirmationState.OBJECTED];

type Answer = {
  agree: boolean;
  objection: string | null;
  role: string;
  method: ConfirmationMethod;
  /** In person: the meeting's date and the panel's note. */
  inPerson?: { on: string; note: string | null };
};

/**
 * Records members' answers on their quarter records in one step: each is scored now, and the
 * total the member agreed to (or objected to) is kept, so a later change asks them again.
 */
async function recordAnswers(
  tx: EntityManager,
  actor: Actor,
  q: QuarterAssessment,
  memberIds: readonly string[],
  answer: Answer,
): Promise<MemberConfirmation[]> {
  const ids = [...new Set(memberIds)];
  const confirmations = await tx.find(MemberConfirmation, {
    assessmentId: q.id,
    memberId: { $in: ids },
  });
  if (confirmations.length !== ids.length) {
    throw new NotFoundError(
      { zh: '本季度考评名单中的该党员', en: 'That member in the review' },
      'memberId',
    );
  }
  await assertRecordsOpen(tx, q, ids);
  const scored = await scoreMembers(tx, periodOfQuarter(q), ids);
  const totals = new Map(scored.map((s) => [s.memberId, s.result.total.value]));
  const changes: Record<string, { from: string; to: string; total: string }> = {};
  for (const c of confirmations) {
    const total = totals.get(c.memberId)!;
    const from = c.state;
    // A record that changed since it was confirmed is confirmed afresh.
    if (c.seenTotal !== total && confirmationMachine.can(c.state, 'reopen')) {
      c.state = confirmationMachine.next(c.state, 'reopen');
      c.round += 1;
    }
    c.state = confirmationMachine.next(c.state, answer.agree ? 'confirm' : 'object');
    c.seenTotal = total;
    if (!answer.agree) c.objection = answer.objection;
    c.method = answer.method;
    c.inPersonOn = answer.inPerson?.on ?? null;
    c.inPersonNote = answer.inPerson?.note ?? null;
    c.respondedBy = actorRef(tx, actor);
    c.respondedById = actor.userId;
    c.respondedAt = clock().now();
    changes[c.memberId] = { from, to: c.state, total };
  }
  await tx.flush();
  await auditStep(tx, actor, answer.role, {
    operation: answer.agree ? 'quarter.confirmation.confirm' : 'quarter.confirmation.object',
    entityName: 'QuarterAssessment',
    entityId: q.id,
    branchId: q.branchId,
    after: {
      confirmations: changes,
      onBehalf: answer.method !== ConfirmationMethod.SELF,
      method: answer.method,
      inPerson: answer.inPerson ?? null,
      objection: answer.objection,
    },
  });
  return confirmations;
}

/** Records are answered during the review, or later while a correction has reopened them. */
async function assertRecordsOpen(tx: EntityManager, q: QuarterAssessment, memberIds: string[]) {
  const state = effectiveQuarterState(q);
  if (state === QuarterState.UNDER_REVIEW) return;
  if (state !== QuarterState.OPEN) {
    const open = await tx.find(Correction, { assessmentId: q.id, state: CorrectionState.OPEN });
    const reopened = new Set(open.flatMap((c) => c.memberIds));
    if (memberIds.every((id) => reopened.has(id))) return;
  }
  throw new ConflictError(
    `本季度考评当前为「${quarterMachine.states[state].zh}」，不能核对确认`,
    `The quarter is ${quarterMachine.states[state].en}: records are not being confirmed`,
    { machine: 'quarter', state, action: 'respond' },
  );
}

export type Response = {
  assessmentId: string;
  memberId: string;
  agree: boolean;
  objection?: string | null;
};

/** A member confirms their own quarter record or objects to it (the panel may record it for them). */
export async function respondToQuarterRecord(
  em: EntityManager,
  actor: Actor,
  input: Response,
): Promise<MemberConfirmation> {
  const objection = input.objection?.trim() ?? '';
  if (!input.agree && !objection) {
    throw new BadInputError('请填写异议内容', 'Say what the objection is', 'objection');
  }
  return em.transactional(async (tx) => {
    const q = await lockQuarter(tx, input.assessmentId);
    const who = requireSelfOrDuty(actor, input.memberId, 'panel', q.branchId);
    const [c] = await recordAnswers(tx, actor, q, [input.memberId], {
      agree: input.agree,
      objection: input.agree ? null : objection,
      role: who.role === 'self' ? 'member' : who.role,
      method: who.onBehalf ? ConfirmationMethod.ON_BEHALF : ConfirmationMethod.SELF,
    });
    return c!;
  });
}

/**
 * The panel records the confirmations members gave in person at its meeting (核对、确认), for
 * members who do not answer through their own account: the meeting's date (today when not
 * given; never in the future nor before the review started) and a note are kept on each.
 */
export async function recordPanelConfirmations(
  em: EntityManager,
  actor: Actor,
  input: {
    assessmentId: string;
    memberIds: string[];
    confirmedOn?: string | null;
    note?: string | null;
  },
): Promise<MemberConfirmation[]> {
  if (input.memberIds.length === 0) {
    throw new BadInputError('请选择党员', 'Choose the members', 'memberIds');
  }
  const today = todayInChina();
  const on = input.confirmedOn?.trim() || today;
  if (!isIsoDate(on)) {
    throw new BadInputError(
      '确认日期格式应为 YYYY-MM-DD',
      'The date must look like YYYY-MM-DD',
      'confirmedOn',
    );
  }
  if (on > today) {
    throw new BadInputError(
      '确认日期不能晚于今天',
      'The meeting cannot be in the future',
      'confirmedOn',
    );
  }
  const note = input.note?.trim() || null;
  return em.transactional(async (tx) => {
    const q = await lockQuarter(tx, input.assessmentId);
    const role = requireDuty(actor, 'panel', q.branchId);
    if (q.reviewStartedAt && on < chinaDate(q.reviewStartedAt)) {
      throw new BadInputError(
        `确认日期不能早于开始考评的日期（${chinaDate(q.reviewStartedAt)}）`,
        `The meeting cannot be before the review started (${chinaDate(q.reviewStartedAt)})`,
        'confirmedOn',
      );
    }
    return recordAnswers(tx, actor, q, input.memberIds, {
      agree: true,
      objection: null,
      role,
      method: ConfirmationMethod.IN_PERSON,
      inPerson: { on, note },
    });
  });
}

/** The branch committee decides a member's objection raised during the review. */
export async function resolveQuarterObjection(
  em: EntityManager,
  actor: Actor,
  input: { confirmationId: string; resolution: string },
): Promise<MemberConfirmation> {
  const resolution = input.resolution.trim();
  if (!resolution) throw new BadInputError('请填写处理结果', 'Record the decision', 'resolution');
  return em.transactional(async (tx) => {
    const found = await tx.findOne(MemberConfirmation, { id: input.confirmationId });
    if (!found) throw new NotFoundError({ zh: '确认记录', en: 'Confirmation' }, 'confirmationId');
    const q = await lockQuarter(tx, found.assessmentId);
    const role = requireDuty(actor, 'branchCommittee', q.branchId);
    // Re-read under the quarter's lock: steps on one quarter are serialised by it.
    const c = await tx.refresh(found);
    const next = confirmationMachine.next(c!.state, 'resolve');
    await assertRecordsOpen(tx, q, [c!.memberId]);
    const [scored] = await scoreMembers(tx, periodOfQuarter(q), [c!.memberId]);
    Object.assign(c!, {
      state: next,
      seenTotal: scored!.result.total.value,
      resolution,
      resolvedBy: actorRef(tx, actor),
      resolvedById: actor.userId,
      resolvedAt: clock().now(),
    });
    await tx.flush();
    await auditStep(tx, actor, role, {
      operation: 'quarter.confirmation.resolve',
      entityName: 'MemberConfirmation',
      entityId: c!.id,
      branchId: q.branchId,
      after: { memberId: c!.memberId, state: next, resolution, seenTotal: c!.seenTotal },
    });
    return c!;
  });
}

/** Members still to answer (or with an undecided objection), and those whose score moved since. */
export function unsettledMembers(
  confirmations: readonly MemberConfirmation[],
  totals: ReadonlyMap<string, string>,
) {
  return {
    unanswered: confirmations.filter((c) => UNSETTLED.includes(c.state)).map((c) => c.memberId),
    changed: confirmations
      .filter(
        (c) =>
          !UNSETTLED.includes(c.state) &&
          totals.has(c.memberId) &&
          totals.get(c.memberId) !== c.seenTotal,
      )
      .map((c) => c.memberId),
  };
}
