import { Alert, Descriptions, Space, Spin, Switch, Table, Typography } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { useLocale } from '../../app/i18n';
import { OutcomeTag, useOutcomeBands } from '../../components/outcome-band';
import type { OutcomeBand, SchemeWhatIfQuery } from '../../graphql/graphql';
import { whatIfDistributionChart } from './what-if-chart';

// ECharts is loaded when a what-if has a result to draw, not with the scheme's editor.
const Chart = lazy(() => import('../../components/Chart').then((m) => ({ default: m.Chart })));

type Result = SchemeWhatIfQuery['schemeWhatIf'];
type Summary = Result['bureau'];
type Member = Result['members'][number];

const signed = (d: string) => (d.startsWith('-') || /^0(\.0+)?$/.test(d) ? d : `+${d}`);

function Delta({ value }: { value: string }) {
  const zero = /^-?0(\.0+)?$/.test(value);
  return (
    <Typography.Text type={zero ? undefined : value.startsWith('-') ? 'danger' : 'success'}>
      {signed(value)}
    </Typography.Text>
  );
}

/** How many members each band holds under each scheme, and who moves in and out. */
function BandTable({ summary, projected }: { summary: Summary; projected: boolean }) {
  const { t } = useLocale();
  const { bands } = useOutcomeBands();
  return (
    <Table
      rowKey="band"
      size="small"
      pagination={false}
      dataSource={summary.bands}
      data-testid="what-if-bands"
      columns={[
        {
          title: t(projected ? 'whatIf.projectedOutcome' : 'cmt.outcome'),
          key: 'band',
          render: (_, b) => bands.find((x) => x.band === b.band)?.label,
        },
        { title: t('scheme.whatIf.current'), dataIndex: 'current', align: 'right' },
        { title: t('scheme.whatIf.draft'), dataIndex: 'draft', align: 'right' },
        { title: t('whatIf.movedIn'), dataIndex: 'movedIn', align: 'right' },
        { title: t('whatIf.movedOut'), dataIndex: 'movedOut', align: 'right' },
      ]}
    />
  );
}

/** The whole result: the bureau's summary, each branch's, the distribution and who moves. */
export function WhatIfResult({ result, seconds }: { result: Result; seconds: number }) {
  const { t } = useLocale();
  const [bandOnly, setBandOnly] = useState(true);
  const { bands } = useOutcomeBands();
  const codeOf = (band: OutcomeBand) => bands.find((b) => b.band === band)?.code;
  const { bureau } = result;
  const members = result.members.filter((m) =>
    bandOnly ? m.currentBand !== m.draftBand : m.changed,
  );
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="what-if">
      {result.provisional && (
        <Alert
          type="warning"
          showIcon
          data-testid="what-if-projected"
          title={t('whatIf.projected', { year: result.recordsYear, asOf: result.asOf })}
        />
      )}
      <Descriptions size="small" column={{ xs: 1, md: 3 }} bordered>
        <Descriptions.Item label={t('scheme.whatIf.members')}>{bureau.members}</Descriptions.Item>
        <Descriptions.Item label={t('scheme.whatIf.changed')}>{bureau.changed}</Descriptions.Item>
        <Descriptions.Item label={t('scheme.whatIf.bandChanged')}>
          <span data-testid="what-if-band-changed">{bureau.bandChanged}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('whatIf.mean')}>
          {bureau.meanCurrent} → {bureau.meanDraft} (<Delta value={bureau.meanShift} />)
        </Descriptions.Item>
        <Descriptions.Item label={t('whatIf.records')}>
          {t('whatIf.recordsOf', { year: result.recordsYear, asOf: result.asOf })}
        </Descriptions.Item>
        <Descriptions.Item label={t('whatIf.took')}>
          {t('whatIf.seconds', { seconds })}
        </Descriptions.Item>
      </Descriptions>
      <BandTable summary={bureau} projected={result.provisional} />
      <Typography.Title level={5} style={{ margin: 0 }}>
        {t('whatIf.byBranch')}
      </Typography.Title>
      <Table<Summary>
        rowKey={(s) => s.branchId ?? 'bureau'}
        size="small"
        dataSource={result.branches}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        expandable={{
          expandedRowRender: (s) => <BandTable summary={s} projected={result.provisional} />,
        }}
        columns={[
          { title: t('cmt.branch'), dataIndex: 'branchName' },
          { title: t('scheme.whatIf.members'), dataIndex: 'members', align: 'right' },
          { title: t('whatIf.meanCurrent'), dataIndex: 'meanCurrent', align: 'right' },
          { title: t('whatIf.meanDraft'), dataIndex: 'meanDraft', align: 'right' },
          {
            title: t('scheme.whatIf.delta'),
            key: 'shift',
            align: 'right',
            render: (_, s) => <Delta value={s.meanShift} />,
          },
          { title: t('scheme.whatIf.bandChanged'), dataIndex: 'bandChanged', align: 'right' },
        ]}
      />
      <Typography.Title level={5} style={{ margin: 0 }}>
        {t('whatIf.distribution')}
      </Typography.Title>
      <Suspense fallback={<Spin />}>
        <Chart
          option={whatIfDistributionChart(bureau.distribution, t)}
          testId="what-if-distribution"
        />
      </Suspense>
      <Space>
        <Switch
          size="small"
          checked={bandOnly}
          onChange={setBandOnly}
          aria-label={t('whatIf.bandOnly')}
        />
        {t('whatIf.bandOnly')}
      </Space>
      <Table<Member>
        rowKey="memberId"
        size="small"
        dataSource={members}
        data-testid="what-if-members"
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        columns={[
          { title: t('cmt.name'), dataIndex: 'name' },
          { title: t('cmt.branch'), dataIndex: 'branchName' },
          { title: t('scheme.whatIf.current'), dataIndex: 'current', align: 'right' },
          { title: t('scheme.whatIf.draft'), dataIndex: 'draft', align: 'right' },
          {
            title: t('scheme.whatIf.delta'),
            key: 'delta',
            align: 'right',
            render: (_, m) => <Delta value={m.delta} />,
          },
          {
            title: t(result.provisional ? 'whatIf.projectedOutcome' : 'cmt.outcome'),
            key: 'band',
            render: (_, m) => (
              <Space size={4}>
                <OutcomeTag band={codeOf(m.currentBand)} projected={m.projected} />
                {m.currentBand !== m.draftBand && (
                  <>
                    → <OutcomeTag band={codeOf(m.draftBand)} projected={m.projected} />
                  </>
                )}
              </Space>
            ),
          },
        ]}
      />
    </Space>
  );
}
