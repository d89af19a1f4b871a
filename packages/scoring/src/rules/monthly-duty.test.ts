import { describe, expect, it } from 'vitest';
import { scoreMonth, scoreQuarter } from '../engine/score-period.js';
import { renderExplanation } from '../explain/render-explanation.js';
import { FactsBuilder, fullYear2021 } from '../test-fixtures/facts-builder.js';

// The dues line of a month (not the penalty line, which has `inputs.penalty`).
const earnedLine = (result: ReturnType<typeof scoreMonth>, month: string) => {
  const line = result.lines.find(
    (l) => l.itemCode === 'dues' && l.month === month && l.inputs.penalty !== true,
  );
  if (!line) throw new Error(`no dues line in ${month}`);
  return line;
};

const orgLife = (result: ReturnType<typeof scoreMonth>) =>
  result.categories.find((c) => c.code === 'organisational-life')?.score.exact;

const member = () => new FactsBuilder('m1', 2021, [{ branchId: 'b1', from: '2021-01' }]);

describe('monthlyDuty: dues 5 a month; a late payment costs 5 for each month of that quarter', () => {
  it('paid on time: 5, no penalty', () => {
    const b = member()
      .duty('2021-01', 'onTime')
      .duty('2021-02', 'onTime')
      .duty('2021-03', 'onTime');
    const result = scoreQuarter(b.facts, fullYear2021, 1);
    expect(result.lines.filter((l) => l.itemCode === 'dues').map((l) => l.raw)).toEqual([
      '5',
      '5',
      '5',
    ]);
    expect(orgLife(result)).toBe('30');
  });

  it('February paid late: February still earns 5, and −5 comes off every month of the quarter', () => {
    const b = member().duty('2021-01', 'onTime').duty('2021-02', 'late').duty('2021-03', 'onTime');
    const result = scoreQuarter(b.facts, fullYear2021, 1);
    for (const month of ['2021-01', '2021-02', '2021-03']) {
      expect(earnedLine(result, month).raw).toBe('5');
      const penalty = result.lines.filter(
        (l) => l.itemCode === 'dues' && l.month === month && l.raw === '-5',
      );
      expect(penalty).toHaveLength(1);
      // Deductions are not scaled; −5 a month over a quarter of 3 months is −5/3 of the quarter.
      expect(penalty[0]?.points).toBe('-5/3');
    }
    // 组织生活 each month: dues 5 of 5 → 30, minus 5 → 25; the quarter's mean is 25.
    expect(orgLife(result)).toBe('25');
    const penalty = result.lines.find(
      (l) => l.itemCode === 'dues' && l.month === '2021-01' && l.raw === '-5',
    );
    expect(penalty && renderExplanation(penalty, 'zh-CN')).toBe(
      '党费缴纳 2021-01：本季度 2021-02 延期或未缴，本季度每月扣分 → −5；折算 −5 ÷ 3 = −5/3 (≈ −1.67)',
    );
  });

  it('two late months in a quarter still cost 5 a month, once', () => {
    const b = member().duty('2021-04', 'late').duty('2021-05', 'late').duty('2021-06', 'onTime');
    const result = scoreMonth(b.facts, fullYear2021, '2021-06');
    expect(orgLife(result)).toBe('25');
  });

  it('an unpaid month earns 0 and counts as late for the quarter', () => {
    const b = member().duty('2021-07', 'onTime').duty('2021-09', 'onTime');
    const result = scoreMonth(b.facts, fullYear2021, '2021-07');
    expect(earnedLine(result, '2021-07').raw).toBe('5');
    const penalty = result.lines.find((l) => l.itemCode === 'dues' && l.raw === '-5');
    expect(penalty?.inputs.lateMonths).toBe('2021-08');
    // 30 × 5/5 − 5 = 25.
    expect(orgLife(result)).toBe('25');
  });
});
