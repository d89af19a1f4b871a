import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type {
  BaseCategory,
  BaseItem,
  DecimalInput,
  GradeDefinition,
  OutcomeThresholds,
  Scheme,
  SchemeAssumption,
  SpecialItem,
} from '@jifen/scoring';
import {
  Button,
  Card,
  Descriptions,
  List,
  Space,
  Table,
  Tag,
  Tooltip,
  Typography,
  type TableProps,
} from 'antd';
import type { ReactNode } from 'react';
import { useActiveBranch } from '../../app/branch/active-branch';
import { useLocale, type MessageKey } from '../../app/i18n';
import { FieldProblems, SchemeInput, SchemeSelect, SchemeSwitch, useDraft, zhOrEn } from './fields';
import { RuleFields, defaultRule } from './RuleFields';
import { freshCode, type SchemeTab } from './scheme-draft';

type Indexed<T> = T & { __i: number };

/** Rows keyed by position: a code being typed must not remount its own input. */
const indexed = <T extends object>(list: readonly T[]): Indexed<T>[] =>
  list.map((x, i) => ({ ...x, __i: i }));

function RemoveButton({ label, onClick }: { label: string; onClick: () => void }) {
  const { readOnly } = useDraft();
  if (readOnly) return null;
  return (
    <Tooltip title={label}>
      <Button
        size="small"
        type="text"
        danger
        icon={<DeleteOutlined />}
        aria-label={label}
        onClick={onClick}
      />
    </Tooltip>
  );
}

function AddButton({ label, onClick }: { label: string; onClick: () => void }) {
  const { readOnly } = useDraft();
  if (readOnly) return null;
  return (
    <Button size="small" type="dashed" icon={<PlusOutlined />} onClick={onClick}>
      {label}
    </Button>
  );
}

/** Item codes used anywhere in the scheme (codes are unique across sections). */
function itemCodes(scheme: Scheme): string[] {
  return [
    ...scheme.sections.base.categories.flatMap((c) => c.items.map((i) => i.code)),
    ...scheme.sections.special.items.map((i) => i.code),
  ];
}

/** Name (zh, en) and code of an item, category or grade, each checked at its field. */
function NameFields({
  path,
  value,
  what,
}: {
  path: string;
  value: { nameZh: string; nameEn: string; code: string };
  what: string;
}) {
  const { t } = useLocale();
  return (
    <Space orientation="vertical" size={2}>
      <SchemeInput
        path={`${path}.nameZh`}
        value={value.nameZh}
        label={`${what} ${t('scheme.nameZh')}`}
        width={190}
        placeholder={t('scheme.nameZh')}
      />
      <SchemeInput
        path={`${path}.nameEn`}
        value={value.nameEn}
        label={`${what} ${t('scheme.nameEn')}`}
        width={190}
        placeholder={t('scheme.nameEn')}
      />
      <SchemeInput
        path={`${path}.code`}
        value={value.code}
        label={`${what} ${t('scheme.code')}`}
        width={190}
        placeholder={t('scheme.code')}
      />
    </Space>
  );
}

function EvidenceFields({
  path,
  value,
  what,
}: {
  path: string;
  value: { zh: string; en: string } | undefined;
  what: string;
}) {
  const { t } = useLocale();
  return (
    <Space orientation="vertical" size={2}>
      <SchemeInput
        path={`${path}.evidence.zh`}
        value={value?.zh}
        label={`${what} ${t('scheme.evidence')}`}
        width={190}
        placeholder={t('scheme.evidenceZh')}
      />
      <SchemeInput
        path={`${path}.evidence.en`}
        value={value?.en}
        label={`${what} ${t('scheme.evidence')} (English)`}
        width={190}
        placeholder={t('scheme.evidenceEn')}
      />
      <FieldProblems path={`${path}.evidence`} />
    </Space>
  );
}

function NoteFields({
  path,
  value,
  what,
}: {
  path: string;
  value: { noteZh?: string; noteEn?: string };
  what: string;
}) {
  const { t } = useLocale();
  return (
    <Space orientation="vertical" size={2} style={{ width: '100%' }}>
      <SchemeInput
        path={`${path}.noteZh`}
        value={value.noteZh}
        label={`${what} ${t('scheme.note')}`}
        width="100%"
        multiline
        optional
        placeholder={t('scheme.note')}
      />
      <SchemeInput
        path={`${path}.noteEn`}
        value={value.noteEn}
        label={`${what} ${t('scheme.note')} (English)`}
        width="100%"
        multiline
        optional
        placeholder="Note"
      />
    </Space>
  );
}

function BaseItems({
  category,
  path,
  scheme,
}: {
  category: BaseCategory;
  path: string;
  scheme: Scheme;
}) {
  const { t, locale } = useLocale();
  const { remove, append } = useDraft();
  const itemsPath = `${path}.items`;
  const columns: TableProps<Indexed<BaseItem>>['columns'] = [
    {
      title: t('scheme.item'),
      key: 'name',
      width: 210,
      render: (_, item, j) => (
        <NameFields
          path={`${itemsPath}[${j}]`}
          value={item}
          what={zhOrEn(locale, item.nameZh, item.nameEn)}
        />
      ),
    },
    {
      title: t('scheme.rule'),
      key: 'rule',
      width: 330,
      render: (_, item, j) => (
        <RuleFields
          itemPath={`${itemsPath}[${j}]`}
          rule={item.rule as Record<string, unknown>}
          section="base"
          itemName={zhOrEn(locale, item.nameZh, item.nameEn)}
        />
      ),
    },
    {
      title: t('scheme.evidence'),
      key: 'evidence',
      width: 210,
      render: (_, item, j) => (
        <EvidenceFields
          path={`${itemsPath}[${j}]`}
          value={item.evidence}
          what={zhOrEn(locale, item.nameZh, item.nameEn)}
        />
      ),
    },
    {
      title: t('scheme.note'),
      key: 'note',
      render: (_, item, j) => (
        <NoteFields
          path={`${itemsPath}[${j}]`}
          value={item}
          what={zhOrEn(locale, item.nameZh, item.nameEn)}
        />
      ),
    },
    {
      key: 'remove',
      width: 44,
      render: (_, item, j) => (
        <RemoveButton
          label={`${t('scheme.removeItem')} ${zhOrEn(locale, item.nameZh, item.nameEn)}`}
          onClick={() => remove(itemsPath, j)}
        />
      ),
    },
  ];
  return (
    <Space orientation="vertical" size="small" style={{ width: '100%' }}>
      <FieldProblems path={itemsPath} />
      <Table<Indexed<BaseItem>>
        rowKey="__i"
        size="small"
        pagination={false}
        columns={columns}
        dataSource={indexed(category.items)}
        scroll={{ x: 1100 }}
      />
      <AddButton
        label={t('scheme.addItem')}
        onClick={() =>
          append(itemsPath, {
            code: freshCode(`${category.code}-item`, itemCodes(scheme)),
            nameZh: '',
            nameEn: '',
            rule: defaultRule('attendance'),
            evidence: { zh: '', en: '' },
          })
        }
      />
    </Space>
  );
}

function BaseSectionEditor({ scheme }: { scheme: Scheme }) {
  const { t, locale } = useLocale();
  const { remove, append } = useDraft();
  const base = scheme.sections.base;
  const categoriesPath = 'sections.base.categories';
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Space align="start" wrap>
        <SchemeInput
          path="sections.base.cap"
          value={base.cap}
          label={`${t('scheme.base')} ${t('scheme.cap')}`}
          showLabel
        />
      </Space>
      <FieldProblems path="sections.base" />
      <FieldProblems path={categoriesPath} />
      {base.categories.map((category, i) => {
        const path = `${categoriesPath}[${i}]`;
        const name = zhOrEn(locale, category.nameZh, category.nameEn);
        return (
          <Card
            key={i}
            size="small"
            data-testid={`category-${i}`}
            title={
              <Space wrap align="start" style={{ padding: '6px 0' }}>
                <SchemeInput
                  path={`${path}.nameZh`}
                  value={category.nameZh}
                  label={`${t('scheme.category')} ${t('scheme.nameZh')}`}
                  width={110}
                />
                <SchemeInput
                  path={`${path}.nameEn`}
                  value={category.nameEn}
                  label={`${t('scheme.category')} ${t('scheme.nameEn')}`}
                  width={150}
                />
                <SchemeInput
                  path={`${path}.code`}
                  value={category.code}
                  label={`${name} ${t('scheme.code')}`}
                  width={120}
                />
                <SchemeInput
                  path={`${path}.weight`}
                  value={category.weight}
                  label={`${name} ${t('scheme.weight')}`}
                  showLabel={t('scheme.weight')}
                />
                <SchemeSelect
                  path={`${path}.normalisation`}
                  value={category.normalisation}
                  label={`${name} ${t('scheme.normalisation')}`}
                  options={[
                    { value: 'scale', label: t('scheme.normalisation.scale') },
                    { value: 'cap', label: t('scheme.normalisation.cap') },
                  ]}
                  width={130}
                />
                {category.normalisation !== 'cap' && (
                  <SchemeSelect
                    path={`${path}.whenNothingAttainable`}
                    value={category.whenNothingAttainable ?? 'full'}
                    label={`${name} ${t('scheme.whenNothingAttainable')}`}
                    showLabel={t('scheme.whenNothingAttainable')}
                    options={[
                      { value: 'full', label: t('scheme.whenNothingAttainable.full') },
                      { value: 'zero', label: t('scheme.whenNothingAttainable.zero') },
                    ]}
                    width={90}
                  />
                )}
              </Space>
            }
            extra={
              <RemoveButton
                label={`${t('scheme.removeCategory')} ${name}`}
                onClick={() => remove(categoriesPath, i)}
              />
            }
          >
            <FieldProblems path={path} />
            <BaseItems category={category} path={path} scheme={scheme} />
          </Card>
        );
      })}
      <AddButton
        label={t('scheme.addCategory')}
        onClick={() => {
          const code = freshCode(
            'category',
            base.categories.map((c) => c.code),
          );
          append(categoriesPath, {
            code,
            nameZh: '',
            nameEn: '',
            weight: '0',
            normalisation: 'scale',
            items: [
              {
                code: freshCode(`${code}-item`, itemCodes(scheme)),
                nameZh: '',
                nameEn: '',
                rule: defaultRule('attendance'),
                evidence: { zh: '', en: '' },
              },
            ],
          });
        }}
      />
    </Space>
  );
}

function SpecialSectionEditor({ scheme }: { scheme: Scheme }) {
  const { t, locale } = useLocale();
  const { remove, append } = useDraft();
  const { all: branches } = useActiveBranch();
  const special = scheme.sections.special;
  const itemsPath = 'sections.special.items';
  const branchName = (id: string) => branches.find((b) => b.id === id)?.name ?? id;
  const columns: TableProps<Indexed<SpecialItem>>['columns'] = [
    {
      title: t('scheme.item'),
      key: 'name',
      width: 210,
      render: (_, item, i) => (
        <Space orientation="vertical" size={4}>
          <NameFields
            path={`${itemsPath}[${i}]`}
            value={item}
            what={zhOrEn(locale, item.nameZh, item.nameEn)}
          />
          <SchemeSwitch
            path={`${itemsPath}[${i}].branchChosen`}
            checked={item.branchChosen}
            label={t('scheme.branchChosen')}
          />
          {item.branchIds?.length ? (
            <Space size={[4, 4]} wrap>
              {item.branchIds.map((id) => (
                <Tag key={id} color="gold">
                  {branchName(id)}
                </Tag>
              ))}
            </Space>
          ) : null}
          <FieldProblems path={`${itemsPath}[${i}].branchIds`} />
        </Space>
      ),
    },
    {
      title: t('scheme.rule'),
      key: 'rule',
      width: 230,
      render: (_, item, i) => (
        <RuleFields
          itemPath={`${itemsPath}[${i}]`}
          rule={item.rule as Record<string, unknown>}
          section="special"
          itemName={zhOrEn(locale, item.nameZh, item.nameEn)}
        />
      ),
    },
    {
      title: t('scheme.cap'),
      key: 'cap',
      width: 170,
      render: (_, item, i) => {
        const name = zhOrEn(locale, item.nameZh, item.nameEn);
        return (
          <Space orientation="vertical" size={4}>
            <SchemeInput
              path={`${itemsPath}[${i}].cap`}
              value={item.cap}
              label={`${name} ${t('scheme.cap')}`}
            />
            <SchemeSelect
              path={`${itemsPath}[${i}].parent`}
              value={item.parent}
              allowClear
              label={`${name} ${t('scheme.parent')}`}
              options={special.items
                .filter((other) => other.code !== item.code)
                .map((other) => ({
                  value: other.code,
                  label: zhOrEn(locale, other.nameZh, other.nameEn) || other.code,
                }))}
              width={150}
            />
          </Space>
        );
      },
    },
    {
      title: t('scheme.evidence'),
      key: 'evidence',
      width: 210,
      render: (_, item, i) => (
        <EvidenceFields
          path={`${itemsPath}[${i}]`}
          value={item.evidence}
          what={zhOrEn(locale, item.nameZh, item.nameEn)}
        />
      ),
    },
    {
      title: t('scheme.note'),
      key: 'note',
      render: (_, item, i) => (
        <NoteFields
          path={`${itemsPath}[${i}]`}
          value={item}
          what={zhOrEn(locale, item.nameZh, item.nameEn)}
        />
      ),
    },
    {
      key: 'remove',
      width: 44,
      render: (_, item, i) => (
        <RemoveButton
          label={`${t('scheme.removeItem')} ${zhOrEn(locale, item.nameZh, item.nameEn)}`}
          onClick={() => remove(itemsPath, i)}
        />
      ),
    },
  ];
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <SchemeInput
        path="sections.special.cap"
        value={special.cap}
        label={`${t('scheme.special')} ${t('scheme.cap')}`}
        showLabel
      />
      <FieldProblems path="sections.special" />
      <FieldProblems path={itemsPath} />
      <Table<Indexed<SpecialItem>>
        rowKey="__i"
        size="small"
        pagination={false}
        columns={columns}
        dataSource={indexed(special.items)}
        scroll={{ x: 1200 }}
      />
      <AddButton
        label={t('scheme.addItem')}
        onClick={() =>
          append(itemsPath, {
            code: freshCode('special', itemCodes(scheme)),
            nameZh: '',
            nameEn: '',
            rule: defaultRule('declaration'),
            evidence: { zh: '', en: '' },
            cap: '5',
            branchChosen: false,
          })
        }
      />
    </Space>
  );
}

function EvaluationSectionEditor({ scheme }: { scheme: Scheme }) {
  const { t, locale } = useLocale();
  const { remove, append } = useDraft();
  const evaluation = scheme.sections.evaluation;
  const gradesPath = 'sections.evaluation.grades';
  const columns: TableProps<Indexed<GradeDefinition>>['columns'] = [
    {
      title: t('scheme.nameZh'),
      key: 'zh',
      render: (_, g, i) => (
        <SchemeInput
          path={`${gradesPath}[${i}].nameZh`}
          value={g.nameZh}
          label={`${t('scheme.grade')} ${t('scheme.nameZh')}`}
          width={110}
        />
      ),
    },
    {
      title: t('scheme.nameEn'),
      key: 'en',
      render: (_, g, i) => (
        <SchemeInput
          path={`${gradesPath}[${i}].nameEn`}
          value={g.nameEn}
          label={`${t('scheme.grade')} ${t('scheme.nameEn')}`}
          width={150}
        />
      ),
    },
    {
      title: t('scheme.code'),
      key: 'code',
      render: (_, g, i) => (
        <SchemeInput
          path={`${gradesPath}[${i}].code`}
          value={g.code}
          label={`${zhOrEn(locale, g.nameZh, g.nameEn)} ${t('scheme.code')}`}
          width={120}
        />
      ),
    },
    {
      title: t('scheme.points'),
      key: 'points',
      render: (_, g, i) => (
        <SchemeInput
          path={`${gradesPath}[${i}].points`}
          value={g.points}
          label={`${zhOrEn(locale, g.nameZh, g.nameEn)} ${t('scheme.points')}`}
        />
      ),
    },
    {
      key: 'remove',
      width: 44,
      render: (_, g, i) => (
        <RemoveButton
          label={`${t('scheme.removeGrade')} ${zhOrEn(locale, g.nameZh, g.nameEn)}`}
          onClick={() => remove(gradesPath, i)}
        />
      ),
    },
  ];
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <SchemeInput
        path="sections.evaluation.cap"
        value={evaluation.cap}
        label={`${t('scheme.evaluation')} ${t('scheme.cap')}`}
        showLabel
      />
      <FieldProblems path="sections.evaluation" />
      <FieldProblems path={gradesPath} />
      <Table<Indexed<GradeDefinition>>
        rowKey="__i"
        size="small"
        pagination={false}
        columns={columns}
        dataSource={indexed(evaluation.grades)}
        style={{ maxWidth: 640 }}
      />
      <AddButton
        label={t('scheme.addGrade')}
        onClick={() =>
          append(gradesPath, {
            code: freshCode(
              'grade',
              evaluation.grades.map((g) => g.code),
            ),
            nameZh: '',
            nameEn: '',
            points: '0',
          })
        }
      />
      <SchemeSwitch
        path="sections.evaluation.probationaryGradedOnDailyPerformance"
        checked={evaluation.probationaryGradedOnDailyPerformance}
        label={t('scheme.probationaryDaily')}
      />
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

function OutcomesEditor({ scheme }: { scheme: Scheme }) {
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

function GeneralEditor({ scheme }: { scheme: Scheme }) {
  const { t } = useLocale();
  const months = Array.from({ length: 12 }, (_, i) => ({
    value: i + 1,
    label: t('scheme.month', { month: i + 1 }),
  }));
  return (
    <Descriptions size="small" column={1} bordered styles={{ label: { width: 160 } }}>
      <Descriptions.Item label={t('scheme.nameZh')}>
        <SchemeInput
          path="nameZh"
          value={scheme.nameZh}
          label={t('scheme.nameZh')}
          width="100%"
          optional
        />
      </Descriptions.Item>
      <Descriptions.Item label={t('scheme.nameEn')}>
        <SchemeInput
          path="nameEn"
          value={scheme.nameEn}
          label={t('scheme.nameEn')}
          width="100%"
          optional
        />
      </Descriptions.Item>
      <Descriptions.Item label={t('scheme.year')}>{scheme.year}</Descriptions.Item>
      <Descriptions.Item label={t('scheme.firstMonth')}>
        <SchemeSelect<number>
          path="firstMonth"
          value={scheme.firstMonth ?? 1}
          label={t('scheme.firstMonth')}
          options={months}
          width={100}
        />
      </Descriptions.Item>
      <Descriptions.Item label={t('scheme.totalCap')}>
        <SchemeInput path="totalCap" value={scheme.totalCap} label={t('scheme.totalCap')} />
        <FieldProblems path="sections" />
      </Descriptions.Item>
      <Descriptions.Item label={t('scheme.rounding')}>
        <Space wrap align="start">
          <SchemeSelect<number>
            path="rounding.decimals"
            value={scheme.rounding.decimals}
            label={t('scheme.decimals')}
            showLabel
            options={[0, 1, 2, 3, 4].map((d) => ({ value: d, label: `${d}` }))}
            width={70}
          />
          <SchemeSelect
            path="rounding.mode"
            value={scheme.rounding.mode}
            label={t('scheme.roundingMode')}
            showLabel
            options={(['half-up', 'half-even', 'down'] as const).map((m) => ({
              value: m,
              label: t(`scheme.roundingMode.${m}`),
            }))}
            width={150}
          />
          <FieldProblems path="rounding" />
        </Space>
      </Descriptions.Item>
    </Descriptions>
  );
}

function AssumptionsEditor({ scheme }: { scheme: Scheme }) {
  const { t } = useLocale();
  const { remove, append } = useDraft();
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <FieldProblems path="assumptions" />
      <List<SchemeAssumption>
        size="small"
        dataSource={scheme.assumptions ?? []}
        renderItem={(a, i) => (
          <List.Item
            extra={
              <RemoveButton
                label={t('scheme.removeAssumption')}
                onClick={() => remove('assumptions', i)}
              />
            }
          >
            <Space orientation="vertical" size={2} style={{ width: '100%' }}>
              <SchemeInput
                path={`assumptions[${i}].zh`}
                value={a.zh}
                label={`${t('scheme.assumptions')} ${i + 1}`}
                width="100%"
                multiline
              />
              <SchemeInput
                path={`assumptions[${i}].en`}
                value={a.en}
                label={`${t('scheme.assumptions')} ${i + 1} (English)`}
                width="100%"
                multiline
              />
              <Space size={4}>
                <Typography.Text type="secondary">{t('scheme.setting')}:</Typography.Text>
                <SchemeInput
                  path={`assumptions[${i}].path`}
                  value={a.path}
                  label={`${t('scheme.setting')} ${i + 1}`}
                  width={360}
                />
              </Space>
              <FieldProblems path={`assumptions[${i}]`} />
            </Space>
          </List.Item>
        )}
      />
      <AddButton
        label={t('scheme.addAssumption')}
        onClick={() => append('assumptions', { path: '', zh: '', en: '' })}
      />
    </Space>
  );
}

/** The tabs of the editor, one per part of the scheme. */
export function schemeTabs(
  scheme: Scheme,
  t: (key: MessageKey) => string,
  countOf: (tab: SchemeTab) => number,
): { key: SchemeTab; label: ReactNode; children: ReactNode }[] {
  const label = (tab: SchemeTab, text: string) => {
    const n = countOf(tab);
    return (
      <span>
        {text}
        {n > 0 && (
          <Tag color="error" style={{ marginInlineStart: 6 }} data-testid={`tab-problems-${tab}`}>
            {n}
          </Tag>
        )}
      </span>
    );
  };
  return [
    {
      key: 'general',
      label: label('general', t('scheme.general')),
      children: <GeneralEditor scheme={scheme} />,
    },
    {
      key: 'base',
      label: label('base', `${t('scheme.base')} ${scheme.sections.base.cap}`),
      children: <BaseSectionEditor scheme={scheme} />,
    },
    {
      key: 'special',
      label: label('special', `${t('scheme.special')} ${scheme.sections.special.cap}`),
      children: <SpecialSectionEditor scheme={scheme} />,
    },
    {
      key: 'evaluation',
      label: label('evaluation', `${t('scheme.evaluation')} ${scheme.sections.evaluation.cap}`),
      children: <EvaluationSectionEditor scheme={scheme} />,
    },
    {
      key: 'outcomes',
      label: label('outcomes', t('scheme.outcomes')),
      children: <OutcomesEditor scheme={scheme} />,
    },
    {
      key: 'assumptions',
      label: label('assumptions', t('scheme.assumptions')),
      children: <AssumptionsEditor scheme={scheme} />,
    },
  ];
}
