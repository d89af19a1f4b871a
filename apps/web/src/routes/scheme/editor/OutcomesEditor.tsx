import { OUTCOME_FLAGS, type DecimalInput, type Scheme } from '@jifen/scoring';
import { Space } from 'antd';
import { useLocale, type MessageKey } from '../../../app/i18n';
import { PlainList } from '../../../components/PlainList';
import { FieldProblems, SchemeInput } from './fields';

export function OutcomesEditor({ scheme }: { scheme: Scheme }) {
  const { t } = useLocale();
  return (
    <div>
      <PlainList
        // The scheme's thresholds, one a flag, in the scoring package's order.
        rows={OUTCOME_FLAGS.map((key) => {
          const threshold = scheme.outcomes[key] as {
            atLeast?: DecimalInput;
            below?: DecimalInput;
          };
          const label = t(`scheme.outcome.${key}` as MessageKey);
          return {
            key,
            content: (
              <Space wrap align="start">
                <span>{label}</span>
                {threshold.atLeast !== undefined && (
                  <SchemeInput
                    path={`outcomes.${key}.atLeast`}
                    value={threshold.atLeast}
                    label={`${label} ≥`}
                  />
                )}
                {threshold.below !== undefined && (
                  <SchemeInput
                    path={`outcomes.${key}.below`}
                    value={threshold.below}
                    label={`${label} <`}
                  />
                )}
                <FieldProblems path={`outcomes.${key}`} />
              </Space>
            ),
          };
        })}
      />
      <FieldProblems path="outcomes" />
    </div>
  );
}
