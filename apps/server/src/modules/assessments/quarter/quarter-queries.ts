import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../../auth/actor.js';
import { Correction } from '../corrections/correction.entity.js';
import { CorrectionState } from '../corrections/correction-machine.js';
import { canReadBranch } from '../cycle-roles.js';
import type { QuarterReviewRow } from '../cycle.types.js';
import { frozenView, linesIf, liveView } from '../cycle-views.js';
import { MemberConfirmation } from './member-confirmation.entity.js';
import { scoreMembers } from '../period-scores.js';
import { effectiveQuarterState } from '../notices/publication.service.js';
import type { QuarterAssessment } from './quarter-assessment.entity.js';
import { ConfirmationState, QuarterState } from './quarter-machines.js';
import { periodOfQuarter } from './quarter-period.js';
import { QuarterSnapshot } from './quarter-snapshot.entity.js';

const ANSWERED = [ConfirmationState.CONFIRMED, ConfirmationState.RESOLVED];

/**
 * The quarter as the viewer may see it, one row per member: the panel and readers see every
 * member, a member only themselves. A record still open (under review, or reopened by a
 * correction) is scored live, so what a member confirms is what the secretary will sign;
 * otherwise the frozen snapshot is shown. Explanation lines only `withLines` (the query asks).
 */
export async function quarterRows(
  em: EntityManager,
  actor: Actor,
  q: QuarterAssessment,
  withLines: boolean,
): Promise<QuarterReviewRow[]> {
  const reader = canReadBranch(actor, q.branchId);
  const confirmations = (await em.find(MemberConfirmation, { assessmentId: q.id })).filter(
    (c) => reader || c.memberId === actor.memberId,
  );
  const state = effectiveQuarterState(q);
  const reopened = new Set(
    (await em.find(Correction, { assessmentId: q.id, state: CorrectionState.OPEN })).flatMap(
      (c) => c.memberIds,
    ),
  );
  const live = confirmations
    .map((c) => c.memberId)
    .filter((id) => state === QuarterState.UNDER_REVIEW || reopened.has(id));
  const scored = new Map(
    (await scoreMembers(em, periodOfQuarter(q), live)).map((s) => [s.memberId, s]),
  );
  const frozen = new Map(
    (
      await em.find(QuarterSnapshot, { assessmentId: q.id, supersededAt: null }, linesIf(withLines))
    ).map((s) => [s.memberId, s]),
  );
  return confirmations.map((c) => {
    const showLines = withLines && (reader || c.memberId === actor.memberId);
    const liveScore = scored.get(c.memberId);
    const frozenScore = frozen.get(c.memberId);
    const score = liveScore
      ? liveView(liveScore, showLines)
      : frozenScore
        ? frozenView(frozenScore, showLines)
        : null;
    return {
      memberId: c.memberId,
      member: null,
      confirmation: c,
      score,
      changedSinceConfirmed:
        !!liveScore && ANSWERED.includes(c.state) && c.seenTotal !== liveScore.result.total.value,
    };
  });
}
