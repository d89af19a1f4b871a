import { ConflictError } from '../../graphql/errors.js';

export type Label = { zh: string; en: string };

/**
 * A guarded state machine as data: each action names the states it may start from and the state
 * it leads to. An illegal step throws a CONFLICT naming the current state, before anything is
 * written, so a refused action changes nothing.
 */
export type MachineDef<S extends string, A extends string> = {
  /** What is in the state, as the message names it: 本季度考评, 年度考评 … */
  subject: Label;
  states: Record<S, Label>;
  /**
   * The states in the order people walk through them, as the screens show the steps; a state
   * off the path (a return) is shown in place of the step it sets back (`setbacks`).
   */
  path?: readonly S[];
  setbacks?: Partial<Record<S, S>>;
  actions: Record<A, { from: readonly S[]; to: S; label: Label }>;
  /** Messages for refusals people meet often, sharper than the generic one. */
  refusals?: Partial<Record<A, Partial<Record<S, Label>>>>;
};

export type Machine<S extends string, A extends string> = MachineDef<S, A> & {
  /** The state `action` leads to from `state`; throws a CONFLICT when the step is illegal. */
  next(state: S, action: A): S;
  can(state: S, action: A): boolean;
  /** Actions possible from `state`, for clients to show the right buttons. */
  available(state: S): A[];
};

export type RefusalDetails = { machine: string; state: string; action: string };

export class IllegalTransitionError extends ConflictError {
  constructor(messageZh: string, messageEn: string, details: RefusalDetails) {
    super(messageZh, messageEn, details);
  }
}

export function defineMachine<S extends string, A extends string>(
  name: string,
  def: MachineDef<S, A>,
): Machine<S, A> {
  const can = (state: S, action: A) => def.actions[action].from.includes(state);
  return {
    ...def,
    can,
    available: (state) => (Object.keys(def.actions) as A[]).filter((a) => can(state, a)),
    next(state, action) {
      if (can(state, action)) return def.actions[action].to;
      const specific = def.refusals?.[action]?.[state];
      const stateLabel = def.states[state];
      const actionLabel = def.actions[action].label;
      throw new IllegalTransitionError(
        specific?.zh ?? `${def.subject.zh}当前为「${stateLabel.zh}」，不能${actionLabel.zh}`,
        specific?.en ?? `${def.subject.en} is ${stateLabel.en}: cannot ${actionLabel.en}`,
        { machine: name, state, action },
      );
    },
  };
}
