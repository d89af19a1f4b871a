import { describe, expect, it } from 'vitest';
import { roundingFormula } from '../engine/rounding-formula.js';
import type { ExplanationLine } from './line-types.js';
import { renderExplanation } from './render-explanation.js';

/** The final rounding line as the engine writes it for an exact total. */
function rounding(exact: string, rounded: string, difference: string): ExplanationLine {
  return {
    section: 'total',
    kind: 'rounding',
    label: { zh: '总分', en: 'Total' },
    inputs: { exact, decimals: 2, mode: 'half-up', rounded },
    records: [],
    formula: roundingFormula(rounded, exact, difference),
    raw: difference,
    points: difference,
  };
}

describe('the final rounding, explained', () => {
  it('says what the total rounds to and by how much', () => {
    const line = rounding('1093/15', '72.87', '1/300');
    expect(renderExplanation(line, 'zh-CN')).toBe(
      '总分：总分 1093/15 保留 2 位小数（四舍五入）为 72.87，舍入差 → 72.87 − 1093/15 = 1/300 (≈ 0.00)',
    );
    expect(renderExplanation(line, 'en')).toBe(
      'Total: total 1093/15 rounded to 2 decimals (half up) is 72.87; the difference → 72.87 − 1093/15 = 1/300 (≈ 0.00)',
    );
  });

  it('says a total with no more decimals than kept needs no rounding, without a formula of zeros', () => {
    // A whole number and a total of two decimals alike: 70 is 70.00.
    expect(renderExplanation(rounding('70', '70.00', '0'), 'zh-CN')).toBe(
      '总分：总分 70 不超过 2 位小数，无需舍入 → 0',
    );
    expect(renderExplanation(rounding('70.75', '70.75', '0'), 'en')).toBe(
      'Total: total 70.75 has no more than 2 decimals: nothing to round → 0',
    );
  });

  it('reads a line stored before the rounded total was among its inputs as it always did', () => {
    const stored = rounding('77.125', '77.13', '0.005');
    const { rounded: _rounded, ...inputs } = stored.inputs;
    expect(renderExplanation({ ...stored, inputs }, 'zh-CN')).toBe(
      '总分：总分 77.125 保留 2 位小数（四舍五入） → 77.13 − 77.125 = 0.005',
    );
  });
});
