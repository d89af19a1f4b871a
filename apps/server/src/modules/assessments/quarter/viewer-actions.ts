import type { Actor } from '../../../auth/actor.js';
import { holdsRole } from '../../../auth/permissions.js';
import { CYCLE_ROLES, type CycleDuty } from '../cycle-roles.js';
import { effectiveQuarterState } from '../notices/publication.service.js';
import { lastDayOfMonth, quarterMonths } from './quarter-period.js';
import type { QuarterAssessment } from './quarter-assessment.entity.js';
import { QuarterState, quarterMachine, type QuarterAction } from './quarter-machines.js';

/**
 * Steps on a quarter a person may take now: the state allows it and the person holds the role
 * the service checks (cycle-roles.ts). The web shows a button only for these, so it keeps no
 * copy of who may do what. `close` and `republish` are never a person's step (the notice closes
 * by itself; a correction republishes).
 */
type QuarterStep =
  | Exclude<QuarterAction, 'close' | 'republish'>
  | 'recordConfirmations'
  | 'resolveObjection'
  | 'refreshRoster'
  | 'correct';

const QUARTER_STEPS: Record<QuarterStep, { duty: CycleDuty; states: readonly QuarterState[] }> = {
  startReview: { duty: 'branchCommittee', states: quarterMachine.actions.startReview.from },
  sign: { duty: 'secretary', states: quarterMachine.actions.sign.from },
  publish: { duty: 'secretary', states: quarterMachine.actions.publish.from },
  recordConfirmations: { duty: 'panel', states: [QuarterState.UNDER_REVIEW] },
  resolveObjection: { duty: 'branchCommittee', states: [QuarterState.UNDER_REVIEW] },
  refreshRoster: { duty: 'branchCommittee', states: [QuarterState.UNDER_REVIEW] },
  correct: {
    duty: 'quarterCorrector',
    states: [QuarterState.SIGNED, QuarterState.PUBLISHED, QuarterState.CLOSED],
  },
};

export function quarterActionsFor(actor: Actor, q: QuarterAssessment): string[] {
  const state = effectiveQuarterState(q);
  return (Object.keys(QUARTER_STEPS) as QuarterStep[]).filter((step) => {
    const { duty, states } = QUARTER_STEPS[step];
    return states.includes(state) && holdsRole(actor, CYCLE_ROLES[duty], q.branchId);
  });
}

/**
 * Before a quarter's review exists: whether the person may start it now — the step is theirs
 * and the quarter has ended (the service refuses a review of a quarter still running).
 */
export function unstartedQuarterActions(
  actor: Actor,
  key: { branchId: string; year: number; quarter: number },
  today: string,
): string[] {
  const lastDay = lastDayOfMonth(quarterMonths(key.year, key.quarter).at(-1)!);
  const mayStart = holdsRole(actor, CYCLE_ROLES[QUARTER_STEPS.startReview.duty], key.branchId);
  return mayStart && today > lastDay ? ['startReview'] : [];
}
