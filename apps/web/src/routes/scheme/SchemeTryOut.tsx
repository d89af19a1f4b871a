import {
  compareSchemes,
  renderExplanation,
  scoreYear,
  type MemberYearFacts,
  type Scheme,
  type SchemeComparison,
  type ScoreResult,
} from '@jifen/scoring';
import {
  Alert,
  Descriptions,
  Empty,
  List,
  Select,
  Space,
  Statistic,
  Switch,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useMemo, useState } from 'react';
import { useLocale } from '../../app/i18n';
import { OutcomeTag } from '../../components/outcome-band';

type Scored = { result: ScoreResult } | { error: string };

/** A member's year scored with the draft, in the browser, by the same package as the server. */
export function scoreWithDraft(facts: MemberYearFacts, draft: Scheme, asOf?: string): Scored {
  try {
    return { result: scoreYear(facts, draft, asOf ? { asOf: asOf as `${number}-${number}` } : {}) };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * 方案试算: one member's year under the draft, with its explanation lines, beside the score the
 * server computed under the scheme in force.
 */
export function SchemePreview({
  draft,
  valid,
  facts,
  asOf,
  serverTotal,
}: {
  draft: Scheme;
  valid: boolean;
  facts: MemberYearFacts | null;
  asOf?: string;
  serverTotal?: string | null;
}) {
  const { t, locale } = useLocale();
  const [month, setMonth] = useState<string | null>(null);
  const scored = useMemo(
    () => (facts && valid ? scoreWithDraft(facts, draft, asOf) : null),
    [facts, draft, valid, asOf],
  );
  if (!facts) return <Empty description={t('scheme.preview.pickMember')} />;
  if (!valid) return <Alert type="warning" showIcon title={t('scheme.preview.invalid')} />;
  if (!scored) return null;
  if ('error' in scored) return <Alert type="error" showIcon title={scored.error} />;
  const { result } = scored;
  const months = [...new Set(result.lines.map((l) => l.month).filter((m): m is string => !!m))];
  const lines = result.lines.filter((l) => !month || l.month === month || !l.month);
  return (
    <Space
      orientation="vertical"
      size="middle"
      style={{ width: '100%' }}
      data-testid="scheme-preview"
    >
      <Space size="large" wrap>
        <Statistic title={t('scheme.preview.draftTotal')} value={result.total.value} />
        {serverTotal != null && (
          <Statistic title={t('scheme.preview.currentTotal')} value={serverTotal} />
        )}
        <Statistic title={t('cmt.base')} value={result.sections.base.value} />
        <Statistic title={t('cmt.special')} value={result.sections.special.value} />
        <Statistic title={t('cmt.evaluation')} value={result.sections.evaluation?.value ?? '—'} />
        <div>
          <Typography.Text type="secondary">{t('cmt.outcome')}</Typography.Text>
          <div>
            <OutcomeTag band={result.outcome?.band} />
          </div>
        </div>
      </Space>
      {result.warnings.length > 0 && (
        <Alert
          type="warning"
          showIcon
          title={result.warnings
            .map((w) => (locale === 'zh-CN' ? w.messageZh : w.messageEn))
            .join('；')}
        />
      )}
      <Space>
        <Typography.Text type="secondary">{t('scheme.preview.lines')}</Typography.Text>
        <Select
          allowClear
          size="small"
          aria-label={t('scheme.preview.month')}
          placeholder={t('scheme.preview.allMonths')}
          value={month ?? undefined}
          onChange={(m?: string) => setMonth(m ?? null)}
          options={months.map((m) => ({ value: m, label: m }))}
          style={{ width: 130 }}
        />
      </Space>
      <List
        size="small"
        bordered
        dataSource={lines}
        style={{ maxHeight: 420, overflow: 'auto' }}
        renderItem={(line) => (
          <List.Item>
            <Typography.Text style={{ fontSize: 13 }}>
              {renderExplanation(line, locale)}
            </Typography.Text>
          </List.Item>
        )}
      />
    </Space>
  );
}

/** 对比试算: who changes between the scheme in force and the draft, over the same facts. */
export function SchemeWhatIf({
  draft,
  valid,
  baseline,
  factsList,
  nameOf,
}: {
  draft: Scheme;
  valid: boolean;
  baseline: Scheme | null;
  factsList: MemberYearFacts[] | null;
  nameOf: (memberId: string) => string;
}) {
  const { t } = useLocale();
  const [changedOnly, setChangedOnly] = useState(true);
  const compared = useMemo(() => {
    if (!factsList || !baseline || !valid) return null;
    try {
      return { rows: compareSchemes(factsList, baseline, draft) };
    } catch (error) {
      return { error: error instanceof Error ? error.message : String(error) };
    }
  }, [factsList, baseline, draft, valid]);
  if (!baseline) return <Empty description={t('scheme.whatIf.noBaseline')} />;
  if (!valid) return <Alert type="warning" showIcon title={t('scheme.preview.invalid')} />;
  if (!compared) return <Empty description={t('scheme.whatIf.noFacts')} />;
  if ('error' in compared) return <Alert type="error" showIcon title={compared.error} />;
  const changed = compared.rows.filter((r) => r.changed);
  const rows = changedOnly ? changed : compared.rows;
  return (
    <Space
      orientation="vertical"
      size="middle"
      style={{ width: '100%' }}
      data-testid="scheme-what-if"
    >
      <Descriptions size="small" column={{ xs: 1, md: 3 }}>
        <Descriptions.Item label={t('scheme.whatIf.members')}>
          {compared.rows.length}
        </Descriptions.Item>
        <Descriptions.Item label={t('scheme.whatIf.changed')}>{changed.length}</Descriptions.Item>
        <Descriptions.Item label={t('scheme.whatIf.bandChanged')}>
          {compared.rows.filter((r) => r.outcomeA.band !== r.outcomeB.band).length}
        </Descriptions.Item>
      </Descriptions>
      <Space>
        <Switch
          size="small"
          checked={changedOnly}
          onChange={setChangedOnly}
          aria-label={t('scheme.whatIf.changedOnly')}
        />
        {t('scheme.whatIf.changedOnly')}
      </Space>
      <Table<SchemeComparison>
        rowKey="memberId"
        size="small"
        dataSource={rows}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        columns={[
          { title: t('cmt.name'), key: 'name', render: (_, r) => nameOf(r.memberId) },
          { title: t('scheme.whatIf.current'), dataIndex: 'totalA', key: 'a', align: 'right' },
          { title: t('scheme.whatIf.draft'), dataIndex: 'totalB', key: 'b', align: 'right' },
          {
            title: t('scheme.whatIf.delta'),
            dataIndex: 'delta',
            key: 'delta',
            align: 'right',
            render: (d: string) => (
              <Typography.Text
                type={d.startsWith('-') ? 'danger' : d === '0' ? undefined : 'success'}
              >
                {d}
              </Typography.Text>
            ),
          },
          {
            title: t('cmt.outcome'),
            key: 'outcome',
            render: (_, r) => (
              <Space size={4}>
                <OutcomeTag band={r.outcomeA.band} />
                {r.outcomeA.band !== r.outcomeB.band && (
                  <>
                    →<OutcomeTag band={r.outcomeB.band} />
                  </>
                )}
              </Space>
            ),
          },
          {
            title: t('scheme.whatIf.flags'),
            key: 'flags',
            render: (_, r) => r.changedFlags.map((f) => <Tag key={f}>{f}</Tag>),
          },
        ]}
      />
    </Space>
  );
}
