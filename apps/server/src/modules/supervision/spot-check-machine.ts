import { registerEnumType } from 'type-graphql';
import { defineMachine } from '../assessments/state-machine.js';

/**
 * One sampled item of a spot check (随机抽查): checked by the committee, confirmed or found wrong;
 * a discrepancy is a follow-up the branch answers and the committee closes.
 */
export enum FindingState {
  PENDING = 'pending',
  CONFIRMED = 'confirmed',
  FOLLOW_UP = 'follow_up',
  ANSWERED = 'answered',
  CLOSED = 'closed',
}
registerEnumType(FindingState, {
  name: 'FindingState',
  description: '待核查 / 核查无误 / 待支部答复 / 待机关党委关闭 / 已关闭',
});

export type FindingAction = 'confirm' | 'flag' | 'answer' | 'close';

export const findingMachine = defineMachine<FindingState, FindingAction>('spotCheckFinding', {
  subject: { zh: '该抽查项', en: 'The checked item' },
  states: {
    [FindingState.PENDING]: { zh: '待核查', en: 'to check' },
    [FindingState.CONFIRMED]: { zh: '核查无误', en: 'confirmed' },
    [FindingState.FOLLOW_UP]: { zh: '待支部答复', en: 'awaiting the branch’s answer' },
    [FindingState.ANSWERED]: { zh: '待机关党委关闭', en: 'answered, to close' },
    [FindingState.CLOSED]: { zh: '已关闭', en: 'closed' },
  },
  actions: {
    confirm: {
      from: [FindingState.PENDING],
      to: FindingState.CONFIRMED,
      label: { zh: '确认无误', en: 'confirm it' },
    },
    flag: {
      from: [FindingState.PENDING],
      to: FindingState.FOLLOW_UP,
      label: { zh: '登记问题', en: 'record a discrepancy' },
    },
    answer: {
      from: [FindingState.FOLLOW_UP],
      to: FindingState.ANSWERED,
      label: { zh: '答复', en: 'answer it' },
    },
    close: {
      from: [FindingState.ANSWERED],
      to: FindingState.CLOSED,
      label: { zh: '关闭', en: 'close it' },
    },
  },
  refusals: {
    answer: {
      [FindingState.ANSWERED]: {
        zh: '该问题已答复，等待机关党委关闭',
        en: 'The follow-up is already answered',
      },
    },
    close: {
      [FindingState.FOLLOW_UP]: {
        zh: '支部尚未答复，不能关闭',
        en: 'The branch has not answered yet',
      },
    },
  },
});

/** Who takes each step: the committee checks and closes, the branch's secretary or 支委 answers. */
export const FINDING_DUTY = {
  confirm: 'committee',
  flag: 'committee',
  answer: 'branchCommittee',
  close: 'committee',
} as const;
