import { registerEnumType } from 'type-graphql';
import { defineMachine } from '../state-machine.js';

/** A correction of a closed period: open while the touched records are being fixed. */
export enum CorrectionState {
  OPEN = 'open',
  APPLIED = 'applied',
  WITHDRAWN = 'withdrawn',
}
registerEnumType(CorrectionState, { name: 'CorrectionState', description: '更正状态' });

export type CorrectionAction = 'apply' | 'withdraw';

export const correctionMachine = defineMachine<CorrectionState, CorrectionAction>('correction', {
  subject: { zh: '该更正', en: 'The correction' },
  states: {
    [CorrectionState.OPEN]: { zh: '更正中', en: 'open' },
    [CorrectionState.APPLIED]: { zh: '已生效', en: 'applied' },
    [CorrectionState.WITHDRAWN]: { zh: '已撤回', en: 'withdrawn' },
  },
  actions: {
    apply: {
      from: [CorrectionState.OPEN],
      to: CorrectionState.APPLIED,
      label: { zh: '签字生效', en: 'apply it' },
    },
    withdraw: {
      from: [CorrectionState.OPEN],
      to: CorrectionState.WITHDRAWN,
      label: { zh: '撤回', en: 'withdraw it' },
    },
  },
});
