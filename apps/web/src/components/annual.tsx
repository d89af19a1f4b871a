import type { GradeDefinition, Scheme } from '@jifen/scoring';
import { scheme2021 } from '@jifen/scoring';
import { useQuery } from '@apollo/client/react';
import { Steps, Tag, Timeline, Typography } from 'antd';
import dayjs from 'dayjs';
import { useLocale, type MessageKey } from '../app/i18n';
import {
  SchemesDocument,
  type AnnualFieldsFragment,
  type AnnualState,
  type AnnualStepKind,
} from '../graphql/graphql';

export type Annual = AnnualFieldsFragment;

const PATH: readonly AnnualState[] = [
  'OPEN',
  'EVALUATION',
  'REVIEWED',
  'SUBMITTED',
  'APPROVED',
  'PUBLISHED',
];

export const ANNUAL_COLORS: Record<AnnualState, string> = {
  OPEN: 'default',
  EVALUATION: 'processing',
  REVIEWED: 'cyan',
  SUBMITTED: 'gold',
  APPROVED: 'success',
  RETURNED: 'error',
  PUBLISHED: 'green',
};

export function AnnualStateTag({ state }: { state: AnnualState }) {
  const { t } = useLocale();
  return (
    <Tag color={ANNUAL_COLORS[state]} data-testid="annual-state">
      {t(`annual.state.${state}` as MessageKey)}
    </Tag>
  );
}

/** The year's path, with a return shown at the committee's step. */
export function AnnualSteps({ state }: { state: AnnualState }) {
  const { t } = useLocale();
  const returned = state === 'RETURNED';
  const current = returned ? PATH.indexOf('APPROVED') : PATH.indexOf(state);
  return (
    <Steps
      size="small"
      current={current}
      status={returned ? 'error' : undefined}
      data-testid="annual-steps"
      items={PATH.map((s) => ({
        title: t(`annual.state.${returned && s === 'APPROVED' ? 'RETURNED' : s}` as MessageKey),
      }))}
    />
  );
}

/** The record of the year's steps: reviewed, submitted, approved or returned (with the reason)… */
export function AnnualHistory({ steps }: { steps: Annual['steps'] }) {
  const { t } = useLocale();
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
              <Typography.Text strong>{t(`annual.step.${s.kind}` as MessageKey)}</Typography.Text>{' '}
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
export function evaluationYear(today = new Date()): number {
  return today.getMonth() < 3 ? today.getFullYear() - 1 : today.getFullYear();
}
