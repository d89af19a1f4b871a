import { Steps } from 'antd';
import type { WorkflowStepStatus } from '../../graphql/graphql';

type Step = { state: string; label: string; status: WorkflowStepStatus };

/**
 * An object's workflow as the server names and orders it (quarterly review, annual assessment,
 * warning case): the steps before the current one done, a setback (a return) shown in red.
 */
export function WorkflowSteps({ steps, testId }: { steps: readonly Step[]; testId?: string }) {
  const current = steps.findIndex((s) => s.status === 'CURRENT' || s.status === 'SETBACK');
  const setback = steps.some((s) => s.status === 'SETBACK');
  return (
    <Steps
      size="small"
      current={current}
      status={setback ? 'error' : undefined}
      data-testid={testId}
      items={steps.map((s) => ({ key: s.state, title: s.label }))}
    />
  );
}
