import { describe, expect, it } from 'vitest';
import { validateScheme } from '../scheme/validate-scheme.js';
import type { Scheme } from '../scheme/scheme-types.js';
import { scheme2021 } from './scheme-2021.js';

/** Follows a path such as `sections.base.categories[0].weight` into a value. */
function resolve(root: unknown, path: string): unknown {
  let value: unknown = root;
  for (const part of path.split(/\.|(?=\[)/)) {
    if (value === null || typeof value !== 'object') return undefined;
    const index = /^\[(\d+)\]$/.exec(part);
    value = index
      ? (value as unknown[])[Number(index[1])]
      : (value as Record<string, unknown>)[part];
  }
  return value;
}

describe('the 2021 scheme (the plan, line by line)', () => {
  it('validates, and survives a JSON round trip (jsonb)', () => {
    expect(validateScheme(scheme2021)).toEqual({ ok: true, problems: [] });
    const stored = JSON.parse(JSON.stringify(scheme2021)) as Scheme;
    expect(stored).toEqual(scheme2021);
    expect(validateScheme(stored).ok).toBe(true);
  });

  it('has the three sections of 100: base 70, special 20, evaluation 10', () => {
    expect(scheme2021.totalCap).toBe('100');
    const { base, special, evaluation } = scheme2021.sections;
    expect([base.cap, special.cap, evaluation.cap]).toEqual(['70', '20', '10']);
    expect(base.categories.map((c) => [c.nameZh, c.weight, c.normalisation])).toEqual([
      ['政治学习', '30', 'scale'],
      ['组织生活', '30', 'scale'],
      ['政治建设', '10', 'scale'],
    ]);
  });

  it('matches every line of the form (考核表), the Party day once', () => {
    const lines = scheme2021.sections.base.categories.flatMap((c) =>
      c.items.map((item) => {
        const rule = item.rule as Record<string, unknown>;
        const points =
          rule.unitPoints ?? rule.maxPoints ?? rule.pointsPerMonth ?? rule.deductionPerCount;
        return [c.code, item.nameZh, item.rule.kind, points];
      }),
    );
    expect(lines).toEqual([
      ['political-study', '登录学习强国', 'monthlyQuota', '10'],
      ['political-study', '完成每日一题', 'monthlyQuota', '10'],
      ['political-study', '组织集中学习', 'attendance', '5'],
      ['political-study', '其他政治学习', 'attendance', '5'],
      ['organisational-life', '支部大会', 'quarterlySession', '5'],
      ['organisational-life', '支部党课', 'attendance', '5'],
      ['organisational-life', '党小组会', 'attendance', '5'],
      ['organisational-life', '党日活动', 'attendance', '5'],
      ['organisational-life', '党费缴纳', 'monthlyDuty', '5'],
      ['political-conduct', '践行“四个意识”，坚定“四个自信”，做到“两个维护”', 'conduct', '2.5'],
      ['political-conduct', '廉洁自律，尚俭戒奢', 'conduct', '2.5'],
      ['political-conduct', '严格遵守各项法律法规', 'conduct', '2.5'],
      ['political-conduct', '违纪违规', 'violation', '10'],
    ]);
    const [login, question] = scheme2021.sections.base.categories[0]?.items ?? [];
    expect(login?.rule).toMatchObject({ target: 'daysInMonth', deductionPerUnit: '0.5' });
    expect(question?.rule).toMatchObject({ target: '15', deductionPerUnit: '0.5' });
    expect(scheme2021.sections.special.items.map((i) => [i.nameZh, i.cap, i.branchChosen])).toEqual(
      [
        ['党建网格化工程落实情况', '5', false],
        ['志愿服务参与情况', '5', false],
        ['其他支部自选分', '10', true],
      ],
    );
    expect(scheme2021.sections.evaluation.grades.map((g) => [g.nameZh, g.points])).toEqual([
      ['优秀', '10'],
      ['合格', '7'],
      ['基本合格', '5'],
      ['不合格', '0'],
    ]);
  });

  it('has the outcome thresholds of the plan', () => {
    expect(scheme2021.outcomes).toEqual({
      priorityCandidate: { atLeast: '80' },
      incentive: { atLeast: '70' },
      yellowWarning: { atLeast: '60', below: '70' },
      redWarning: { below: '60' },
      redTwoYearsRunning: { below: '60' },
      probationaryInterview: { below: '70' },
      probationExtension: { below: '60' },
    });
  });

  it('marks its assumptions, each on a setting that exists', () => {
    const assumptions = scheme2021.assumptions ?? [];
    expect(assumptions.length).toBeGreaterThanOrEqual(10);
    for (const assumption of assumptions) {
      expect(resolve(scheme2021, assumption.path), assumption.path).toBeDefined();
    }
    expect(assumptions.map((a) => a.path)).toEqual(
      expect.arrayContaining([
        'firstMonth',
        'sections.base.categories[0].weight',
        'rounding',
        'outcomes',
      ]),
    );
  });
});
