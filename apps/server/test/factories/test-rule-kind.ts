import {
  formatExact,
  parseDecimal,
  registerRuleKind,
  type RuleKindDefinition,
  type Scheme as SchemeDefinition,
} from '@jifen/scoring';

/** A rule kind known only to the tests: 星级评定, up to five stars a month, points per star. */
export type StarsRule = { kind: 'testStars'; pointsPerStar: string };

const MAX_STARS = 5;

export const starsKind: RuleKindDefinition<StarsRule> = {
  kind: 'testStars',
  sections: ['base'],
  label: { zh: '星级评定', en: 'star rating' },
  validate: () => [],
  bind(rule, item) {
    const perStar = parseDecimal(rule.pointsPerStar);
    return {
      unitPoints: perStar,
      scoreMonth(ctx) {
        const fact = ctx.quota(item.code);
        const stars = parseDecimal(fact?.value ?? '0');
        const earned = stars.mul(perStar);
        return {
          attainable: perStar.mul(MAX_STARS),
          earned,
          deduction: parseDecimal('0'),
          parts: ctx.explain
            ? [
                {
                  role: 'earned',
                  raw: earned,
                  inputs: { stars: formatExact(stars) },
                  formula: formatExact(earned),
                  records: fact ? [fact.id] : [],
                },
              ]
            : [],
        };
      },
    };
  },
  describe: (inputs, locale) =>
    locale === 'zh-CN' ? `${String(inputs['stars'])} 星` : `${String(inputs['stars'])} stars`,
  fields: [
    { key: 'pointsPerStar', input: 'decimal', label: { zh: '每星分值', en: 'points per star' } },
  ],
  defaults: { pointsPerStar: '1' },
  ledger: {
    cell: 'quota',
    unit: (rule) => ({ zh: `${rule.pointsPerStar} 分/星`, en: `${rule.pointsPerStar} / star` }),
    maxValue: () => MAX_STARS,
  },
};

/** Registers 星级评定 for one test file; returns how to take it away in `afterAll`. */
export const registerStarsKind = () => registerRuleKind(starsKind);

/** `definition` with a 星级评定 item (`stars`, 2 points a star) added to its first base category. */
export function withStarsItem(definition: SchemeDefinition): SchemeDefinition {
  const copy = structuredClone(definition);
  copy.sections.base.categories[0]!.items.push({
    code: 'stars',
    nameZh: '星级评定',
    nameEn: 'Star rating',
    // The scheme's types know the built-in kinds only; the registry knows this one.
    rule: { kind: 'testStars', pointsPerStar: '2' } as never,
    evidence: { zh: '支部评定记录', en: 'Branch rating record' },
  });
  return copy;
}
