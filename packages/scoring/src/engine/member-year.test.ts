import { describe, expect, it } from 'vitest';
import { parseExact } from '../exact/exact-text.js';
import { renderExplanation } from '../explain/render-explanation.js';
import type { Scheme } from '../scheme/scheme-types.js';
import { scheme2021 } from '../schemes/scheme-2021.js';
import { FactsBuilder, MONTHLY_SESSION_ITEMS } from '../test-fixtures/facts-builder.js';
import { missesMember, monthlyViolations2021, perfectMember } from '../test-fixtures/members.js';
import { sumPoints } from '../test-fixtures/lines.js';
import { scoreMonth, scoreQuarter, scoreYear } from './score-period.js';
import type { ScoreResult } from './score-result.js';

// Hand-computed member-years under the 2021 scheme, which scores September–December 2021.
// Monthly attainable raw points when everything is held: 政治学习 10 + 10 + 5 + 5 = 30 (→ weight 30),
// 组织生活 5 (assembly) + 5 + 5 + 5 + 5 (dues) = 25 (→ 30), 政治建设 7.5 (→ 10).

const category = (result: ScoreResult, code: string) =>
  result.categories.find((c) => c.code === code)?.score.exact;

function expectLinesSumToTotals(result: ScoreResult): void {
  expect(sumPoints(result.lines).equals(parseExact(result.total.value))).toBe(true);
  for (const section of ['base', 'special'] as const) {
    const lines = result.lines.filter((l) => l.section === section);
    expect(sumPoints(lines).equals(parseExact(result.sections[section].exact))).toBe(true);
  }
  for (const c of result.categories) {
    const lines = result.lines.filter((l) => l.category === c.code);
    expect(sumPoints(lines).equals(parseExact(c.score.exact))).toBe(true);
  }
}

describe('a member-year with perfect attendance', () => {
  it('reaches the maximum the scheme allows: 70 + 20 + 10 = 100', () => {
    const result = scoreYear(perfectMember(), scheme2021);
    expect(result.months.map((m) => [m.month, m.base.exact])).toEqual([
      ['2021-09', '70'],
      ['2021-10', '70'],
      ['2021-11', '70'],
      ['2021-12', '70'],
    ]);
    expect(result.sections).toEqual({
      base: { exact: '70', value: '70.00' },
      special: { exact: '20', value: '20.00' },
      evaluation: { exact: '10', value: '10.00' },
    });
    expect(result.total).toEqual({ exact: '100', value: '100.00' });
    expect(result.outcome).toMatchObject({
      band: 'priorityCandidate',
      priorityCandidate: true,
      incentive: true,
    });
    expect(result.warnings).toEqual([]);
    expectLinesSumToTotals(result);
  });
});

describe('a member-year with misses and late dues', () => {
  const facts = missesMember();

  it('scores each month by hand', () => {
    const result = scoreYear(facts, scheme2021);
    // Sep: 政治学习 9 + 10 + 5 + 0 = 24; 组织生活 (5 + 5 + 5 + 0 + 5) × 30/25 = 24; 政治建设 10 → 58.
    // Oct: 10 + 8.5 + 5 + 5 = 28.5; 25 × 30/25 − 5 (late dues) = 25; 10 → 63.5.
    // Nov: 30; 20 × 30/25 − 5 = 19; 10 → 59.     Dec: 4.5 + 10 + 5 + 5 = 24.5; 30 − 5 = 25; 10 → 59.5.
    expect(result.months.map((m) => m.base.exact)).toEqual(['58', '63.5', '59', '59.5']);
    expect(category(result, 'political-study')).toBe('26.75');
    expect(category(result, 'organisational-life')).toBe('23.25');
    expect(category(result, 'political-conduct')).toBe('10');
    // Base (58 + 63.5 + 59 + 59.5) / 4 = 60; special 3; evaluation 合格 7.
    expect(result.total).toEqual({ exact: '70', value: '70.00' });
    expectLinesSumToTotals(result);
  });

  it('70 exactly is an incentive, not a yellow warning', () => {
    expect(scoreYear(facts, scheme2021).outcome).toEqual({
      band: 'incentive',
      priorityCandidate: false,
      incentive: true,
      yellowWarning: false,
      redWarning: false,
      redTwoYearsRunning: false,
      probationaryInterview: false,
      probationExtension: false,
    });
  });

  it('scores its quarters and months the same way', () => {
    // Q3 is September alone (the plan applies from 1 September).
    expect(scoreQuarter(facts, scheme2021, 3).total.exact).toBe('58');
    // Q4: (63.5 + 59 + 59.5) / 3 + 3 = 191/3.
    expect(scoreQuarter(facts, scheme2021, 4).total).toEqual({ exact: '191/3', value: '63.67' });
    expect(scoreMonth(facts, scheme2021, '2021-10').total.exact).toBe('66.5');
    // Before September nothing is scored.
    expect(scoreMonth(facts, scheme2021, '2021-08').total.exact).toBe('0');
  });

  it('as of October, only September and October count', () => {
    const result = scoreYear(facts, scheme2021, { asOf: '2021-10' });
    // (58 + 63.5) / 2 + 3 + 7; the Q4 late penalty applies to October only.
    expect(result.months.map((m) => m.base.exact)).toEqual(['58', '63.5']);
    expect(result.total.exact).toBe('70.75');
  });

  it('renders its lines in both languages', () => {
    const lines = scoreYear(facts, scheme2021).lines;
    const login = lines.find((l) => l.itemCode === 'study-app-login' && l.month === '2021-12');
    expect(login && renderExplanation(login, 'zh-CN')).toBe(
      '登录学习强国 2021-12：应达 31 天，实达 20 天 → 10 − 11 × 0.5 = 4.5；折算 4.5 × 30/30 ÷ 4 = 1.125',
    );
    expect(login && renderExplanation(login, 'en')).toBe(
      'Study app login (学习强国) 2021-12: 20 of 31 days → 10 − 11 × 0.5 = 4.5; scaled 4.5 × 30/30 ÷ 4 = 1.125',
    );
    expect(login?.records).toHaveLength(1);
  });

  it('gives the same figures without explanations', () => {
    const quiet = scoreYear(facts, scheme2021, { explain: false });
    const full = scoreYear(facts, scheme2021);
    expect(quiet.lines).toEqual([]);
    expect({ ...quiet, lines: [] }).toEqual({ ...full, lines: [] });
  });
});

describe('a probationary member', () => {
  const build = (id: string) => {
    const b = new FactsBuilder(id, 2021, [{ branchId: 'b1', from: '2021-01' }], true);
    for (const month of ['2021-09', '2021-10', '2021-11', '2021-12']) {
      for (const item of MONTHLY_SESSION_ITEMS) b.session('b1', item, `${month}-05`, false);
      b.quota(month, 'study-app-login', month === '2021-09' || month === '2021-11' ? 30 : 31);
      b.quota(month, 'daily-question', 15).duty(month, 'onTime');
    }
    b.session('b1', 'branch-assembly', '2021-09-20', false);
    b.session('b1', 'branch-assembly', '2021-11-20', false);
    return b;
  };

  it('below 60: red warning, interview and probation extension to consider', () => {
    // Each month: 政治学习 20 of 30 → 20; 组织生活 dues 5 of 25 → 6; 政治建设 10 → 36. 基本合格 5.
    const b = build('p1').grade('basicallyQualified');
    b.facts.previousYear = { total: '55.5' };
    const result = scoreYear(b.facts, scheme2021);
    expect(result.sections.base.exact).toBe('36');
    expect(result.total.value).toBe('41.00');
    expect(result.outcome).toMatchObject({
      band: 'redWarning',
      redWarning: true,
      redTwoYearsRunning: true,
      probationaryInterview: true,
      probationExtension: true,
    });
  });

  it('between 60 and 70: yellow warning and interview, no extension', () => {
    const b = build('p2').grade('excellent');
    b.declare('2021-09', 'grid-work', 5)
      .declare('2021-10', 'volunteer-service', 5)
      .declare('2021-12', 'branch-chosen', 10);
    const result = scoreYear(b.facts, scheme2021);
    expect(result.total.value).toBe('66.00');
    expect(result.outcome).toMatchObject({
      band: 'yellowWarning',
      yellowWarning: true,
      redWarning: false,
      redTwoYearsRunning: false,
      probationaryInterview: true,
      probationExtension: false,
    });
  });
});

describe('a member transferred in mid-year', () => {
  const withBranchItem: Scheme = {
    ...scheme2021,
    sections: {
      ...scheme2021.sections,
      special: {
        ...scheme2021.sections.special,
        items: [
          ...scheme2021.sections.special.items,
          {
            code: 'b2-info-reports',
            nameZh: '信息撰稿',
            nameEn: 'Information reports',
            rule: { kind: 'declaration', unitPoints: '2' },
            evidence: { zh: '录用通知', en: 'Publication notices' },
            cap: '10',
            branchChosen: true,
            branchIds: ['b2'],
            parent: 'branch-chosen',
          },
        ],
      },
    },
  };
  const b = new FactsBuilder('moved', 2021, [
    { branchId: 'b1', from: '2021-01', to: '2021-10' },
    { branchId: 'b2', from: '2021-11' },
  ]);
  b.perfectMonth('2021-09', 'b1', true).perfectMonth('2021-10', 'b1');
  b.session('b1', 'branch-assembly', '2021-12-15', false); // held by b1 after the member left
  b.session('b2', 'party-day', '2021-10-20', false); // held by b2 before the member came
  for (const item of [
    'group-study',
    'party-lecture',
    'group-meeting',
    'party-day',
    'branch-assembly',
  ]) {
    b.session('b2', item, '2021-11-18');
  }
  b.quota('2021-11', 'study-app-login', 30)
    .quota('2021-11', 'daily-question', 15)
    .duty('2021-11', 'onTime');
  b.session('b2', 'party-lecture', '2021-12-02');
  b.session('b2', 'party-day', '2021-12-09', false);
  b.quota('2021-12', 'study-app-login', 31)
    .quota('2021-12', 'daily-question', 15)
    .duty('2021-12', 'onTime');
  b.declare('2021-10', 'b2-info-reports', 2)
    .declare('2021-12', 'b2-info-reports', 2)
    .grade('qualified');

  it("scores each month with that month's branch", () => {
    const result = scoreYear(b.facts, withBranchItem);
    expect(result.months.map((m) => [m.month, m.branchId, m.base.exact])).toEqual([
      ['2021-09', 'b1', '70'],
      // October in b1 is credited for b2's November assembly the member attended (same quarter).
      ['2021-10', 'b1', '70'],
      // November in b2: other study not held, so 25 of 25 in 政治学习.
      ['2021-11', 'b2', '70'],
      // December in b2: 组织生活 assembly 5 + lecture 5 + Party day 0 + dues 5 = 15 of 20 → 22.5.
      ['2021-12', 'b2', '62.5'],
    ]);
    // Base 272.5 / 4 = 68.125; b2's item counts in December only (2); 合格 7 → 77.125 → 77.13.
    expect(result.sections.base.exact).toBe('68.125');
    expect(result.sections.special.exact).toBe('2');
    expect(result.total).toEqual({ exact: '77.125', value: '77.13' });
    const rounding = result.lines.find((l) => l.kind === 'rounding');
    expect(rounding?.points).toBe('0.005');
    expect(rounding && renderExplanation(rounding, 'zh-CN')).toBe(
      '总分：总分 77.125 保留 2 位小数（四舍五入）为 77.13，舍入差 → 77.13 − 77.125 = 0.005',
    );
    expectLinesSumToTotals(result);
    // Another mode is named in words too, never by its code.
    const even = scoreYear(b.facts, {
      ...withBranchItem,
      rounding: { decimals: 2, mode: 'half-even' },
    });
    const evenLine = even.lines.find((l) => l.kind === 'rounding')!;
    expect(even.total).toEqual({ exact: '77.125', value: '77.12' });
    expect(renderExplanation(evenLine, 'zh-CN')).toBe(
      '总分：总分 77.125 保留 2 位小数（四舍六入五成双）为 77.12，舍入差 → 77.12 − 77.125 = −0.005',
    );
  });

  it('a member who joined in November is prorated to November and December', () => {
    const joined = new FactsBuilder('joined', 2021, [{ branchId: 'b2', from: '2021-11' }]);
    joined.perfectMonth('2021-11', 'b2', true);
    joined.session('b2', 'party-lecture', '2021-12-02');
    joined
      .quota('2021-12', 'study-app-login', 31)
      .quota('2021-12', 'daily-question', 15)
      .duty('2021-12', 'onTime');
    const result = scoreYear(joined.facts, scheme2021);
    expect(result.months.map((m) => m.month)).toEqual(['2021-11', '2021-12']);
    // Two full months: 70 each; absent months do not pull the mean down.
    expect(result.sections.base.exact).toBe('70');
    expect(result.evaluationGrade).toBeNull();
    expect(result.lines.find((l) => l.kind === 'notEvaluated')?.points).toBe('0');
  });
});

describe('a member-year with violations', () => {
  const b = new FactsBuilder('violations', 2021, [{ branchId: 'b1', from: '2021-01' }]);
  b.perfectMonth('2021-09', 'b1', true).perfectMonth('2021-10', 'b1', true);
  b.perfectMonth('2021-11', 'b1').perfectMonth('2021-12', 'b1');
  b.violation('2021-10', 'violations', 1, '散布流言');
  b.violation('2021-11', 'integrity');
  b.violation('2021-12', 'violations', 2);
  b.grade('qualified');

  it('month scope: takes 10 off the month’s 政治建设 per violation, never below 0', () => {
    const result = scoreYear(b.facts, monthlyViolations2021);
    // Sep 70; Oct 60 + (10 − 10); Nov 60 + 10 × 5/7.5; Dec 60 + max(0, 10 − 20).
    expect(result.months.map((m) => m.base.exact)).toEqual(['70', '60', '200/3', '60']);
    // (250 + 20/3) / 4 = 385/6; + 7 = 427/6 = 71.1666… → 71.17.
    expect(result.sections.base).toEqual({ exact: '385/6', value: '64.17' });
    expect(result.total).toEqual({ exact: '427/6', value: '71.17' });
    expect(category(result, 'political-conduct')).toBe('25/6');
    expect(result.outcome?.band).toBe('incentive');
    expectLinesSumToTotals(result);
  });

  it('period scope (2021): each violation costs 10 off the quarter’s and the year’s base, once', () => {
    const result = scoreYear(b.facts, scheme2021);
    // Months before deductions: Sep 70, Oct 70, Nov 60 + 10 × 5/7.5, Dec 70.
    expect(result.months.map((m) => m.base.exact)).toEqual(['70', '70', '200/3', '70']);
    // (210 + 200/3) / 4 = 415/6, minus 3 × 10 = 235/6; + 7 = 277/6 = 46.1666… → 46.17: red.
    expect(result.sections.base).toEqual({ exact: '235/6', value: '39.17' });
    expect(result.total).toEqual({ exact: '277/6', value: '46.17' });
    expect(result.outcome?.band).toBe('redWarning');
    // The category keeps its own mean; the deduction is the base's, shown once per month recorded.
    expect(category(result, 'political-conduct')).toBe('55/6');
    const deductions = result.lines.filter((l) => l.kind === 'violation' && l.points !== '0');
    expect(deductions.map((l) => [l.month, l.points, l.category])).toEqual([
      ['2021-10', '-10', undefined],
      ['2021-12', '-20', undefined],
    ]);
    expect(renderExplanation(deductions[1]!, 'zh-CN')).toBe(
      '违纪违规 2021-12：本月违纪违规 2 次，从本期基础分中扣除 → −(2 × 10) = −20',
    );
    expectLinesSumToTotals(result);
    // Q4 (Oct–Dec): (70 + 200/3 + 70) / 3 − 30 = 350/9.
    expect(scoreQuarter(b.facts, scheme2021, 4).sections.base.exact).toBe('350/9');
    // Q3 holds September only: untouched.
    expect(scoreQuarter(b.facts, scheme2021, 3).sections.base.exact).toBe('70');
  });

  it('period scope: the base stops at 0, with a floor line', () => {
    const f = new FactsBuilder('floor', 2021, [{ branchId: 'b1', from: '2021-09' }]);
    f.perfectMonth('2021-09', 'b1', true).violation('2021-09', 'violations', 8);
    const result = scoreMonth(f.facts, scheme2021, '2021-09');
    expect(result.sections.base.exact).toBe('0');
    const floor = result.lines.find((l) => l.kind === 'baseFloor');
    expect(floor?.points).toBe('10');
    expect(renderExplanation(floor!, 'en')).toContain('the base stops at 0');
    expectLinesSumToTotals(result);
  });
});
