import {
  findRuleKind,
  scheme2021,
  validateScheme,
  type BaseCategory,
  type DecimalInput,
  type GradeDefinition,
  type OutcomeThresholds,
  type Scheme,
  type SchemeProblem,
  type SpecialItem,
} from '@jifen/scoring';
import {
  Alert,
  Button,
  Card,
  Descriptions,
  Input,
  List,
  Space,
  Table,
  Tabs,
  Tag,
  Tooltip,
  Typography,
  type TableProps,
} from 'antd';
import { createContext, useContext, useMemo, useState } from 'react';
import { useLocale, type Locale } from '../../app/i18n';
import type { MessageKey } from '../../app/i18n';
import { problemsByPath, setAtPath } from './scheme-draft';

type Problems = Map<string, SchemeProblem[]>;
type Edit = (path: string, value: string) => void;

const DraftContext = createContext<{ problems: Problems; edit: Edit; locale: Locale }>({
  problems: new Map(),
  edit: () => undefined,
  locale: 'zh-CN',
});

const zhOrEn = (locale: Locale, zh: string, en: string) => (locale === 'zh-CN' ? zh : en);
const problemText = (p: SchemeProblem, locale: Locale) => zhOrEn(locale, p.messageZh, p.messageEn);

/** A decimal setting of the draft, edited in place; the scheme's problems at its path show on it. */
function DecimalField({
  path,
  value,
  label,
}: {
  path: string;
  value: DecimalInput;
  label: string;
}) {
  const { problems, edit, locale } = useContext(DraftContext);
  const here = problems.get(path) ?? [];
  const field = (
    <Input
      size="small"
      aria-label={label}
      value={String(value)}
      status={here.length ? 'error' : undefined}
      onChange={(e) => edit(path, e.target.value)}
      style={{ width: 72, textAlign: 'right' }}
    />
  );
  if (!here.length) return field;
  return <Tooltip title={here.map((p) => problemText(p, locale)).join('；')}>{field}</Tooltip>;
}

function BaseSectionView({ scheme }: { scheme: Scheme }) {
  const { t, locale } = useLocale();
  const base = scheme.sections.base;
  type Item = BaseCategory['items'][number];
  const columns: TableProps<Item>['columns'] = [
    {
      title: t('scheme.item'),
      key: 'name',
      width: 180,
      render: (_, item) => zhOrEn(locale, item.nameZh, item.nameEn),
    },
    {
      title: t('scheme.rule'),
      key: 'rule',
      width: 150,
      render: (_, item) => {
        const kind = findRuleKind(item.rule.kind);
        return kind ? <Tag>{zhOrEn(locale, kind.label.zh, kind.label.en)}</Tag> : item.rule.kind;
      },
    },
    {
      title: t('scheme.note'),
      key: 'note',
      render: (_, item) => zhOrEn(locale, item.noteZh ?? '', item.noteEn ?? ''),
    },
    {
      title: t('scheme.evidence'),
      key: 'evidence',
      width: 200,
      render: (_, item) => zhOrEn(locale, item.evidence.zh, item.evidence.en),
    },
  ];
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Space>
        {t('scheme.cap')}
        <DecimalField path="sections.base.cap" value={base.cap} label={t('scheme.base')} />
      </Space>
      {base.categories.map((category, index) => (
        <Card
          key={category.code}
          size="small"
          title={
            <Space wrap>
              <span>{zhOrEn(locale, category.nameZh, category.nameEn)}</span>
              <Typography.Text type="secondary">{t('scheme.weight')}</Typography.Text>
              <DecimalField
                path={`sections.base.categories[${index}].weight`}
                value={category.weight}
                label={`${zhOrEn(locale, category.nameZh, category.nameEn)} ${t('scheme.weight')}`}
              />
              <Tag color="blue">{t(`scheme.normalisation.${category.normalisation}`)}</Tag>
            </Space>
          }
        >
          <Table<Item>
            rowKey="code"
            size="small"
            pagination={false}
            columns={columns}
            dataSource={category.items}
            scroll={{ x: 720 }}
          />
        </Card>
      ))}
    </Space>
  );
}

function SpecialSectionView({ scheme }: { scheme: Scheme }) {
  const { t, locale } = useLocale();
  const special = scheme.sections.special;
  const columns: TableProps<SpecialItem>['columns'] = [
    {
      title: t('scheme.item'),
      key: 'name',
      width: 200,
      render: (_, item) => (
        <Space orientation="vertical" size={0}>
          {zhOrEn(locale, item.nameZh, item.nameEn)}
          <Tag color={item.branchChosen ? 'gold' : 'red'}>
            {item.branchChosen ? t('scheme.branchChosen') : t('scheme.committeeItem')}
          </Tag>
        </Space>
      ),
    },
    {
      title: t('scheme.cap'),
      key: 'cap',
      width: 100,
      render: (_, item, index) => (
        <DecimalField
          path={`sections.special.items[${index}].cap`}
          value={item.cap}
          label={`${zhOrEn(locale, item.nameZh, item.nameEn)} ${t('scheme.cap')}`}
        />
      ),
    },
    {
      title: t('scheme.note'),
      key: 'note',
      render: (_, item) => zhOrEn(locale, item.noteZh ?? '', item.noteEn ?? ''),
    },
    {
      title: t('scheme.evidence'),
      key: 'evidence',
      width: 200,
      render: (_, item) => zhOrEn(locale, item.evidence.zh, item.evidence.en),
    },
  ];
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Space>
        {t('scheme.cap')}
        <DecimalField path="sections.special.cap" value={special.cap} label={t('scheme.special')} />
      </Space>
      <Table<SpecialItem>
        rowKey="code"
        size="small"
        pagination={false}
        columns={columns}
        dataSource={special.items}
        scroll={{ x: 720 }}
      />
    </Space>
  );
}

function EvaluationSectionView({ scheme }: { scheme: Scheme }) {
  const { t, locale } = useLocale();
  const evaluation = scheme.sections.evaluation;
  const columns: TableProps<GradeDefinition>['columns'] = [
    {
      title: t('scheme.grade'),
      key: 'grade',
      render: (_, g) => zhOrEn(locale, g.nameZh, g.nameEn),
    },
    {
      title: t('scheme.points'),
      key: 'points',
      render: (_, g, index) => (
        <DecimalField
          path={`sections.evaluation.grades[${index}].points`}
          value={g.points}
          label={`${zhOrEn(locale, g.nameZh, g.nameEn)} ${t('scheme.points')}`}
        />
      ),
    },
  ];
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Space>
        {t('scheme.cap')}
        <DecimalField
          path="sections.evaluation.cap"
          value={evaluation.cap}
          label={t('scheme.evaluation')}
        />
      </Space>
      <Table<GradeDefinition>
        rowKey="code"
        size="small"
        pagination={false}
        columns={columns}
        dataSource={evaluation.grades}
        style={{ maxWidth: 420 }}
      />
      {evaluation.probationaryGradedOnDailyPerformance && (
        <Typography.Text type="secondary">{t('scheme.probationaryDaily')}</Typography.Text>
      )}
    </Space>
  );
}

const OUTCOME_KEYS: readonly (keyof OutcomeThresholds)[] = [
  'priorityCandidate',
  'incentive',
  'yellowWarning',
  'redWarning',
  'redTwoYearsRunning',
  'probationaryInterview',
  'probationExtension',
];

function OutcomesView({ scheme }: { scheme: Scheme }) {
  const { t } = useLocale();
  return (
    <List
      size="small"
      dataSource={[...OUTCOME_KEYS]}
      renderItem={(key) => {
        const threshold = scheme.outcomes[key] as { atLeast?: DecimalInput; below?: DecimalInput };
        const label = t(`scheme.outcome.${key}` as MessageKey);
        return (
          <List.Item>
            <Space wrap>
              <span>{label}</span>
              {threshold.atLeast !== undefined && (
                <DecimalField
                  path={`outcomes.${key}.atLeast`}
                  value={threshold.atLeast}
                  label={`${label} ≥`}
                />
              )}
              {threshold.below !== undefined && (
                <DecimalField
                  path={`outcomes.${key}.below`}
                  value={threshold.below}
                  label={`${label} <`}
                />
              )}
            </Space>
          </List.Item>
        );
      }}
    />
  );
}

function AssumptionsView({ scheme }: { scheme: Scheme }) {
  const { t, locale } = useLocale();
  return (
    <List
      size="small"
      dataSource={scheme.assumptions ?? []}
      renderItem={(a) => (
        <List.Item>
          <List.Item.Meta
            title={zhOrEn(locale, a.zh, a.en)}
            description={
              <span>
                {t('scheme.setting')}: <Typography.Text code>{a.path}</Typography.Text>
              </span>
            }
          />
        </List.Item>
      )}
    />
  );
}

/**
 * 年度方案: the year's scheme section by section, with its settings editable in a local draft
 * that `validateScheme` (from @jifen/scoring, the same check the server runs) checks as you type.
 * Until the server offers scheme operations it shows the built-in 2021 scheme.
 */
export default function SchemePage() {
  const { t, locale } = useLocale();
  const [draft, setDraft] = useState<Scheme>(scheme2021);
  const validation = useMemo(() => validateScheme(draft), [draft]);
  const problems = useMemo(() => problemsByPath(validation.problems), [validation]);
  const edited = draft !== scheme2021;
  const context = useMemo(
    () => ({
      problems,
      locale,
      edit: (path: string, value: string) => setDraft((d) => setAtPath(d, path, value)),
    }),
    [problems, locale],
  );

  return (
    <DraftContext.Provider value={context}>
      <Card
        title={
          <Space wrap>
            <span>{t('scheme.title')}</span>
            <Tag color="red">{t('scheme.builtIn')}</Tag>
            {edited && <Tag color="orange">{t('scheme.edited')}</Tag>}
          </Space>
        }
        extra={
          <Space>
            <Button disabled={!edited} onClick={() => setDraft(scheme2021)}>
              {t('scheme.reset')}
            </Button>
            <Tooltip title={t('scheme.saveSoon')}>
              <Button type="primary" disabled>
                {t('scheme.save')}
              </Button>
            </Tooltip>
          </Space>
        }
      >
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {zhOrEn(locale, draft.nameZh ?? '', draft.nameEn ?? '')}
          </Typography.Title>
          <Alert type="info" showIcon title={t('scheme.builtInNote')} />
          <Descriptions size="small" column={{ xs: 1, sm: 2, md: 4 }}>
            <Descriptions.Item label={t('scheme.year')}>{draft.year}</Descriptions.Item>
            <Descriptions.Item label={t('scheme.version')}>{draft.version}</Descriptions.Item>
            <Descriptions.Item label={t('scheme.firstMonth')}>
              {t('scheme.month', { month: draft.firstMonth ?? 1 })}
            </Descriptions.Item>
            <Descriptions.Item label={t('scheme.totalCap')}>
              <DecimalField path="totalCap" value={draft.totalCap} label={t('scheme.totalCap')} />
            </Descriptions.Item>
            <Descriptions.Item label={t('scheme.rounding')}>
              {t('scheme.roundingRule', {
                decimals: draft.rounding.decimals,
                mode: draft.rounding.mode,
              })}
            </Descriptions.Item>
          </Descriptions>
          {validation.ok ? (
            <Alert type="success" showIcon title={t('scheme.valid')} data-testid="scheme-valid" />
          ) : (
            <Alert
              type="error"
              showIcon
              data-testid="scheme-problems"
              title={t('scheme.invalid', { count: validation.problems.length })}
              description={
                <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                  {validation.problems.map((p) => (
                    <li key={`${p.path}:${p.code}`}>
                      <Typography.Text code>{p.path}</Typography.Text> {problemText(p, locale)}
                    </li>
                  ))}
                </ul>
              }
            />
          )}
          <Tabs
            items={[
              {
                key: 'base',
                label: `${t('scheme.base')} ${draft.sections.base.cap}`,
                children: <BaseSectionView scheme={draft} />,
              },
              {
                key: 'special',
                label: `${t('scheme.special')} ${draft.sections.special.cap}`,
                children: <SpecialSectionView scheme={draft} />,
              },
              {
                key: 'evaluation',
                label: `${t('scheme.evaluation')} ${draft.sections.evaluation.cap}`,
                children: <EvaluationSectionView scheme={draft} />,
              },
              {
                key: 'outcomes',
                label: t('scheme.outcomes'),
                children: <OutcomesView scheme={draft} />,
              },
              {
                key: 'assumptions',
                label: t('scheme.assumptions'),
                children: <AssumptionsView scheme={draft} />,
              },
            ]}
          />
        </Space>
      </Card>
    </DraftContext.Provider>
  );
}
