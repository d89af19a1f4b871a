import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../../auth/actor.js';
import { BadInputError } from '../../../graphql/errors.js';
import { clock } from '../../calendar/clock.js';
import { Member, MemberStatus } from '../../org/members/member.entity.js';
import { syncOutcomeCases } from '../../outcomes/outcome-cases.js';
import { withBureauWideAccess } from '../../../tenancy/bureau-wide-access.js';
import type { AnnualAssessment } from './annual-assessment.entity.js';
import { annualMachine } from './annual-machine.js';
import { assertYearReady, recordStep, yearForChange } from './annual-readiness.js';
import { AnnualResult } from './annual-result.entity.js';
import { AnnualStepKind } from './annual-step.entity.js';
import { auditStep } from '../cycle-audit.js';
import { requireDuty } from '../cycle-roles.js';
import { closeMonths } from '../period-closure.js';
import { frozenFigures, scoreMembers, type ScoredMember } from '../period-scores.js';
import { publishedRows, publishList } from '../notices/publication.service.js';
import { PublicationKind } from '../notices/publication.entity.js';
import { yearMonths } from '../quarter/quarter-period.js';

/** Scores members' years (with their grades) and freezes them as the given revision. */
export async function freezeYear(
  tx: EntityManager,
  actor: Actor,
  a: AnnualAssessment,
  memberIds: readonly string[],
  revision: number,
  correctionId: string | null,
): Promise<AnnualResult[]> {
  const scored = await scoreMembers(tx, { kind: 'year', year: a.year }, memberIds);
  const members = await withBureauWideAccess(tx, (wide) =>
    wide.find(Member, { id: { $in: [...memberIds] } }),
  );
  const probationary = new Set(
    members.filter((m) => m.status === MemberStatus.PROBATIONARY).map((m) => m.id),
  );
  const previous = await tx.find(AnnualResult, {
    assessmentId: a.id,
    memberId: { $in: [...memberIds] },
    supersededAt: null,
  });
  const now = clock().now();
  for (const row of previous) row.supersededAt = now;
  const rows = scored.map((s) =>
    resultRow(tx, actor, a, s, {
      revision,
      correctionId,
      probationary: probationary.has(s.memberId),
    }),
  );
  await tx.flush();
  return rows;
}

function resultRow(
  tx: EntityManager,
  actor: Actor,
  a: AnnualAssessment,
  s: ScoredMember,
  frozen: { revision: number; correctionId: string | null; probationary: boolean },
): AnnualResult {
  const outcome = s.result.outcome!;
  return tx.create(AnnualResult, {
    bureauId: actor.bureauId,
    branch: a.branch,
    branchId: a.branchId,
    assessment: a,
    assessmentId: a.id,
    member: tx.getReference(Member, [actor.bureauId, s.memberId]),
    memberId: s.memberId,
    year: a.year,
    ...frozenFigures(s),
    revision: frozen.revision,
    correctionId: frozen.correctionId,
    evaluation: s.result.sections.evaluation?.value ?? '0',
    grade: s.result.evaluationGrade,
    probationary: frozen.probationary,
    band: outcome.band,
    outcome: { ...outcome },
  });
}

/** The secretary submits the re-reviewed year: the composite scores are frozen as submitted. */
export async function submitYear(em: EntityManager, actor: Actor, assessmentId: string) {
  return em.transactional(async (tx) => {
    const a = await yearForChange(tx, assessmentId);
    const role = requireDuty(actor, 'secretary', a.branchId);
    const next = annualMachine.next(a.state, 'submit');
    const roster = await assertYearReady(tx, a, '上报');
    a.revision += 1;
    const results = await freezeYear(
      tx,
      actor,
      a,
      roster.map((m) => m.id),
      a.revision,
      null,
    );
    a.state = next;
    a.submittedAt = clock().now();
    recordStep(tx, actor, a, AnnualStepKind.SUBMITTED, null);
    await tx.flush();
    await auditStep(tx, actor, role, {
      operation: 'year.submit',
      entityName: 'AnnualAssessment',
      entityId: a.id,
      branchId: a.branchId,
      after: {
        state: a.state,
        revision: a.revision,
        totals: Object.fromEntries(results.map((r) => [r.memberId, r.total])),
      },
    });
    return a;
  });
}

/**
 * The committee approves the submitted year: its months close in the ledger and every yellow or
 * red result opens a warning case. Refused while any member's record is unconfirmed.
 */
export async function approveYear(
  em: EntityManager,
  actor: Actor,
  input: { assessmentId: string; comment?: string | null },
) {
  return em.transactional(async (tx) => {
    const a = await yearForChange(tx, input.assessmentId);
    const role = requireDuty(actor, 'committee', a.branchId);
    const next = annualMachine.next(a.state, 'approve');
    await assertYearReady(tx, a, '审核通过');
    a.state = next;
    a.approvedAt = clock().now();
    recordStep(tx, actor, a, AnnualStepKind.APPROVED, input.comment?.trim() || null);
    await tx.flush();
    await closeMonths(
      tx,
      actor.bureauId,
      a.branchId,
      yearMonths(a.year),
      { zh: `${a.year}年度已审核通过`, en: `${a.year} approved` },
      actor.userId,
    );
    const results = await tx.find(AnnualResult, { assessmentId: a.id, supersededAt: null });
    await syncOutcomeCases(tx, actor, role, results, null);
    await auditStep(tx, actor, role, {
      operation: 'year.approve',
      entityName: 'AnnualAssessment',
      entityId: a.id,
      branchId: a.branchId,
      after: { state: a.state, revision: a.revision, comment: input.comment ?? null },
    });
    return a;
  });
}

/** The committee returns the submitted year to the branch, with its reasons. */
export async function returnYear(
  em: EntityManager,
  actor: Actor,
  input: { assessmentId: string; reason: string },
) {
  const reason = input.reason.trim();
  if (!reason)
    throw new BadInputError('请填写退回原因', 'Give the reasons for returning it', 'reason');
  return em.transactional(async (tx) => {
    const a = await yearForChange(tx, input.assessmentId);
    const role = requireDuty(actor, 'committee', a.branchId);
    a.state = annualMachine.next(a.state, 'return');
    recordStep(tx, actor, a, AnnualStepKind.RETURNED, reason);
    await tx.flush();
    await auditStep(tx, actor, role, {
      operation: 'year.return',
      entityName: 'AnnualAssessment',
      entityId: a.id,
      branchId: a.branchId,
      after: { state: a.state, revision: a.revision, reason },
    });
    return a;
  });
}

/** The approved result is published in the branch, with a notice, and each member sees their own. */
export async function publishYear(em: EntityManager, actor: Actor, assessmentId: string) {
  return em.transactional(async (tx) => {
    const a = await yearForChange(tx, assessmentId);
    const role = requireDuty(actor, 'yearPublisher', a.branchId);
    const next = annualMachine.next(a.state, 'publish');
    const publication = await publishYearList(tx, actor, role, a, null, null);
    a.state = next;
    a.publishedAt = publication.publishedAt;
    recordStep(tx, actor, a, AnnualStepKind.PUBLISHED, null);
    await tx.flush();
    return a;
  });
}

/** Publishes the year's current results (first publication or a corrected list). */
export async function publishYearList(
  tx: EntityManager,
  actor: Actor,
  role: string,
  a: AnnualAssessment,
  note: string | null,
  correctionId: string | null,
) {
  const results = await tx.find(AnnualResult, { assessmentId: a.id, supersededAt: null });
  const publication = await publishList(tx, actor, role, {
    kind: PublicationKind.YEAR,
    branchId: a.branchId,
    year: a.year,
    quarter: 0,
    assessmentId: a.id,
    rows: await publishedRows(tx, results),
    note,
    correctionId,
  });
  a.noticeEndsOn = publication.noticeEndsOn;
  return publication;
}
