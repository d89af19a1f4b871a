import type { EntityManager } from '@mikro-orm/postgresql';
import { counted } from '../../../graphql/locale.js';
import type { Actor } from '../../../auth/actor.js';
import { ConflictError } from '../../../graphql/errors.js';
import { clock, todayInChina } from '../../calendar/clock.js';
import { Declaration, DeclarationStatus } from '../../declarations/declaration.entity.js';
import { Branch } from '../../org/branches/branch.entity.js';
import { Member } from '../../org/members/member.entity.js';
import { auditStep } from '../cycle-audit.js';
import { requireBranch, requireDuty } from '../cycle-roles.js';
import { unsettledMembers } from './quarter-confirmation.service.js';
import { MemberConfirmation } from './member-confirmation.entity.js';
import { closeMonths } from '../period-closure.js';
import { frozenFigures, scoreMembers } from '../period-scores.js';
import { lockQuarter } from '../notices/publication.service.js';
import { QuarterAssessment } from './quarter-assessment.entity.js';
import { QuarterState, quarterMachine } from './quarter-machines.js';
import {
  checkQuarter,
  lastDayOfMonth,
  periodOfQuarter,
  quarterLabel,
  quarterMonths,
} from './quarter-period.js';
import { QuarterSnapshot } from './quarter-snapshot.entity.js';
import { reviewRoster } from '../review-roster.js';
import { actorRef } from '../frozen-rows.js';

/** The panel's review of a finished quarter begins: every member of the roster is asked to confirm. */
export async function startQuarterReview(
  em: EntityManager,
  actor: Actor,
  key: { branchId: string; year: number; quarter: number },
): Promise<QuarterAssessment> {
  const quarter = checkQuarter(key.year, key.quarter);
  await requireBranch(em, key.branchId);
  const role = requireDuty(actor, 'branchCommittee', key.branchId);
  const months = quarterMonths(key.year, quarter);
  const lastDay = lastDayOfMonth(months.at(-1)!);
  if (todayInChina() <= lastDay) {
    throw new ConflictError(
      `${quarterLabel(key.year, quarter)}尚未结束（${lastDay} 结束），不能开始考评`,
      `The quarter ends on ${lastDay}: its review cannot start yet`,
    );
  }
  return em.transactional(async (tx) => {
    const existing = await tx.findOne(QuarterAssessment, {
      branchId: key.branchId,
      year: key.year,
      quarter,
    });
    const q =
      (existing && (await lockQuarter(tx, existing.id))) ??
      tx.create(QuarterAssessment, {
        bureauId: actor.bureauId,
        branch: tx.getReference(Branch, [actor.bureauId, key.branchId]),
        branchId: key.branchId,
        year: key.year,
        quarter,
      });
    const next = quarterMachine.next(q.state, 'startReview');
    const roster = await reviewRoster(tx, key.branchId, months);
    if (roster.length === 0) {
      throw new ConflictError(
        '该支部本季度没有党员，无需考评',
        'The branch had no members that quarter',
      );
    }
    // Fails now, before anything is written, when the year's scheme is not published.
    await scoreMembers(tx, periodOfQuarter(q), [roster[0]!.id]);
    q.state = next;
    q.reviewStartedAt = clock().now();
    for (const member of roster) addConfirmation(tx, actor.bureauId, q, member);
    await tx.flush();
    await auditStep(tx, actor, role, {
      operation: 'quarter.review.start',
      entityName: 'QuarterAssessment',
      entityId: q.id,
      branchId: q.branchId,
      after: { year: q.year, quarter: q.quarter, state: q.state, members: roster.length },
    });
    return q;
  });
}

function addConfirmation(
  tx: EntityManager,
  bureauId: string,
  q: QuarterAssessment,
  member: Member,
) {
  tx.create(MemberConfirmation, {
    bureauId,
    branch: tx.getReference(Branch, [bureauId, q.branchId]),
    branchId: q.branchId,
    assessment: q,
    assessmentId: q.id,
    member: tx.getReference(Member, [bureauId, member.id]),
    memberId: member.id,
  });
}

/** Brings the roster up to date after a transfer recorded during the review. */
export async function refreshQuarterRoster(
  em: EntityManager,
  actor: Actor,
  assessmentId: string,
): Promise<QuarterAssessment> {
  return em.transactional(async (tx) => {
    const q = await lockQuarter(tx, assessmentId);
    const role = requireDuty(actor, 'branchCommittee', q.branchId);
    if (q.state !== QuarterState.UNDER_REVIEW) quarterMachine.next(q.state, 'sign');
    const { added, removed } = await rosterChanges(tx, q);
    for (const member of added) addConfirmation(tx, actor.bureauId, q, member);
    for (const c of removed) tx.remove(c);
    await tx.flush();
    await auditStep(tx, actor, role, {
      operation: 'quarter.roster.refresh',
      entityName: 'QuarterAssessment',
      entityId: q.id,
      branchId: q.branchId,
      after: { added: added.map((m) => m.id), removed: removed.map((c) => c.memberId) },
    });
    return q;
  });
}

async function rosterChanges(tx: EntityManager, q: QuarterAssessment) {
  const roster = await reviewRoster(tx, q.branchId, quarterMonths(q.year, q.quarter));
  const confirmations = await tx.find(MemberConfirmation, { assessmentId: q.id });
  const asked = new Set(confirmations.map((c) => c.memberId));
  const inRoster = new Set(roster.map((m) => m.id));
  return {
    confirmations,
    added: roster.filter((m) => !asked.has(m.id)),
    removed: confirmations.filter((c) => !inRoster.has(c.memberId)),
  };
}

/**
 * The secretary signs: every member has confirmed (or had their objection decided) the very
 * score now computed, and the roster is current. Signing freezes a snapshot per member and
 * closes the quarter's months in the ledger. While declarations of those months are undecided
 * (submitted, or disputed) signing is refused, unless the secretary gives a written reason,
 * which is kept with the signature.
 */
export async function signQuarter(
  em: EntityManager,
  actor: Actor,
  assessmentId: string,
  overrideReason: string | null = null,
) {
  const reason = overrideReason?.trim() || null;
  return em.transactional(async (tx) => {
    const q = await lockQuarter(tx, assessmentId);
    const role = requireDuty(actor, 'secretary', q.branchId);
    const next = quarterMachine.next(q.state, 'sign');
    const undecided = await undecidedDeclarations(tx, q);
    if (undecided.length && !reason) {
      const submitted = undecided.filter((d) => d.status === DeclarationStatus.SUBMITTED).length;
      const disputed = undecided.length - submitted;
      throw new ConflictError(
        `本季度还有 ${submitted} 项申报未审核、${disputed} 项申报异议未处理，不能签字；如确需签字，请填写理由`,
        `${counted(submitted, 'declaration', 'declarations')} of the quarter undecided and ${counted(disputed, 'dispute', 'disputes')} open: decide them first, or give a reason to sign anyway`,
        { declarationIds: undecided.map((d) => d.id), field: 'overrideReason' },
      );
    }
    const { confirmations, added, removed } = await rosterChanges(tx, q);
    if (added.length || removed.length) {
      throw new ConflictError(
        '考评名单有变动（转入或转出），请先刷新名单',
        'The roster changed (a transfer): refresh it first',
        { added: added.map((m) => m.id), removed: removed.map((c) => c.memberId) },
      );
    }
    const scored = await scoreMembers(
      tx,
      periodOfQuarter(q),
      confirmations.map((c) => c.memberId),
    );
    const totals = new Map(scored.map((s) => [s.memberId, s.result.total.value]));
    const { unanswered, changed } = unsettledMembers(confirmations, totals);
    if (unanswered.length) {
      throw new ConflictError(
        `还有 ${unanswered.length} 名党员未确认或异议未处理，不能签字`,
        `${counted(unanswered.length, 'member', 'members')} not yet confirmed or awaiting a decision on an objection`,
        { memberIds: unanswered },
      );
    }
    if (changed.length) {
      throw new ConflictError(
        `${changed.length} 名党员确认后积分有变动，须重新确认，不能签字`,
        `${counted(changed.length, "member's score", "members' scores")} changed since confirming: they must confirm again`,
        { memberIds: changed },
      );
    }
    for (const s of scored) {
      tx.create(QuarterSnapshot, {
        bureauId: actor.bureauId,
        branch: q.branch,
        branchId: q.branchId,
        assessment: q,
        assessmentId: q.id,
        member: tx.getReference(Member, [actor.bureauId, s.memberId]),
        memberId: s.memberId,
        revision: 1,
        ...frozenFigures(s),
      });
    }
    q.state = next;
    q.signOverrideReason = undecided.length ? reason : null;
    q.revision = 1;
    q.signedBy = actorRef(tx, actor);
    q.signedById = actor.userId;
    q.signedAt = clock().now();
    await tx.flush();
    await closeMonths(
      tx,
      actor.bureauId,
      q.branchId,
      quarterMonths(q.year, q.quarter),
      { zh: `${quarterLabel(q.year, q.quarter)}已签字`, en: `Q${q.quarter} ${q.year} signed` },
      actor.userId,
    );
    await auditStep(tx, actor, role, {
      operation: 'quarter.sign',
      entityName: 'QuarterAssessment',
      entityId: q.id,
      branchId: q.branchId,
      after: {
        state: q.state,
        revision: 1,
        totals: Object.fromEntries(totals),
        ...(q.signOverrideReason
          ? { overrideReason: q.signOverrideReason, undecided: undecided.map((d) => d.id) }
          : {}),
      },
    });
    return q;
  });
}

/** Declarations of the quarter's months in the branch still waiting for a decision. */
function undecidedDeclarations(tx: EntityManager, q: QuarterAssessment) {
  return tx.find(
    Declaration,
    {
      branchId: q.branchId,
      month: { $in: quarterMonths(q.year, q.quarter) },
      status: { $in: [DeclarationStatus.SUBMITTED, DeclarationStatus.DISPUTED] },
    },
    { fields: ['id', 'status'] },
  );
}
