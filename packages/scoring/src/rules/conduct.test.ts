import { describe, expect, it } from 'vitest';
import { scoreMonth } from '../engine/score-period.js';
import { renderExplanation } from '../explain/render-explanation.js';
import { FactsBuilder } from '../test-fixtures/facts-builder.js';
import { lineOf } from '../test-fixtures/lines.js';
import { scheme2021 } from '../schemes/scheme-2021.js';

describe('conduct: three items of 2.5 (7.5 on the form) scaled to the weight of 10', () => {
  it('a clean month earns 2.5 × 3 = 7.5, scaled to 10', () => {
    const b = new FactsBuilder('m1', 2021, [{ branchId: 'b1', from: '2021-09' }]);
    const result = scoreMonth(b.facts, scheme2021, '2021-09');
    const line = lineOf(result.lines, 'integrity');
    expect(line.raw).toBe('2.5');
    expect(line.points).toBe('10/3');
    expect(result.categories.find((c) => c.code === 'political-conduct')?.score.exact).toBe('10');
    expect(renderExplanation(line, 'en')).toBe(
      'Integrity and frugality 2021-09: no breach recorded this month → 2.5; scaled 2.5 × 10/7.5 = 10/3 (≈ 3.33)',
    );
  });

  it('a breach of one item that month: that item earns 0, the category 10 × 5 / 7.5 = 20/3', () => {
    const b = new FactsBuilder('m1', 2021, [{ branchId: 'b1', from: '2021-09' }]);
    b.violation('2021-09', 'integrity');
    const result = scoreMonth(b.facts, scheme2021, '2021-09');
    expect(lineOf(result.lines, 'integrity').raw).toBe('0');
    expect(renderExplanation(lineOf(result.lines, 'integrity'), 'en')).toContain(
      '1 breach recorded this month: no points',
    );
    expect(result.categories.find((c) => c.code === 'political-conduct')?.score).toEqual({
      exact: '20/3',
      value: '6.67',
    });
  });
});
