import { annualMachine } from '../assessments/annual/annual-machine.js';
import { correctionMachine } from '../assessments/corrections/correction-machine.js';
import { objectionMachine } from '../assessments/notices/notice-machines.js';
import { confirmationMachine, quarterMachine } from '../assessments/quarter/quarter-machines.js';
import { DECLARATION_STATUS_LABELS } from '../declarations/declaration.entity.js';
import { caseMachine } from '../outcomes/outcome-case-machine.js';
import { PROPOSAL_STATUS_LABELS } from '../schemes/branch-item-proposal.entity.js';
import { SCHEME_STATUS_LABELS } from '../schemes/scheme.entity.js';
import { findingMachine } from '../supervision/spot-check-machine.js';
import type { Label } from './audit-labels.js';

/**
 * The words for the state (or status) an entry's entity was in, taken from the entity's own
 * workflow so the log calls a state what every screen calls it: the same code means different
 * things to different entities (a quarter's `open` has not started, a correction's is under way).
 */
const STATE_LABELS: Record<string, Record<string, Label>> = {
  QuarterAssessment: quarterMachine.states,
  MemberConfirmation: confirmationMachine.states,
  AnnualAssessment: annualMachine.states,
  Correction: correctionMachine.states,
  NoticeObjection: objectionMachine.states,
  OutcomeCase: caseMachine.states,
  SpotCheckItem: findingMachine.states,
  Declaration: DECLARATION_STATUS_LABELS,
  Scheme: SCHEME_STATUS_LABELS,
  BranchItemProposal: PROPOSAL_STATUS_LABELS,
};

/** The label of a workflow state held by `field` of an entry about `entityName`, if it is one. */
export function stateValueLabel(
  entityName: string,
  field: string,
  value: string,
): Label | undefined {
  if (field !== 'state' && field !== 'status') return undefined;
  return STATE_LABELS[entityName]?.[value];
}

/**
 * States held inside a map of an entry (`entity.field`): a review's confirmations record each
 * member's confirmation moving from one state to another.
 */
export const NESTED_STATES: Record<string, Record<string, Label>> = {
  'QuarterAssessment.confirmations': confirmationMachine.states,
};
