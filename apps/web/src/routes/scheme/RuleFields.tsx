import { findRuleKind, ruleKinds, type RuleSection } from '@jifen/scoring';
import { Space } from 'antd';
import { useT, type MessageKey } from '../../app/i18n';
import { FieldProblems, SchemeInput, SchemeSelect, SchemeSwitch, useDraft, zhOrEn } from './fields';

type SettingType = 'decimal' | 'text' | 'boolean' | 'target';
type Setting = { key: string; type: SettingType; label: MessageKey | null };

/** The settings of each rule kind, in the order a person reads them, with their defaults. */
export const RULE_SETTINGS: Record<
  string,
  { settings: Setting[]; defaults: Record<string, unknown> }
> = {
  attendance: {
    settings: [{ key: 'unitPoints', type: 'decimal', label: 'scheme.rule.unitPoints' }],
    defaults: { unitPoints: '5' },
  },
  monthlyQuota: {
    settings: [
      { key: 'maxPoints', type: 'decimal', label: 'scheme.rule.maxPoints' },
      { key: 'target', type: 'target', label: 'scheme.rule.target' },
      { key: 'deductionPerUnit', type: 'decimal', label: 'scheme.rule.deductionPerUnit' },
      { key: 'unitZh', type: 'text', label: 'scheme.rule.unitZh' },
      { key: 'unitEn', type: 'text', label: 'scheme.rule.unitEn' },
    ],
    defaults: {
      maxPoints: '10',
      target: 'daysInMonth',
      deductionPerUnit: '0.5',
      unitZh: '天',
      unitEn: 'days',
    },
  },
  quarterlySession: {
    settings: [{ key: 'pointsPerMonth', type: 'decimal', label: 'scheme.rule.pointsPerMonth' }],
    defaults: { pointsPerMonth: '5' },
  },
  monthlyDuty: {
    settings: [
      { key: 'unitPoints', type: 'decimal', label: 'scheme.rule.unitPoints' },
      { key: 'latePenaltyPerMonth', type: 'decimal', label: 'scheme.rule.latePenaltyPerMonth' },
      { key: 'missingCountsAsLate', type: 'boolean', label: 'scheme.rule.missingCountsAsLate' },
    ],
    defaults: { unitPoints: '5', latePenaltyPerMonth: '5', missingCountsAsLate: true },
  },
  conduct: {
    settings: [{ key: 'unitPoints', type: 'decimal', label: 'scheme.rule.unitPoints' }],
    defaults: { unitPoints: '2.5' },
  },
  violation: {
    settings: [
      { key: 'deductionPerCount', type: 'decimal', label: 'scheme.rule.deductionPerCount' },
    ],
    defaults: { deductionPerCount: '10' },
  },
  declaration: {
    settings: [{ key: 'unitPoints', type: 'decimal', label: 'scheme.rule.unitPoints' }],
    defaults: { unitPoints: '5' },
  },
};

/** A fresh rule of a kind: its defaults, or nothing but the kind for a kind this screen does not know. */
export function defaultRule(kind: string): Record<string, unknown> {
  return { kind, ...(RULE_SETTINGS[kind]?.defaults ?? {}) };
}

/** The rule kinds an item of a section may use. */
export function kindsFor(section: RuleSection): string[] {
  return ruleKinds.filter((k) => k.sections.includes(section)).map((k) => k.kind);
}

/** Settings of a kind this screen has no form for: edited as plain text / switches. */
function genericSettings(rule: Record<string, unknown>): Setting[] {
  return Object.entries(rule)
    .filter(([key]) => key !== 'kind')
    .map(([key, value]) => ({
      key,
      type: typeof value === 'boolean' ? ('boolean' as const) : ('text' as const),
      label: null,
    }));
}

/** The rule of the item at `itemPath`: its kind and that kind's settings, each checked as typed. */
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
  const rulePath = `${itemPath}.rule`;
  const kind = typeof rule['kind'] === 'string' ? rule['kind'] : '';
  const known = RULE_SETTINGS[kind];
  const settings = known?.settings ?? genericSettings(rule);
  const label = (s: Setting) => (s.label ? t(s.label) : s.key);
  const kindOptions = kindsFor(section).map((k) => {
    const definition = findRuleKind(k);
    return {
      value: k,
      label: definition ? zhOrEn(locale, definition.label.zh, definition.label.en) : k,
    };
  });
  return (
    <Space orientation="vertical" size={4}>
      <SchemeSelect
        path={`${rulePath}.kind`}
        value={kind || undefined}
        label={`${itemName} ${t('scheme.rule')}`}
        options={kindOptions}
        width={200}
      />
      <FieldProblems path={rulePath} />
      <Space wrap size={[8, 4]}>
        {settings.map((s) => {
          const path = `${rulePath}.${s.key}`;
          const value = rule[s.key];
          const name = `${itemName} ${label(s)}`;
          if (s.type === 'boolean') {
            return (
              <SchemeSwitch key={s.key} path={path} checked={value === true} label={label(s)} />
            );
          }
          if (s.type === 'target') {
            const days = value === 'daysInMonth';
            return (
              <Space key={s.key} size={4} align="start">
                <SchemeSelect<'days' | 'fixed'>
                  path={`${path}`}
                  value={days ? 'days' : 'fixed'}
                  label={name}
                  showLabel={label(s)}
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
          return (
            <SchemeInput
              key={s.key}
              path={path}
              value={value}
              label={name}
              showLabel={label(s)}
              width={s.type === 'text' ? 72 : 56}
              align={s.type === 'text' ? 'left' : 'right'}
            />
          );
        })}
      </Space>
    </Space>
  );
}
