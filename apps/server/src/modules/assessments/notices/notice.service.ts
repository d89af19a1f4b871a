import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../../auth/actor.js';
import { BadInputError, NotFoundError } from '../../../graphql/errors.js';
import { clock } from '../../calendar/clock.js';
import { Member } from '../../org/members/member.entity.js';
import { createCorrection, loadTarget } from '../corrections/correction.service.js';
import { auditStep } from '../cycle-audit.js';
import { requireDuty } from '../cycle-roles.js';
import { noticeMachine, objectionMachine } from './notice-machines.js';
import { NoticeObjection } from './notice-objection.entity.js';
import { Publication, PublicationKind } from './publication.entity.js';
import { lockQuarter, noticeStateOf, publishedRows, publishList } from './publication.service.js';
import { quarterMachine } from '../quarter/quarter-machines.js';
import { lockForChange } from '../row-lock.js';
import { QuarterSnapshot } from '../quarter/quarter-snapshot.entity.js';
import { actorRef } from '../frozen-rows.js';

/** The secretary publishes the signed quarter in the branch for its notice (公示 5 个工作日). */
export async function publishQuarter(em: EntityManager, actor: Actor, assessmentId: string) {
  return em.transactional(async (tx) => {
    const q = await lockQuarter(tx, assessmentId);
    const role = requireDuty(actor, 'secretary', q.branchId);
    const next = quarterMachine.next(q.state, 'publish');
    const publication = await publishQuarterList(tx, actor, role, q.id, null, null);
    q.state = next;
    q.publishedAt = publication.publishedAt;
    q.noticeEndsOn = publication.noticeEndsOn;
    await tx.flush();
    return q;
  });
}

/** Publishes a quarter's current snapshots (first publication or a corrected list). */
export async function publishQuarterList(
  tx: EntityManager,
  actor: Actor,
  role: string,
  assessmentId: string,
  note: string | null,
  correctionId: string | null,
): Promise<Publication> {
  const q = await lockQuarter(tx, assessmentId);
  const snapshots = await tx.find(QuarterSnapshot, { assessmentId: q.id, supersededAt: null });
  return publishList(tx, actor, role, {
    kind: PublicationKind.QUARTER,
    branchId: q.branchId,
    year: q.year,
    quarter: q.quarter,
    assessmentId: q.id,
    rows: await publishedRows(tx, snapshots),
    note,
    correctionId,
  });
}

async function latestNumber(tx: EntityManager, p: Publication): Promise<number> {
  const [latest] = await tx.find(
    Publication,
    { branchId: p.branchId, kind: p.kind, year: p.year, quarter: p.quarter },
    { orderBy: { number: 'desc' }, limit: 1 },
  );
  return latest?.number ?? p.number;
}

/** Anyone in the branch objects to a published result while its notice is open. */
export async function raiseNoticeObjection(
  em: EntityManager,
  actor: Actor,
  input: { publicationId: string; memberId: string; content: string },
): Promise<NoticeObjection> {
  const content = input.content.trim();
  if (!content) throw new BadInputError('请填写异议内容', 'Say what the objection is', 'content');
  return em.transactional(async (tx) => {
    const p = await tx.findOne(Publication, { id: input.publicationId });
    if (!p) throw new NotFoundError({ zh: '公示', en: 'Publication' }, 'publicationId');
    const role = requireDuty(actor, 'objectors', p.branchId);
    noticeMachine.next(noticeStateOf(p, await latestNumber(tx, p)), 'raiseObjection');
    if (!p.rows.some((r) => r.memberId === input.memberId)) {
      throw new BadInputError(
        '该党员不在此公示名单中',
        'That member is not on the list',
        'memberId',
      );
    }
    const objection = tx.create(NoticeObjection, {
      bureauId: actor.bureauId,
      branch: p.branch,
      branchId: p.branchId,
      publication: p,
      publicationId: p.id,
      member: tx.getReference(Member, [actor.bureauId, input.memberId]),
      memberId: input.memberId,
      raisedBy: actorRef(tx, actor),
      raisedById: actor.userId,
      raisedAt: clock().now(),
      content,
    });
    await tx.flush();
    await auditStep(tx, actor, role, {
      operation: 'notice.objection.raise',
      entityName: 'NoticeObjection',
      entityId: objection.id,
      branchId: p.branchId,
      after: { publicationId: p.id, memberId: input.memberId, content },
    });
    return objection;
  });
}

/**
 * The branch committee decides an objection with a recorded outcome. Upholding it opens a
 * correction of that member's result (reopening what the objection touches); the fix is then
 * made and signed through the correction.
 */
export async function decideNoticeObjection(
  em: EntityManager,
  actor: Actor,
  input: { objectionId: string; uphold: boolean; decision: string },
): Promise<NoticeObjection> {
  const decision = input.decision.trim();
  if (!decision) throw new BadInputError('请填写处理结果', 'Record the decision', 'decision');
  return em.transactional(async (tx) => {
    const o = await lockForChange(
      tx,
      NoticeObjection,
      input.objectionId,
      { zh: '公示异议', en: 'Objection' },
      'objectionId',
    );
    const role = requireDuty(actor, 'branchCommittee', o.branchId);
    const next = objectionMachine.next(o.state, input.uphold ? 'uphold' : 'dismiss');
    if (input.uphold) {
      const p = await tx.findOneOrFail(Publication, { id: o.publicationId });
      const target = await loadTarget(tx, p.kind, p.assessmentId);
      const correction = await createCorrection(tx, actor, role, target, {
        memberIds: [o.memberId],
        reason: decision,
        objectionId: o.id,
      });
      o.correctionId = correction.id;
    }
    o.state = next;
    o.decision = decision;
    o.decidedBy = actorRef(tx, actor);
    o.decidedById = actor.userId;
    o.decidedAt = clock().now();
    await tx.flush();
    await auditStep(tx, actor, role, {
      operation: input.uphold ? 'notice.objection.uphold' : 'notice.objection.dismiss',
      entityName: 'NoticeObjection',
      entityId: o.id,
      branchId: o.branchId,
      after: { state: o.state, decision, correctionId: o.correctionId ?? null },
    });
    return o;
  });
}
