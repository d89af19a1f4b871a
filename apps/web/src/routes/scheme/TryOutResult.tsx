import { parseExact, roundToText } from '@jifen/scoring';
import { Alert, Space, Statistic, Switch, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useLocale } from '../../app/i18n';
import { OutcomeTag } from '../../components/outcome-band';
import type { LineChange, SchemeTryOutQuery } from '../../graphql/graphql';

type Result = SchemeTryOutQuery['schemeTryOut'];
type Line = Result['lines'][number];

const CHANGE_COLORS: Record<LineChange, string> = {
  SAME: 'default',
  CHANGED: 'orange',
  ADDED: 'green',
  REMOVED: 'red',
};

/** A line's exact points (e.g. `5/6`) to two places, as the form shows them. */
const points = (exact: string | undefined) =>
  exact === undefined ? '—' : roundToText(parseExact(exact), { decimals: 2, mode: 'half-up' });

const signed = (d: string) => (d.startsWith('-') || d === '0' ? d : `+${d}`);

/** The two scores of a try-out side by side, then their explanations paired line by line. */
export function TryOutResult({ result }: { result: Result }) {
  const { t, locale } = useLocale();
  const [changedOnly, setChangedOnly] = useState(true);
  const zh = locale === 'zh-CN';
  const lines = changedOnly ? result.lines.filter((l) => l.change !== 'SAME') : result.lines;
  const warnings = result.draft.warnings.map((w) => (zh ? w.messageZh : w.messageEn));
  const text = (side: Line['current']) => (side ? (zh ? side.textZh : side.textEn) : '—');
  // A year not yet approved has no outcome: its projection's band, marked 预计, stands in.
  const projected =
    result.current.provisional && (result.current.projection || result.draft.projection)
      ? { current: result.current.projection, draft: result.draft.projection }
      : null;
  const bandOf = (side: Result['current']) =>
    projected ? side.projection?.band : side.outcome?.band;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="try-out">
      <Space size="large" wrap>
        <Statistic
          title={t('tryOut.currentTotal', {
            version: result.current.schemeVersion,
            asOf: result.asOf,
          })}
          value={result.current.total.value}
        />
        <Statistic title={t('scheme.preview.draftTotal')} value={result.draft.total.value} />
        <Statistic title={t('scheme.whatIf.delta')} value={signed(result.delta)} />
        {projected ? (
          <Statistic
            title={t('tryOut.projectedTotal')}
            value={`${projected.current?.total ?? '—'} → ${projected.draft?.total ?? '—'}`}
          />
        ) : null}
        <div>
          <Typography.Text type="secondary">
            {t(projected ? 'whatIf.projectedOutcome' : 'cmt.outcome')}
          </Typography.Text>
          <div>
            <OutcomeTag band={bandOf(result.current)} projected={!!projected} />
            {bandOf(result.current) !== bandOf(result.draft) && (
              <>
                → <OutcomeTag band={bandOf(result.draft)} projected={!!projected} />
              </>
            )}
          </div>
        </div>
      </Space>
      {result.current.provisional && (
        <Alert
          type="warning"
          showIcon
          data-testid="try-out-provisional"
          title={[
            t('tryOut.provisional', { asOf: result.asOf }),
            projected ? t('tryOut.projected') : '',
          ].join('')}
        />
      )}
      {warnings.length > 0 && (
        <Alert type="info" showIcon title={warnings.join(t('app.listSeparator'))} />
      )}
      <Space>
        <Switch
          size="small"
          checked={changedOnly}
          onChange={setChangedOnly}
          aria-label={t('tryOut.changedLinesOnly')}
        />
        {t('tryOut.changedLinesOnly')}
      </Space>
      <Table<Line>
        rowKey="key"
        size="small"
        dataSource={lines}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        locale={{ emptyText: t('tryOut.noChangedLines') }}
        columns={[
          {
            title: t('tryOut.change'),
            key: 'change',
            width: 90,
            render: (_, l) => <Tag color={CHANGE_COLORS[l.change]}>{l.changeLabel}</Tag>,
          },
          {
            title: t('scheme.whatIf.current'),
            key: 'current',
            render: (_, l) => text(l.current),
          },
          {
            title: t('scheme.whatIf.draft'),
            key: 'draft',
            render: (_, l) => text(l.draft),
          },
          {
            title: t('tryOut.points'),
            key: 'points',
            align: 'right',
            width: 120,
            render: (_, l) => `${points(l.current?.points)} → ${points(l.draft?.points)}`,
          },
        ]}
      />
    </Space>
  );
}
