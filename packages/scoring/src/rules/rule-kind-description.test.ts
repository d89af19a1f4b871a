import { describe, expect, it } from 'vitest';
import { ZERO } from '../exact/constants.js';
import { allRuleKinds, findRuleKind, registerRuleKind } from './registry.js';
import { describeRuleKinds } from './rule-kind-description.js';
import type { RuleKindDefinition } from './rule-kind.js';

type StarsRule = { kind: 'testStars'; pointsPerStar: string };

const starsKind: RuleKindDefinition<StarsRule> = {
  kind: 'testStars',
  sections: ['base'],
  label: { zh: '星级评定', en: 'star rating' },
  validate: () => [],
  bind: () => ({
    unitPoints: undefined,
    scoreMonth: () => ({ attainable: ZERO, earned: ZERO, deduction: ZERO, parts: [] }),
  }),
  describe: () => '',
  fields: [{ key: 'pointsPerStar', input: 'decimal', label: { zh: '每星分值', en: 'per star' } }],
  defaults: { pointsPerStar: '1' },
  ledger: { cell: 'quota', unit: () => ({ zh: '1 分/星', en: '1 / star' }), maxValue: () => 5 },
};

describe('one description per rule kind', () => {
  it('gives every built-in kind defaults its own validation accepts, and a labelled field for each', () => {
    for (const description of describeRuleKinds()) {
      const kind = findRuleKind(description.kind)!;
      expect(kind.validate({ kind: description.kind, ...description.defaults }, 'rule')).toEqual(
        [],
      );
      expect(description.fields.map((f) => f.key).sort()).toEqual(
        Object.keys(description.defaults).sort(),
      );
      // Words, never the key: the package knows every built-in setting's name.
      for (const field of description.fields) expect(field.label.zh).not.toContain('「');
    }
    const quota = describeRuleKinds().find((d) => d.kind === 'monthlyQuota')!;
    expect(quota.cell).toBe('quota');
    expect(quota.fields.find((f) => f.key === 'target')).toEqual({
      key: 'target',
      input: 'target',
      label: { zh: '目标', en: 'target' },
    });
  });

  it('takes a kind registered at run time into the descriptions, and lets it go again', () => {
    const remove = registerRuleKind(starsKind);
    try {
      expect(() => registerRuleKind(starsKind)).toThrow(/already exists/);
      expect(findRuleKind('testStars')).toBe(starsKind);
      expect(describeRuleKinds().at(-1)).toEqual({
        kind: 'testStars',
        label: { zh: '星级评定', en: 'star rating' },
        sections: ['base'],
        cell: 'quota',
        fields: [
          { key: 'pointsPerStar', input: 'decimal', label: { zh: '每星分值', en: 'per star' } },
        ],
        defaults: { pointsPerStar: '1' },
      });
    } finally {
      remove();
    }
    expect(allRuleKinds().map((k) => k.kind)).not.toContain('testStars');
  });
});
