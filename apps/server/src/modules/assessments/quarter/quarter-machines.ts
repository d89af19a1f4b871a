import { registerEnumType } from 'type-graphql';
import type { Label } from '../../../graphql/locale.js';
import { defineMachine } from '../state-machine.js';

/** 季度考评 of one branch (plan 六(二)). */
export enum QuarterState {
  OPEN = 'open',
  UNDER_REVIEW = 'under_review',
  SIGNED = 'signed',
  PUBLISHED = 'published',
  CLOSED = 'closed',
}
registerEnumType(QuarterState, { name: 'QuarterState', description: '季度考评状态' });

export type QuarterAction = 'startReview' | 'sign' | 'publish' | 'close' | 'republish';

export const quarterMachine = defineMachine<QuarterState, QuarterAction>('quarter', {
  subject: { zh: '本季度考评', en: "The quarter's assessment" },
  states: {
    [QuarterState.OPEN]: { zh: '未开始', en: 'not started' },
    [QuarterState.UNDER_REVIEW]: { zh: '考评中', en: 'under review' },
    [QuarterState.SIGNED]: { zh: '已签字', en: 'signed' },
    [QuarterState.PUBLISHED]: { zh: '公示中', en: 'on public notice' },
    [QuarterState.CLOSED]: { zh: '公示结束', en: 'closed' },
  },
  path: [
    QuarterState.OPEN,
    QuarterState.UNDER_REVIEW,
    QuarterState.SIGNED,
    QuarterState.PUBLISHED,
    QuarterState.CLOSED,
  ],
  actions: {
    startReview: {
      from: [QuarterState.OPEN],
      to: QuarterState.UNDER_REVIEW,
      label: { zh: '开始考评', en: 'start the review' },
    },
    sign: {
      from: [QuarterState.UNDER_REVIEW],
      to: QuarterState.SIGNED,
      label: { zh: '签字', en: 'sign' },
    },
    publish: {
      from: [QuarterState.SIGNED],
      to: QuarterState.PUBLISHED,
      label: { zh: '公示', en: 'publish' },
    },
    close: {
      from: [QuarterState.PUBLISHED],
      to: QuarterState.CLOSED,
      label: { zh: '结束公示', en: 'close the notice' },
    },
    // A correction signed after publication is published again, with a notice of its own.
    republish: {
      from: [QuarterState.PUBLISHED, QuarterState.CLOSED],
      to: QuarterState.PUBLISHED,
      label: { zh: '公示更正结果', en: 'publish the corrected list' },
    },
  },
  refusals: {
    startReview: {
      [QuarterState.UNDER_REVIEW]: {
        zh: '本季度已在考评中',
        en: 'The quarter is already under review',
      },
      [QuarterState.SIGNED]: {
        zh: '本季度已签字，不能重新开始考评；如需修改请提出更正',
        en: 'The quarter is signed; change it through a correction',
      },
      [QuarterState.PUBLISHED]: {
        zh: '本季度已签字并公示，不能重新开始考评；如需修改请提出更正',
        en: 'The quarter is signed and published; change it through a correction',
      },
      [QuarterState.CLOSED]: {
        zh: '本季度公示已结束，不能重新开始考评；如需修改请提出更正',
        en: 'The quarter is closed; change it through a correction',
      },
    },
    sign: {
      [QuarterState.OPEN]: {
        zh: '本季度尚未开始考评，不能签字',
        en: 'The review has not started: nothing to sign',
      },
      [QuarterState.SIGNED]: {
        zh: '本季度已签字，不能重复签字',
        en: 'The quarter is already signed',
      },
      [QuarterState.PUBLISHED]: {
        zh: '本季度已签字，不能重复签字',
        en: 'The quarter is already signed',
      },
      [QuarterState.CLOSED]: {
        zh: '本季度已签字，不能重复签字',
        en: 'The quarter is already signed',
      },
    },
    publish: {
      [QuarterState.OPEN]: {
        zh: '本季度尚未签字，不能公示',
        en: 'The quarter is not signed: it cannot be published',
      },
      [QuarterState.UNDER_REVIEW]: {
        zh: '本季度尚未签字，不能公示',
        en: 'The quarter is not signed: it cannot be published',
      },
      [QuarterState.PUBLISHED]: {
        zh: '本季度已在公示中，不能重复公示',
        en: 'The quarter is already on notice',
      },
      [QuarterState.CLOSED]: {
        zh: '本季度公示已结束，不能重复公示',
        en: 'The quarter was already published',
      },
    },
  },
});

/** A member's check of their own quarter record (党员核对、确认). */
export enum ConfirmationState {
  PENDING = 'pending',
  CONFIRMED = 'confirmed',
  OBJECTED = 'objected',
  RESOLVED = 'resolved',
}
registerEnumType(ConfirmationState, { name: 'ConfirmationState', description: '党员确认状态' });

/** How a member's answer reached the record. */
export enum ConfirmationMethod {
  /** 本人在系统中确认 */
  SELF = 'self',
  /** 考评小组代为登记 (the member answered another way) */
  ON_BEHALF = 'on_behalf',
  /** 在考评小组会议上当面确认 */
  IN_PERSON = 'in_person',
}
registerEnumType(ConfirmationMethod, {
  name: 'ConfirmationMethod',
  description: '本人确认 / 代为登记 / 当面确认',
});

export const CONFIRMATION_METHOD_LABELS: Record<ConfirmationMethod, Label> = {
  [ConfirmationMethod.SELF]: { zh: '本人确认', en: 'confirmed by the member' },
  [ConfirmationMethod.ON_BEHALF]: { zh: '代为登记', en: 'recorded on their behalf' },
  [ConfirmationMethod.IN_PERSON]: { zh: '当面确认', en: 'confirmed in person' },
};

export type ConfirmationAction = 'confirm' | 'object' | 'resolve' | 'reopen';

export const confirmationMachine = defineMachine<ConfirmationState, ConfirmationAction>(
  'confirmation',
  {
    subject: { zh: '该党员的季度记录', en: "The member's quarter record" },
    states: {
      [ConfirmationState.PENDING]: { zh: '待确认', en: 'awaiting confirmation' },
      [ConfirmationState.CONFIRMED]: { zh: '已确认', en: 'confirmed' },
      [ConfirmationState.OBJECTED]: { zh: '有异议待处理', en: 'objected' },
      [ConfirmationState.RESOLVED]: { zh: '异议已处理', en: 'resolved' },
    },
    actions: {
      confirm: {
        from: [ConfirmationState.PENDING],
        to: ConfirmationState.CONFIRMED,
        label: { zh: '确认', en: 'confirm it' },
      },
      object: {
        from: [ConfirmationState.PENDING],
        to: ConfirmationState.OBJECTED,
        label: { zh: '提出异议', en: 'object to it' },
      },
      resolve: {
        from: [ConfirmationState.OBJECTED],
        to: ConfirmationState.RESOLVED,
        label: { zh: '处理异议', en: 'resolve an objection' },
      },
      // A correction (or a record changed since it was confirmed) asks the member again.
      reopen: {
        from: [ConfirmationState.CONFIRMED, ConfirmationState.RESOLVED],
        to: ConfirmationState.PENDING,
        label: { zh: '重新确认', en: 'reopen it' },
      },
    },
    refusals: {
      confirm: {
        [ConfirmationState.CONFIRMED]: {
          zh: '该党员已确认本季度记录，无需重复确认',
          en: 'Already confirmed',
        },
        [ConfirmationState.OBJECTED]: {
          zh: '该党员已提出异议，须待支委会处理，不能再确认',
          en: 'An objection is pending: the branch committee must decide it first',
        },
        [ConfirmationState.RESOLVED]: {
          zh: '该党员的异议已处理，无需再确认',
          en: 'The objection was already resolved',
        },
      },
      object: {
        [ConfirmationState.CONFIRMED]: {
          zh: '该党员已确认本季度记录，不能再提出异议；如有问题可在公示期内提出',
          en: 'The record is confirmed; raise any objection during the public notice',
        },
        [ConfirmationState.OBJECTED]: {
          zh: '已提出异议，待支委会处理，不能重复提出',
          en: 'An objection is already pending',
        },
        [ConfirmationState.RESOLVED]: {
          zh: '异议已处理，不能重复提出；如有问题可在公示期内提出',
          en: 'The objection was resolved; raise any further objection during the public notice',
        },
      },
      resolve: {
        [ConfirmationState.PENDING]: {
          zh: '该党员未提出异议，无需处理',
          en: 'The member has not objected',
        },
        [ConfirmationState.CONFIRMED]: {
          zh: '该党员已确认，没有待处理的异议',
          en: 'The member confirmed; nothing to resolve',
        },
        [ConfirmationState.RESOLVED]: {
          zh: '该异议已处理，不能重复处理',
          en: 'The objection is already resolved',
        },
      },
    },
  },
);
