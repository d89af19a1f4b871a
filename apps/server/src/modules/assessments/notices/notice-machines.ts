import { registerEnumType } from 'type-graphql';
import { defineMachine } from '../state-machine.js';

/** 公示: a published list is on notice until the end of its last working day, then closes by itself. */
export enum NoticeState {
  OPEN = 'open',
  CLOSED = 'closed',
}
registerEnumType(NoticeState, { name: 'NoticeState', description: '公示状态' });

export type NoticeAction = 'raiseObjection' | 'close';

export const noticeMachine = defineMachine<NoticeState, NoticeAction>('notice', {
  subject: { zh: '公示', en: 'The public notice' },
  states: {
    [NoticeState.OPEN]: { zh: '公示中', en: 'open' },
    [NoticeState.CLOSED]: { zh: '公示已结束', en: 'closed' },
  },
  actions: {
    raiseObjection: {
      from: [NoticeState.OPEN],
      to: NoticeState.OPEN,
      label: { zh: '提出异议', en: 'take an objection' },
    },
    close: { from: [NoticeState.OPEN], to: NoticeState.CLOSED, label: { zh: '结束', en: 'close' } },
  },
  refusals: {
    raiseObjection: {
      [NoticeState.CLOSED]: {
        zh: '公示期已结束，不能再提出异议',
        en: 'The public notice has ended: objections are no longer taken',
      },
    },
  },
});

/** An objection raised during a public notice, decided by the branch committee. */
export enum ObjectionState {
  RAISED = 'raised',
  UPHELD = 'upheld',
  DISMISSED = 'dismissed',
}
registerEnumType(ObjectionState, { name: 'ObjectionState', description: '公示异议状态' });

export type ObjectionAction = 'uphold' | 'dismiss';

const alreadyDecided = {
  zh: '该异议已有处理结果，不能重复处理',
  en: 'The objection is already decided',
};

export const objectionMachine = defineMachine<ObjectionState, ObjectionAction>('objection', {
  subject: { zh: '该公示异议', en: 'The objection' },
  states: {
    [ObjectionState.RAISED]: { zh: '待处理', en: 'awaiting a decision' },
    [ObjectionState.UPHELD]: { zh: '异议成立', en: 'upheld' },
    [ObjectionState.DISMISSED]: { zh: '异议不成立', en: 'dismissed' },
  },
  actions: {
    uphold: {
      from: [ObjectionState.RAISED],
      to: ObjectionState.UPHELD,
      label: { zh: '认定异议成立', en: 'uphold it' },
    },
    dismiss: {
      from: [ObjectionState.RAISED],
      to: ObjectionState.DISMISSED,
      label: { zh: '认定异议不成立', en: 'dismiss it' },
    },
  },
  refusals: {
    uphold: { [ObjectionState.UPHELD]: alreadyDecided, [ObjectionState.DISMISSED]: alreadyDecided },
    dismiss: {
      [ObjectionState.UPHELD]: alreadyDecided,
      [ObjectionState.DISMISSED]: alreadyDecided,
    },
  },
});
