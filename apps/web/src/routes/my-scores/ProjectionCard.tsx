import { Alert, Card, Space, Statistic, Tag, Typography } from 'antd';
import type { MyScoreQuery } from '../../graphql/graphql';
import { useLocale, type MessageKey } from '../../app/i18n';
import { PlainList } from '../../components/PlainList';

type Score = MyScoreQuery['memberScore'];

const BAND_COLORS: Record<string, string> = {
  priorityCandidate: 'green',
  incentive: 'blue',
  none: 'default',
  yellowWarning: 'gold',
  redWarning: 'red',
};

/**
 * A provisional year's projection as the server computed it: labelled 预计 (a projection, not a
 * result), with its band, the early warning if any, and its explanation line by line.
 */
export function ProjectionCard({ score }: { score: Score }) {
  const { t, locale } = useLocale();
  const projection = score.projection;
  if (!projection) return null;
  return (
    <Card size="small" title={t('myScores.projection.title')} data-testid="my-scores-projection">
      <Space direction="vertical" style={{ width: '100%' }}>
        <Space wrap align="center">
          <Statistic title={t('myScores.projection.total')} value={projection.total} />
          <Tag color={BAND_COLORS[projection.band]}>
            {t('myScores.projection.band', {
              band: t(`myScores.band.${projection.band}` as MessageKey),
            })}
          </Tag>
        </Space>
        {projection.earlyWarning && (
          <Alert
            type={projection.earlyWarning === 'redWarning' ? 'error' : 'warning'}
            showIcon
            data-testid="my-scores-early-warning"
            title={t(`myScores.projection.early.${projection.earlyWarning}` as MessageKey)}
          />
        )}
        <Typography.Text type="secondary">
          {t('myScores.projection.note', { months: projection.monthsScored })}
        </Typography.Text>
        <PlainList
          testId="my-scores-projection-lines"
          rows={score.projectionLines.map((line, i) => ({
            key: `${line.kind}-${i}`,
            content: locale === 'en' ? line.textEn : line.textZh,
          }))}
        />
      </Space>
    </Card>
  );
}
