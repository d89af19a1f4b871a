import type { Scheme, SpecialItem } from '@jifen/scoring';
import { Space, Table, Tag, type TableProps } from 'antd';
import { useActiveBranch } from '../../../app/branch/active-branch';
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
import { FieldProblems, SchemeInput, SchemeSelect, SchemeSwitch, useDraft, zhOrEn } from './fields';
import { RuleFields } from './RuleFields';
import { useRuleKinds } from './use-rule-kinds';

export function SpecialSectionEditor({ scheme }: { scheme: Scheme }) {
  const { t, locale } = useLocale();
  const { remove, append } = useDraft();
  const kinds = useRuleKinds();
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
              label={t('scheme.capOf', { name })}
            />
            <SchemeSelect
              path={`${itemsPath}[${i}].parent`}
              value={item.parent}
              allowClear
              label={`${name} ${t('scheme.parent')}`}
              placeholder={t('scheme.parent')}
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
      title: t('scheme.evidenceAndNote'),
      key: 'evidence',
      render: (_, item, i) => (
        <EvidenceAndNote
          path={`${itemsPath}[${i}]`}
          item={item}
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
        label={t('scheme.capOf', { name: t('scheme.special') })}
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
        scroll={{ x: 920 }}
      />
      <AddButton
        label={t('scheme.addItem')}
        onClick={() =>
          append(itemsPath, {
            code: freshCode('special', itemCodes(scheme)),
            nameZh: '',
            nameEn: '',
            rule: kinds.newRule('special'),
            evidence: { zh: '', en: '' },
            cap: '5',
            branchChosen: false,
          })
        }
      />
    </Space>
  );
}
