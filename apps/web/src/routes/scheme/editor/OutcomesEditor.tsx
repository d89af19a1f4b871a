import { OUTCOME_FLAGS, type DecimalInput, type Scheme } from '@jifen/scoring';
import { List, Space } from 'antd';
import { useLocale, type MessageKey } from '../../../app/i18n';
import { FieldProblems, SchemeInput } from './fields';

export function OutcomesEditor({ scheme }: { scheme: Scheme }) {
  const { t } = useLocale();
  return (
    <List
      size="small"
      // The scheme's thresholds, one a flag, in the scoring package's order.
      dataSource={[...OUTCOME_FLAGS]}
      renderItem={(key) => {
        const threshold = scheme.outcomes[key] as { atLeast?: DecimalInput; below?: DecimalInput };
        const label = t(`scheme.outcome.${key}` as MessageKey);
        return (
          <List.Item>
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
          </List.Item>
        );
      }}
      footer={<FieldProblems path="outcomes" />}
    />
  );
}
