import type { Actor } from '../../auth/actor.js';
import { holdsRole } from '../../auth/permissions.js';
import { CYCLE_ROLES, type CycleDuty } from '../assessments/cycle-roles.js';
import { CaseState } from './outcome-case-machine.js';
import type { OutcomeCase } from './outcome-case.entity.js';

/**
 * Steps on a warning case a person may take now, by its state and the role the service checks:
 * the secretary interviews and closes, the branch committee sets and completes the measures.
 * `withdraw` follows a correction, never a button.
 */
const CASE_STEPS: Record<string, { duty: CycleDuty; states: readonly CaseState[] }> = {
  recordInterview: { duty: 'secretary', states: [CaseState.OPEN] },
  setMeasures: { duty: 'branchCommittee', states: [CaseState.INTERVIEWED] },
  completeMeasure: { duty: 'branchCommittee', states: [CaseState.RECTIFYING] },
  close: { duty: 'secretary', states: [CaseState.RECTIFYING] },
};

export function caseActionsFor(actor: Actor, c: OutcomeCase): string[] {
  return Object.entries(CASE_STEPS)
    .filter(
      ([, { duty, states }]) =>
        states.includes(c.state as CaseState) && holdsRole(actor, CYCLE_ROLES[duty], c.branchId),
    )
    .map(([step]) => step);
}
