import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { say, type Locale } from '../../graphql/locale.js';
import type { MachineDef } from './state-machine.js';

export enum WorkflowStepStatus {
  DONE = 'done',
  CURRENT = 'current',
  /** The current state sets this step back (a year returned to the branch). */
  SETBACK = 'setback',
  WAITING = 'waiting',
}
registerEnumType(WorkflowStepStatus, {
  name: 'WorkflowStepStatus',
  description: '已完成 / 当前 / 被退回 / 未到',
});

/** One step of an object's workflow, named by the server so the screens keep no copy of the names. */
@ObjectType('WorkflowStep', {
  description: '流程中的一步 (按顺序); 名称按请求的语言 (默认中文)',
  simpleResolvers: true,
})
export class WorkflowStep {
  @Field(() => String, { description: '该步的状态代码 (与对象的 state 枚举同名, 如 UNDER_REVIEW)' })
  state!: string;

  @Field(() => String)
  label!: string;

  @Field(() => WorkflowStepStatus)
  status!: WorkflowStepStatus;
}

type Labelled<S extends string> = Pick<MachineDef<S, string>, 'states' | 'path' | 'setbacks'>;

/** The label of a state, in the request's language. */
export function stateLabel<S extends string>(
  machine: Labelled<S>,
  state: S,
  locale: Locale,
): string {
  return say(machine.states[state], locale);
}

/** The machine's path with where `state` stands on it; a setback takes the place of its step. */
export function workflowOf<S extends string>(
  machine: Labelled<S>,
  state: S,
  locale: Locale,
): WorkflowStep[] {
  const path = machine.path ?? [];
  const setback = machine.setbacks?.[state];
  const at = path.indexOf(setback ?? state);
  return path.map((step, i) => {
    const shown = setback && i === at ? state : step;
    return {
      state: shown.toUpperCase(),
      label: say(machine.states[shown], locale),
      status:
        i < at
          ? WorkflowStepStatus.DONE
          : i > at
            ? WorkflowStepStatus.WAITING
            : setback
              ? WorkflowStepStatus.SETBACK
              : WorkflowStepStatus.CURRENT,
    };
  });
}
