import type { GradeDefinition, Scheme } from '@jifen/scoring';
import { scheme2021 } from '@jifen/scoring';
import { useQuery } from '@apollo/client/react';
import { Tag, Timeline, Typography } from 'antd';
import dayjs from 'dayjs';
import {
  SchemesDocument,
  type AnnualFieldsFragment,
  type AnnualState,
  type AnnualStepKind,
} from '../../graphql/graphql';
import { today } from '../../app/calendar/today';
import { WorkflowSteps } from './WorkflowSteps';

export type Annual = AnnualFieldsFragment;

export const ANNUAL_COLORS: Record<AnnualState, string> = {
  OPEN: 'default',
  EVALUATION: 'processing',
  REVIEWED: 'cyan',
  SUBMITTED: 'gold',
  APPROVED: 'success',
  RETURNED: 'error',
  PUBLISHED: 'green',
};

export function AnnualStateTag({ annual }: { annual: Pick<Annual, 'state' | 'stateLabel'> }) {
  return (
    <Tag color={ANNUAL_COLORS[annual.state]} data-testid="annual-state">
      {annual.stateLabel}
    </Tag>
  );
}

/** The year's path as the server gives it, a return shown at the committee's step. */
export function AnnualSteps({ annual }: { annual: Pick<Annual, 'workflow'> }) {
  return <WorkflowSteps steps={annual.workflow} testId="annual-steps" />;
}

/** The record of the year's steps: reviewed, submitted, approved or returned (with the reason)… */
export function AnnualHistory({ steps }: { steps: Annual['steps'] }) {
  if (!steps.length) return null;
  const color = (kind: AnnualStepKind) =>
    kind === 'RETURNED' || kind === 'REVISED' ? 'red' : kind === 'APPROVED' ? 'green' : 'blue';
  return (
    <Timeline
      items={[...steps]
        .sort((a, b) => a.at.localeCompare(b.at))
        .map((s) => ({
          color: color(s.kind),
          content: (
            <span>
              <Typography.Text strong>{s.kindLabel}</Typography.Text>{' '}
              <Typography.Text type="secondary">
                {dayjs(s.at).format('YYYY-MM-DD HH:mm')}
              </Typography.Text>
              {s.reason && <div>{s.reason}</div>}
            </span>
          ),
        }))}
    />
  );
}

/** The last reason the committee gave for returning the year, if it was returned. */
export function returnReason(a: Annual): string | null {
  const returned = [...a.steps]
    .filter((s) => s.kind === 'RETURNED')
    .sort((x, y) => y.at.localeCompare(x.at))[0];
  return a.state === 'RETURNED' ? (returned?.reason ?? null) : null;
}

/** The evaluation grades of the year's scheme in force (the 2021 default when none is found). */
export function useYearGrades(year: number): GradeDefinition[] {
  const { data } = useQuery(SchemesDocument, { variables: { year } });
  const inForce =
    data?.schemes.find((s) => s.status === 'PUBLISHED') ??
    data?.schemes.find((s) => s.status === 'SUPERSEDED');
  const scheme = (inForce?.definition as Scheme | undefined) ?? scheme2021;
  return scheme.sections.evaluation.grades;
}

/** The year the annual evaluation is most likely about: last year until the end of March. */
export function evaluationYear(day = today().toDate()): number {
  return day.getMonth() < 3 ? day.getFullYear() - 1 : day.getFullYear();
}
