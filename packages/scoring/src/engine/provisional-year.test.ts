import { describe, expect, it } from 'vitest';
import { renderExplanation } from '../explain/render-explanation.js';
import { validateScheme } from '../scheme/validate-scheme.js';
import { scheme2021 } from '../schemes/scheme-2021.js';
import { FactsBuilder, fullYear2021 } from '../test-fixtures/facts-builder.js';
import { sumPoints } from '../test-fixtures/lines.js';
import { missesMember } from '../test-fixtures/members.js';
import { parseExact } from '../exact/exact-text.js';
import { scoreQuarter, scoreYear } from './score-period.js';

/** missesMember without its grade: the evaluation has not happened yet. */
function notYetEvaluated() {
  const facts = missesMember();
  return { ...facts, evaluation: null };
}

describe('scored through what each branch recorded', () => {
  it('January, nothing recorded: no month scored, no projection, no outcome', () => {
    const b = new FactsBuilder('m1', 2021, [{ branchId: 'b1', from: '2021-01' }]);
    b.perfectMonth('2021-01', 'b1');
    const result = scoreYear(b.facts, fullYear2021, { recordedThrough: {}, provisional: true });
    expect(result.months).toEqual([]);
    expect(result.provisional).toBe(true);
    expect(result.outcome).toBeNull();
    expect(result.projection).toBeNull();
  });

  it('a quarter’s first month: the quarter is scored on that month alone, the next has nothing', () => {
    const b = new FactsBuilder('m1', 2021, [{ branchId: 'b1', from: '2021-01' }]);
    for (const m of ['2021-03', '2021-04', '2021-05']) b.perfectMonth(m, 'b1', true);
    const options = { recordedThrough: { b1: '2021-04' }, provisional: true };
    const q2 = scoreQuarter(b.facts, fullYear2021, 2, options);
    expect(q2.months.map((m) => m.month)).toEqual(['2021-04']);
    expect(q2.provisional).toBe(true);
    expect(q2.projection).toBeNull(); // quarters are flagged, never projected
    expect(scoreQuarter(b.facts, fullYear2021, 3, options).months).toEqual([]);
  });

  it('unpaid dues of an unrecorded month do not penalise the recorded months of its quarter', () => {
    const b = new FactsBuilder('m1', 2021, [{ branchId: 'b1', from: '2021-01' }]);
    b.perfectMonth('2021-10', 'b1', true); // November: nothing entered yet, dues "missing"
    const result = scoreQuarter(b.facts, scheme2021, 4, { recordedThrough: { b1: '2021-10' } });
    expect(result.sections.base.exact).toBe('70');
  });

  it('a member who moved is scored through each branch’s own recorded months', () => {
    const b = new FactsBuilder('mover', 2021, [
      { branchId: 'b1', from: '2021-01', to: '2021-10' },
      { branchId: 'b2', from: '2021-11' },
    ]);
    b.perfectMonth('2021-09', 'b1', true).perfectMonth('2021-10', 'b1', true);
    b.perfectMonth('2021-11', 'b2', true).perfectMonth('2021-12', 'b2');
    const scored = (recordedThrough: Record<string, string>) =>
      scoreYear(b.facts, scheme2021, { recordedThrough }).months.map((m) => [m.month, m.branchId]);
    expect(scored({ b1: '2021-12', b2: '2021-11' })).toEqual([
      ['2021-09', 'b1'],
      ['2021-10', 'b1'],
      ['2021-11', 'b2'],
    ]);
    // The old branch has not recorded October: that month is not scored, the new branch's are.
    expect(scored({ b1: '2021-09', b2: '2021-12' })).toEqual([
      ['2021-09', 'b1'],
      ['2021-11', 'b2'],
      ['2021-12', 'b2'],
    ]);
    expect(scored({ b2: '2021-12' })).toEqual([
      ['2021-11', 'b2'],
      ['2021-12', 'b2'],
    ]);
  });

  it('December, all recorded: a year not yet approved is still provisional', () => {
    const result = scoreYear(missesMember(), scheme2021, {
      recordedThrough: { b1: '2021-12' },
      provisional: true,
    });
    expect(result.total.value).toBe('70.00');
    expect(result.outcome).toBeNull();
    // The grade is recorded, so the projection uses it: 60 + 3 + 7.
    expect(result.projection).toMatchObject({
      total: { value: '70.00' },
      evaluationGrade: 'qualified',
      assumedGrade: false,
      band: 'incentive',
      earlyWarning: null,
    });
  });

  it('a new year: last year is scored whole once approved (not provisional), with its outcome', () => {
    const result = scoreYear(missesMember(), scheme2021, { recordedThrough: { b1: '2021-12' } });
    expect(result.provisional).toBe(false);
    expect(result.projection).toBeNull();
    expect(result.outcome?.band).toBe('incentive');
  });
});

describe('projections, hand-computed', () => {
  const project = (through: string) =>
    scoreYear(notYetEvaluated(), scheme2021, {
      recordedThrough: { b1: through },
      provisional: true,
    });

  it('through October: (58 + 63.5) / 2 + 3 + 合格 7 = 70.75', () => {
    const result = project('2021-10');
    expect(result.total.value).toBe('63.75'); // the score so far: no evaluation yet
    const projection = result.projection!;
    expect(projection.base).toEqual({ exact: '60.75', value: '60.75' });
    expect(projection.special.value).toBe('3.00');
    expect(projection.evaluation.value).toBe('7.00');
    expect(projection.total).toEqual({ exact: '70.75', value: '70.75' });
    expect(projection).toMatchObject({
      evaluationGrade: 'qualified',
      assumedGrade: true,
      monthsScored: 2,
      band: 'incentive',
      earlyWarning: null,
    });
    expect(sumPoints(projection.lines).equals(parseExact(projection.total.value))).toBe(true);
    expect(projection.lines.map((l) => renderExplanation(l, 'zh-CN'))).toEqual([
      '基础分：已录入 2 个月的平均基础分，按余下月份同样计 → 60.75',
      '特色分：截至目前已审核通过的特色分 → 3',
      '评议分：尚未评议，按方案预设等次“合格”计 → 7',
      '预计总分：总分 70.75 不超过 2 位小数，无需舍入 → 0',
    ]);
  });

  it('through November: (58 + 63.5 + 59) / 3 + 3 + 7 = 70.17', () => {
    const projection = project('2021-11').projection!;
    expect(projection.total).toEqual({ exact: '421/6', value: '70.17' });
    // A mean that is a fraction is written once, with its approximate decimal.
    expect(renderExplanation(projection.lines[0]!, 'zh-CN')).toBe(
      '基础分：已录入 3 个月的平均基础分，按余下月份同样计 → 361/6 (≈ 60.17)',
    );
  });

  it('through September: 58 + 0 + 7 = 65: an early warning (yellow), never a final band', () => {
    const result = project('2021-09');
    expect(result.outcome).toBeNull();
    expect(result.projection).toMatchObject({
      total: { value: '65.00' },
      band: 'yellowWarning',
      earlyWarning: 'yellowWarning',
    });
  });

  it('the early warning is a scheme setting', () => {
    const quiet = {
      ...scheme2021,
      projection: { evaluationGrade: 'qualified', earlyWarning: false },
    };
    const result = scoreYear(notYetEvaluated(), quiet, {
      recordedThrough: { b1: '2021-09' },
      provisional: true,
    });
    expect(result.projection).toMatchObject({ band: 'yellowWarning', earlyWarning: null });
  });

  it('the assumed grade is a scheme setting, checked against the grades', () => {
    const strict = {
      ...scheme2021,
      projection: { evaluationGrade: 'basicallyQualified', earlyWarning: true },
    };
    const result = scoreYear(notYetEvaluated(), strict, {
      recordedThrough: { b1: '2021-10' },
      provisional: true,
    });
    expect(result.projection?.total.value).toBe('68.75');
    expect(result.projection?.earlyWarning).toBe('yellowWarning');
    const bad = validateScheme({
      ...scheme2021,
      projection: { evaluationGrade: 'great', earlyWarning: 'yes' },
    });
    expect(bad.problems.map((p) => [p.path, p.code])).toEqual([
      ['projection.earlyWarning', 'notBoolean'],
      ['projection.evaluationGrade', 'unknownGrade'],
    ]);
  });
});
