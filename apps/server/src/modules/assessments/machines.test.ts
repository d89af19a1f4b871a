import { describe, expect, it } from 'vitest';
import { CaseState, caseMachine } from '../outcomes/outcome-case-machine.js';
import { AnnualState, annualMachine } from './annual/annual-machine.js';
import { CorrectionState, correctionMachine } from './corrections/correction-machine.js';
import {
  NoticeState,
  ObjectionState,
  noticeMachine,
  objectionMachine,
} from './notices/notice-machines.js';
import {
  ConfirmationState,
  QuarterState,
  confirmationMachine,
  quarterMachine,
} from './quarter/quarter-machines.js';
import { IllegalTransitionError, type Machine } from './state-machine.js';

/**
 * Every machine against an independent list of its legal steps: each listed step leads where the
 * list says, every other (state, action) pair is refused with a CONFLICT naming the state.
 */
function checkMachine<S extends string, A extends string>(
  machine: Machine<S, A>,
  legal: [S, A, S][],
) {
  const states = Object.keys(machine.states) as S[];
  const actions = Object.keys(machine.actions) as A[];
  for (const state of states) {
    for (const action of actions) {
      const step = legal.find(([s, a]) => s === state && a === action);
      if (step) {
        expect(machine.next(state, action), `${state} --${action}-->`).toBe(step[2]);
        continue;
      }
      let error: unknown;
      try {
        machine.next(state, action);
      } catch (e) {
        error = e;
      }
      expect(error, `${state} --${action}--> should be refused`).toBeInstanceOf(
        IllegalTransitionError,
      );
      const refusal = error as IllegalTransitionError;
      expect(refusal.extensions['code']).toBe('CONFLICT');
      expect(refusal.extensions['details']).toEqual({
        machine: expect.any(String),
        state,
        action,
      });
      // The message names the state the thing is in (or says it in the specific refusal).
      expect(refusal.message).toMatch(/[\u4e00-\u9fa5]/);
    }
  }
}

describe('quarter assessment: open → under review → signed → published → closed', () => {
  it('allows exactly its legal steps', () => {
    checkMachine(quarterMachine, [
      [QuarterState.OPEN, 'startReview', QuarterState.UNDER_REVIEW],
      [QuarterState.UNDER_REVIEW, 'sign', QuarterState.SIGNED],
      [QuarterState.SIGNED, 'publish', QuarterState.PUBLISHED],
      [QuarterState.PUBLISHED, 'close', QuarterState.CLOSED],
      [QuarterState.PUBLISHED, 'republish', QuarterState.PUBLISHED],
      [QuarterState.CLOSED, 'republish', QuarterState.PUBLISHED],
    ]);
  });

  it('refuses signing twice and publishing an unsigned quarter in words a secretary understands', () => {
    expect(() => quarterMachine.next(QuarterState.SIGNED, 'sign')).toThrow(
      '本季度已签字，不能重复签字',
    );
    expect(() => quarterMachine.next(QuarterState.UNDER_REVIEW, 'publish')).toThrow(
      '本季度尚未签字，不能公示',
    );
    expect(() => quarterMachine.next(QuarterState.OPEN, 'close')).toThrow(
      '本季度考评当前为「未开始」，不能结束公示',
    );
  });

  it('lists the actions a client may offer', () => {
    expect(quarterMachine.available(QuarterState.PUBLISHED)).toEqual(['close', 'republish']);
  });
});

describe('member confirmation: pending → confirmed | objected → resolved', () => {
  it('allows exactly its legal steps', () => {
    checkMachine(confirmationMachine, [
      [ConfirmationState.PENDING, 'confirm', ConfirmationState.CONFIRMED],
      [ConfirmationState.PENDING, 'object', ConfirmationState.OBJECTED],
      [ConfirmationState.OBJECTED, 'resolve', ConfirmationState.RESOLVED],
      [ConfirmationState.CONFIRMED, 'reopen', ConfirmationState.PENDING],
      [ConfirmationState.RESOLVED, 'reopen', ConfirmationState.PENDING],
    ]);
  });

  it('sends a member who confirmed and then objects to the public notice', () => {
    expect(() => confirmationMachine.next(ConfirmationState.CONFIRMED, 'object')).toThrow(
      '公示期内',
    );
  });
});

describe('public notice and its objections', () => {
  it('takes objections only while the notice is open', () => {
    checkMachine(noticeMachine, [
      [NoticeState.OPEN, 'raiseObjection', NoticeState.OPEN],
      [NoticeState.OPEN, 'close', NoticeState.CLOSED],
    ]);
    expect(() => noticeMachine.next(NoticeState.CLOSED, 'raiseObjection')).toThrow(
      '公示期已结束，不能再提出异议',
    );
  });

  it('decides an objection once: raised → upheld | dismissed', () => {
    checkMachine(objectionMachine, [
      [ObjectionState.RAISED, 'uphold', ObjectionState.UPHELD],
      [ObjectionState.RAISED, 'dismiss', ObjectionState.DISMISSED],
    ]);
    expect(() => objectionMachine.next(ObjectionState.UPHELD, 'dismiss')).toThrow('不能重复处理');
  });
});

describe('annual assessment: open → evaluation → reviewed → submitted → approved | returned → published', () => {
  it('allows exactly its legal steps', () => {
    checkMachine(annualMachine, [
      [AnnualState.OPEN, 'startEvaluation', AnnualState.EVALUATION],
      [AnnualState.EVALUATION, 'completeReview', AnnualState.REVIEWED],
      [AnnualState.REVIEWED, 'revise', AnnualState.EVALUATION],
      [AnnualState.RETURNED, 'revise', AnnualState.EVALUATION],
      [AnnualState.REVIEWED, 'submit', AnnualState.SUBMITTED],
      [AnnualState.SUBMITTED, 'approve', AnnualState.APPROVED],
      [AnnualState.SUBMITTED, 'return', AnnualState.RETURNED],
      [AnnualState.APPROVED, 'publish', AnnualState.PUBLISHED],
      [AnnualState.PUBLISHED, 'republish', AnnualState.PUBLISHED],
    ]);
  });

  it('refuses approving what was not submitted and publishing what was not approved', () => {
    expect(() => annualMachine.next(AnnualState.REVIEWED, 'approve')).toThrow(
      '支部尚未上报本年度结果，不能审核',
    );
    expect(() => annualMachine.next(AnnualState.SUBMITTED, 'publish')).toThrow(
      '机关党委尚未审核通过，不能公示',
    );
    expect(() => annualMachine.next(AnnualState.APPROVED, 'approve')).toThrow('不能重复审核');
  });
});

describe('correction: open → applied | withdrawn', () => {
  it('allows exactly its legal steps', () => {
    checkMachine(correctionMachine, [
      [CorrectionState.OPEN, 'apply', CorrectionState.APPLIED],
      [CorrectionState.OPEN, 'withdraw', CorrectionState.WITHDRAWN],
    ]);
  });
});

describe('outcome case: open → interviewed → rectifying → closed', () => {
  it('allows exactly its legal steps', () => {
    checkMachine(caseMachine, [
      [CaseState.OPEN, 'recordInterview', CaseState.INTERVIEWED],
      [CaseState.INTERVIEWED, 'setMeasures', CaseState.RECTIFYING],
      [CaseState.RECTIFYING, 'close', CaseState.CLOSED],
      [CaseState.OPEN, 'withdraw', CaseState.CLOSED],
      [CaseState.INTERVIEWED, 'withdraw', CaseState.CLOSED],
      [CaseState.RECTIFYING, 'withdraw', CaseState.CLOSED],
    ]);
  });

  it('refuses closing a case before its measures are set', () => {
    expect(() => caseMachine.next(CaseState.INTERVIEWED, 'close')).toThrow(
      '尚未制定整改措施，不能结案',
    );
  });
});
