import { Alert, Card, Space, Statistic, Tag, Typography } from 'antd';
import type { MyScoreQuery } from '../../graphql/graphql';
import { useLocale } from '../../app/i18n';
import { BAND_COLORS, useOutcomeBands } from '../../components/outcome-band';
import { PlainList } from '../../components/PlainList';

type Score = MyScoreQuery['memberScore'];

/**
 * A provisional year's projection as the server computed it: labelled 预计 (a projection, not a
 * result), with its band, the early warning if any, and its explanation line by line.
 */
export function ProjectionCard({ score }: { score: Score }) {
  const { t, locale } = useLocale();
  const bandLabel = useOutcomeBands().labelOf;
  const projection = score.projection;
  if (!projection) return null;
  return (
    <Card size="small" title={t('myScores.projection.title')} data-testid="my-scores-projection">
      <Space direction="vertical" style={{ width: '100%' }}>
        <Space wrap align="center">
          <Statistic title={t('myScores.projection.total')} value={projection.total} />
          <Tag color={BAND_COLORS[projection.band]?.tag}>
            {t('myScores.projection.band', { band: bandLabel(projection.band) })}
          </Tag>
        </Space>
        {projection.earlyWarning && (
          <Alert
            type={projection.earlyWarning === 'redWarning' ? 'error' : 'warning'}
            showIcon
            data-testid="my-scores-early-warning"
            title={t('myScores.projection.early', { band: bandLabel(projection.earlyWarning) })}
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
