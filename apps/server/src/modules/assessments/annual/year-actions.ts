import type { Actor } from '../../../auth/actor.js';
import { holdsRole } from '../../../auth/permissions.js';
import { CYCLE_ROLES, type CycleDuty } from '../cycle-roles.js';
import type { AnnualAssessment } from './annual-assessment.entity.js';
import { AnnualState, annualMachine } from './annual-machine.js';
import { NoticeState } from '../notices/notice-machines.js';
import type { Publication } from '../notices/publication.entity.js';

/**
 * Steps on a year a person may take now: the state allows it and the person holds the role the
 * service checks. `startEvaluation` happens before the year exists here, `republish` follows a
 * correction: neither is a button on the year.
 */
const YEAR_STEPS: Record<string, { duty: CycleDuty; states: readonly AnnualState[] }> = {
  recordGrades: { duty: 'branchCommittee', states: [AnnualState.EVALUATION] },
  completeReview: { duty: 'branchCommittee', states: annualMachine.actions.completeReview.from },
  revise: { duty: 'secretary', states: annualMachine.actions.revise.from },
  submit: { duty: 'secretary', states: annualMachine.actions.submit.from },
  approve: { duty: 'committee', states: annualMachine.actions.approve.from },
  return: { duty: 'committee', states: annualMachine.actions.return.from },
  publish: { duty: 'yearPublisher', states: annualMachine.actions.publish.from },
};

/**
 * Before a year's evaluation exists: whether the person may start it now — the step is the branch
 * committee's and the service refuses it before December of the year.
 */
export function unstartedYearActions(
  actor: Actor,
  key: { branchId: string; year: number },
  today: string,
): string[] {
  const mayStart = holdsRole(actor, CYCLE_ROLES.branchCommittee, key.branchId);
  return mayStart && today >= `${key.year}-12-01` ? ['startEvaluation'] : [];
}

export function yearActionsFor(actor: Actor, a: AnnualAssessment): string[] {
  return Object.entries(YEAR_STEPS)
    .filter(
      ([, { duty, states }]) =>
        states.includes(a.state as AnnualState) && holdsRole(actor, CYCLE_ROLES[duty], a.branchId),
    )
    .map(([step]) => step);
}

/**
 * Steps on a notice a person may take now: object to it while it is open (anyone in the branch),
 * decide its raised objections (the branch committee).
 */
export function noticeActionsFor(actor: Actor, p: Publication, state: NoticeState): string[] {
  const actions: string[] = [];
  if (state === NoticeState.OPEN && holdsRole(actor, CYCLE_ROLES.objectors, p.branchId)) {
    actions.push('raiseObjection');
  }
  if (holdsRole(actor, CYCLE_ROLES.branchCommittee, p.branchId)) actions.push('decideObjection');
  return actions;
}
