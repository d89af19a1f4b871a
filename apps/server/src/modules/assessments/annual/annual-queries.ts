import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../../auth/actor.js';
import { withBureauWideAccess } from '../../../tenancy/bureau-wide-access.js';
import type { AnnualAssessment } from './annual-assessment.entity.js';
import { AnnualState } from './annual-machine.js';
import { AnnualResult } from './annual-result.entity.js';
import { canReadBranch } from '../cycle-roles.js';
import type { ScoreView, YearOutcomeRow } from '../cycle.types.js';
import { frozenView, linesIf, liveView } from '../cycle-views.js';
import { scoreMembers } from '../period-scores.js';
import { yearMonths } from '../quarter/quarter-period.js';
import { reviewRoster } from '../review-roster.js';

const FROZEN = [AnnualState.SUBMITTED, AnnualState.APPROVED, AnnualState.PUBLISHED];
const FINAL = [AnnualState.APPROVED, AnnualState.PUBLISHED];

/**
 * The year's composite scores as the viewer may see them: computed live while the branch
 * evaluates and re-reviews (or after a return), frozen once submitted. A member sees their own.
 * Frozen explanation lines are read only `withLines` (the query asks for them).
 */
export async function annualScores(
  em: EntityManager,
  actor: Actor,
  a: AnnualAssessment,
  withLines: boolean,
): Promise<ScoreView[]> {
  const reader = canReadBranch(actor, a.branchId);
  const visible = (id: string) => reader || id === actor.memberId;
  if (FROZEN.includes(a.state)) {
    const rows = await em.find(
      AnnualResult,
      { assessmentId: a.id, supersededAt: null },
      { orderBy: { memberId: 'asc' }, ...linesIf(withLines) },
    );
    return rows.filter((r) => visible(r.memberId)).map((r) => frozenView(r, withLines));
  }
  const roster = (await reviewRoster(em, a.branchId, yearMonths(a.year))).filter((m) =>
    visible(m.id),
  );
  const scored = await scoreMembers(
    em,
    { kind: 'year', year: a.year },
    roster.map((m) => m.id),
  );
  return scored.map((s) => liveView(s, true));
}

/** The viewer's own published result of a year, with its explanation; null until published. */
export async function myAnnualResult(
  em: EntityManager,
  actor: Actor,
  year: number,
  withLines: boolean,
): Promise<ScoreView | null> {
  if (!actor.memberId) return null;
  const memberId = actor.memberId;
  // The result belongs to the branch that reviewed the year, which may be one the member left.
  const row = await withBureauWideAccess(em, (wide) =>
    wide.findOne(
      AnnualResult,
      { memberId, year, supersededAt: null, assessment: { state: AnnualState.PUBLISHED } },
      linesIf(withLines),
    ),
  );
  return row ? frozenView(row, withLines) : null;
}

/** The year's outcomes from approved results (积分运用), for the branches the viewer reads. */
export async function yearOutcomes(
  em: EntityManager,
  year: number,
  branchId: string | null,
): Promise<YearOutcomeRow[]> {
  const rows = await em.find(
    AnnualResult,
    {
      year,
      supersededAt: null,
      assessment: { state: { $in: FINAL } },
      ...(branchId ? { branchId } : {}),
    },
    { orderBy: { branchId: 'asc', memberId: 'asc' } },
  );
  return rows.map((r) => {
    const flag = (name: string) => r.outcome[name] === true;
    return {
      memberId: r.memberId,
      branchId: r.branchId,
      year: r.year,
      total: r.total,
      band: r.band,
      priorityCandidate: flag('priorityCandidate'),
      incentive: flag('incentive'),
      yellowWarning: flag('yellowWarning'),
      redWarning: flag('redWarning'),
      redTwoYearsRunning: flag('redTwoYearsRunning'),
      probationaryInterview: flag('probationaryInterview'),
      probationExtension: flag('probationExtension'),
      // A red warning removes the member from that year's award candidates (plan 七(二)).
      awardCandidate: flag('priorityCandidate') && !flag('redWarning'),
    };
  });
}
