import type { RuleSection } from '@jifen/scoring';
import { Space } from 'antd';
import { useT } from '../../../app/i18n';
import { FieldProblems, SchemeInput, SchemeSelect, SchemeSwitch, useDraft, zhOrEn } from './fields';
import { useRuleKinds, type RuleKindInfo } from './use-rule-kinds';

type Field = RuleKindInfo['fields'][number];

/** The target of a quota: the month's days, or a fixed number typed beside it. */
function TargetField({
  path,
  value,
  name,
  label,
}: {
  path: string;
  value: unknown;
  name: string;
  label: string;
}) {
  const t = useT();
  const { edit } = useDraft();
  const days = value === 'daysInMonth';
  return (
    <Space size={4} align="start">
      <SchemeSelect<'days' | 'fixed'>
        path={path}
        value={days ? 'days' : 'fixed'}
        label={name}
        showLabel={label}
        width={110}
        quiet={!days}
        onChange={(mode) => edit(path, mode === 'days' ? 'daysInMonth' : '')}
        options={[
          { value: 'days', label: t('scheme.rule.targetDays') },
          { value: 'fixed', label: t('scheme.rule.targetFixed') },
        ]}
      />
      {!days && (
        <SchemeInput
          path={path}
          value={value}
          label={`${name} ${t('scheme.rule.targetFixed')}`}
          width={56}
        />
      )}
    </Space>
  );
}

/**
 * The rule of the item at `itemPath`: its kind and that kind's settings, as the server describes
 * the kind (fields, words and defaults come from the scoring package through the API).
 */
export function RuleFields({
  itemPath,
  rule,
  section,
  itemName,
}: {
  itemPath: string;
  rule: Record<string, unknown>;
  section: RuleSection;
  itemName: string;
}) {
  const t = useT();
  const { edit, locale } = useDraft();
  const kinds = useRuleKinds();
  const rulePath = `${itemPath}.rule`;
  const kind = typeof rule['kind'] === 'string' ? rule['kind'] : '';
  const fields: Field[] = kinds.find(kind)?.fields ?? [];
  const kindOptions = kinds.forSection(section).map((k) => ({
    value: k.kind as string,
    label: zhOrEn(locale, k.labelZh, k.labelEn),
  }));
  // Changing the kind starts from the new kind's defaults: the old settings mean nothing to it.
  const changeKind = (next: string) => {
    const description = kinds.find(next);
    edit(rulePath, { kind: next, ...((description?.defaults as Record<string, unknown>) ?? {}) });
  };
  return (
    <Space orientation="vertical" size={4}>
      <SchemeSelect
        path={`${rulePath}.kind`}
        value={kind || undefined}
        label={`${itemName} ${t('scheme.rule')}`}
        options={kindOptions}
        width={200}
        onChange={changeKind}
      />
      <FieldProblems path={rulePath} />
      <Space wrap size={[8, 4]}>
        {fields.map((field) => {
          const path = `${rulePath}.${field.key}`;
          const value = rule[field.key];
          const label = zhOrEn(locale, field.labelZh, field.labelEn);
          const name = `${itemName} ${label}`;
          if (field.input === 'boolean')
            return (
              <SchemeSwitch key={field.key} path={path} checked={value === true} label={label} />
            );
          if (field.input === 'target')
            return (
              <TargetField key={field.key} path={path} value={value} name={name} label={label} />
            );
          const text = field.input === 'text';
          return (
            <SchemeInput
              key={field.key}
              path={path}
              value={value}
              label={name}
              showLabel={label}
              width={text ? 72 : 56}
              align={text ? 'left' : 'right'}
            />
          );
        })}
      </Space>
    </Space>
  );
}
