import { describe, expect, it } from 'vitest';
import { scheme2021 } from '../schemes/scheme-2021.js';
import { compileScheme } from './compile-scheme.js';
import { SchemeError } from './problem.js';
import type { Scheme } from './scheme-types.js';
import { validateScheme } from './validate-scheme.js';

/** A deep copy of the 2021 scheme to break. */
const copy = (): Scheme => JSON.parse(JSON.stringify(scheme2021)) as Scheme;

describe('validateScheme', () => {
  it('reports every problem at once, each with its path and messages in zh-CN and English', () => {
    const broken = copy();
    const [study, life, conduct] = broken.sections.base.categories;
    if (!study || !life || !conduct) throw new Error('2021 has three categories');
    study.weight = '25'; // 25 + 30 + 10 = 65, not 70
    const login = study.items[0];
    if (!login) throw new Error('login');
    login.evidence = { zh: '', en: '' };
    const grid = broken.sections.special.items[0];
    if (!grid) throw new Error('grid');
    grid.cap = '3'; // below its unit points of 5
    broken.outcomes.yellowWarning = { atLeast: '65', below: '62' };
    (life.items[1] as { rule: unknown }).rule = { kind: 'weekly', unitPoints: '5' };
    (conduct.items[0] as { code: string }).code = 'integrity';
    const result = validateScheme(broken);
    expect(result.ok).toBe(false);
    expect(result.problems.map((p) => [p.path, p.code])).toEqual([
      ['sections.base.categories[0].items[0].evidence', 'noEvidence'],
      ['sections.base.categories[1].items[1].rule.kind', 'unknownRuleKind'],
      ['sections.base.categories[2].items[1].code', 'duplicateCode'],
      ['sections.base.categories', 'weightsDoNotAddUp'],
      ['sections.special.items[0].cap', 'capBelowUnitPoints'],
      ['outcomes.yellowWarning.below', 'thresholdsOutOfOrder'],
    ]);
    const weights = result.problems.find((p) => p.code === 'weightsDoNotAddUp');
    expect(weights?.messageZh).toBe('各类别权重之和 65 不等于基础分 70');
    expect(weights?.messageEn).toBe('The category weights add up to 65, not the base score of 70');
    const cap = result.problems.find((p) => p.code === 'capBelowUnitPoints');
    expect(cap?.messageEn).toBe("The cap of 3 is below the item's unit points of 5");
    for (const p of result.problems) {
      expect(p.messageZh.length).toBeGreaterThan(0);
      expect(p.messageEn.length).toBeGreaterThan(0);
    }
  });

  it('checks numbers are exact decimals and rules have their settings', () => {
    const broken = copy();
    const study = broken.sections.base.categories[0];
    if (!study) throw new Error('study');
    (study.items[1] as { rule: unknown }).rule = {
      kind: 'monthlyQuota',
      maxPoints: 1e21,
      target: 'all',
    };
    broken.sections.evaluation.grades[0] = {
      code: 'excellent',
      nameZh: '优秀',
      nameEn: 'Excellent',
      points: '12',
    };
    broken.rounding = { decimals: 9, mode: 'half-up' };
    const codes = validateScheme(broken).problems.map((p) => [p.path, p.code]);
    expect(codes).toEqual(
      expect.arrayContaining([
        ['sections.base.categories[0].items[1].rule.maxPoints', 'notDecimal'],
        ['sections.base.categories[0].items[1].rule.deductionPerUnit', 'required'],
        ['sections.base.categories[0].items[1].rule.unitZh', 'required'],
        ['sections.base.categories[0].items[1].rule.target', 'badTarget'],
        ['sections.evaluation.grades[0].points', 'gradeAboveCap'],
        ['rounding.decimals', 'outOfRange'],
      ]),
    );
  });

  it('refuses a rule kind in the wrong section and bad branch-chosen settings', () => {
    const broken = copy();
    const study = broken.sections.base.categories[0];
    if (!study) throw new Error('study');
    (study.items[2] as { rule: unknown }).rule = { kind: 'declaration', unitPoints: '5' };
    broken.sections.special.items.push({
      code: 'x',
      nameZh: '某项',
      nameEn: 'X',
      rule: { kind: 'declaration', unitPoints: '1' },
      evidence: { zh: '记录', en: 'Records' },
      cap: '30',
      branchChosen: false,
      branchIds: ['b1'],
      parent: 'nope',
    });
    const codes = validateScheme(broken).problems.map((p) => [p.path, p.code]);
    expect(codes).toEqual([
      ['sections.base.categories[0].items[2].rule.kind', 'ruleKindNotAllowed'],
      ['sections.special.items[3].cap', 'capAboveSection'],
      ['sections.special.items[3].branchIds', 'branchIdsWithoutBranchChosen'],
      ['sections.special.items[3].parent', 'unknownParent'],
    ]);
  });

  it('checks that the section caps add up to the total', () => {
    const broken = copy();
    broken.sections.special.cap = '25';
    const problems = validateScheme(broken).problems;
    expect(problems.map((p) => p.code)).toEqual(['sectionsDoNotAddUp']);
    expect(problems[0]?.messageZh).toBe('三部分上限之和 105 不等于满分 100');
  });

  it('never throws on malformed input', () => {
    expect(validateScheme(null).problems).toEqual([
      { path: '', code: 'notObject', messageZh: '应为对象', messageEn: 'Must be an object' },
    ]);
    const problems = validateScheme({ year: '2021', sections: [] }).problems.map((p) => p.path);
    expect(problems).toEqual(['year', 'totalCap', 'sections', 'outcomes', 'rounding']);
    const partial = validateScheme({
      ...copy(),
      sections: { base: { cap: 70, categories: [null] } },
    });
    expect(partial.problems.map((p) => p.path)).toEqual(
      expect.arrayContaining([
        'sections.base.categories[0]',
        'sections.special',
        'sections.evaluation',
      ]),
    );
  });

  it('accepts plain numbers that are exact decimals', () => {
    const numeric = copy();
    numeric.sections.base.cap = 70;
    numeric.totalCap = 100;
    expect(validateScheme(numeric).ok).toBe(true);
  });

  it('the engine refuses an invalid scheme with every problem attached', () => {
    const broken = copy();
    broken.sections.special.cap = '25';
    broken.rounding = { decimals: -1, mode: 'half-up' };
    expect(() => compileScheme(broken)).toThrow(SchemeError);
    try {
      compileScheme(broken);
    } catch (error) {
      expect((error as SchemeError).problems).toHaveLength(2);
    }
  });
});
