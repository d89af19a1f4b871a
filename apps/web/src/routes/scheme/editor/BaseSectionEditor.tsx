import type { BaseCategory, BaseItem, Scheme } from '@jifen/scoring';
import { Card, Space, Table, type TableProps } from 'antd';
import { useLocale } from '../../../app/i18n';
import { freshCode } from '../scheme-draft';
import {
  AddButton,
  EvidenceAndNote,
  NameFields,
  RemoveButton,
  indexed,
  itemCodes,
  type Indexed,
} from './editor-parts';
import { FieldProblems, SchemeInput, SchemeSelect, useDraft, zhOrEn } from './fields';
import { RuleFields } from './RuleFields';
import { useRuleKinds } from './use-rule-kinds';

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
  const kinds = useRuleKinds();
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
      title: t('scheme.evidenceAndNote'),
      key: 'evidence',
      render: (_, item, j) => (
        <EvidenceAndNote
          path={`${itemsPath}[${j}]`}
          item={item}
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
        scroll={{ x: 920 }}
      />
      <AddButton
        label={t('scheme.addItem')}
        onClick={() =>
          append(itemsPath, {
            code: freshCode(`${category.code}-item`, itemCodes(scheme)),
            nameZh: '',
            nameEn: '',
            rule: kinds.newRule('base'),
            evidence: { zh: '', en: '' },
          })
        }
      />
    </Space>
  );
}

export function BaseSectionEditor({ scheme }: { scheme: Scheme }) {
  const { t, locale } = useLocale();
  const { remove, append } = useDraft();
  const kinds = useRuleKinds();
  const base = scheme.sections.base;
  const categoriesPath = 'sections.base.categories';
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Space align="start" wrap>
        <SchemeInput
          path="sections.base.cap"
          value={base.cap}
          label={t('scheme.capOf', { name: t('scheme.base') })}
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
                  showLabel={t('scheme.code')}
                  width={150}
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
                rule: kinds.newRule('base'),
                evidence: { zh: '', en: '' },
              },
            ],
          });
        }}
      />
    </Space>
  );
}
