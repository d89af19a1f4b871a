import { registerEnumType } from 'type-graphql';
import { defineMachine } from '../assessments/state-machine.js';

/** A yellow or red warning's case (双色预警): interview, causes, rectification, closure. */
export enum CaseState {
  OPEN = 'open',
  INTERVIEWED = 'interviewed',
  RECTIFYING = 'rectifying',
  CLOSED = 'closed',
}
registerEnumType(CaseState, { name: 'CaseState', description: '预警处置状态' });

export type CaseAction = 'recordInterview' | 'setMeasures' | 'close' | 'withdraw';

export const caseMachine = defineMachine<CaseState, CaseAction>('outcomeCase', {
  subject: { zh: '该预警处置', en: 'The warning case' },
  states: {
    [CaseState.OPEN]: { zh: '待约谈', en: 'awaiting the interview' },
    [CaseState.INTERVIEWED]: { zh: '已约谈', en: 'interviewed' },
    [CaseState.RECTIFYING]: { zh: '整改中', en: 'rectifying' },
    [CaseState.CLOSED]: { zh: '已结案', en: 'closed' },
  },
  path: [CaseState.OPEN, CaseState.INTERVIEWED, CaseState.RECTIFYING, CaseState.CLOSED],
  actions: {
    recordInterview: {
      from: [CaseState.OPEN],
      to: CaseState.INTERVIEWED,
      label: { zh: '记录约谈', en: 'record the interview' },
    },
    setMeasures: {
      from: [CaseState.INTERVIEWED],
      to: CaseState.RECTIFYING,
      label: { zh: '制定整改措施', en: 'set the rectification measures' },
    },
    close: {
      from: [CaseState.RECTIFYING],
      to: CaseState.CLOSED,
      label: { zh: '结案', en: 'close it' },
    },
    // A correction lifted the warning: the case ends without rectification, saying why.
    withdraw: {
      from: [CaseState.OPEN, CaseState.INTERVIEWED, CaseState.RECTIFYING],
      to: CaseState.CLOSED,
      label: { zh: '撤销', en: 'withdraw it' },
    },
  },
  refusals: {
    recordInterview: {
      [CaseState.INTERVIEWED]: {
        zh: '已记录约谈，不能重复记录',
        en: 'The interview is already recorded',
      },
    },
    setMeasures: {
      [CaseState.OPEN]: {
        zh: '尚未约谈，不能制定整改措施',
        en: 'Interview the member before setting measures',
      },
    },
    close: {
      [CaseState.OPEN]: {
        zh: '尚未约谈和整改，不能结案',
        en: 'Nothing was done yet: the case cannot be closed',
      },
      [CaseState.INTERVIEWED]: {
        zh: '尚未制定整改措施，不能结案',
        en: 'Set the measures before closing',
      },
      [CaseState.CLOSED]: {
        zh: '该预警处置已结案，不能重复结案',
        en: 'The case is already closed',
      },
    },
  },
});
