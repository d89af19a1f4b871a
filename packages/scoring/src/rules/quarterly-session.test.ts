import { describe, expect, it } from 'vitest';
import { scoreMonth, scoreQuarter } from '../engine/score-period.js';
import { renderExplanation } from '../explain/render-explanation.js';
import { FactsBuilder, fullYear2021 } from '../test-fixtures/facts-builder.js';
import { lineOf } from '../test-fixtures/lines.js';

const member = () => new FactsBuilder('m1', 2021, [{ branchId: 'b1', from: '2021-01' }]);

describe('quarterlySession: 支部大会, held once a quarter, 5 for each month of it', () => {
  it('an attendee of the February assembly gets 5 in January, February and March', () => {
    const b = member();
    b.session('b1', 'branch-assembly', '2021-02-25');
    const result = scoreQuarter(b.facts, fullYear2021, 1);
    for (const month of ['2021-01', '2021-02', '2021-03']) {
      const line = lineOf(result.lines, 'branch-assembly', month);
      expect(line.raw).toBe('5');
      expect(line.scale).toEqual({ weight: '30', attainable: '10', months: 3 });
    }
    // Not in the next quarter.
    const april = scoreMonth(b.facts, fullYear2021, '2021-04');
    expect(lineOf(april.lines, 'branch-assembly').inputs.heldInQuarter).toBe(0);
  });

  it('a member who missed it gets 0 each month, against an attainable 5', () => {
    const b = member();
    b.session('b1', 'branch-assembly', '2021-02-25', false);
    const line = lineOf(scoreMonth(b.facts, fullYear2021, '2021-01').lines, 'branch-assembly');
    expect(line.raw).toBe('0');
    expect(line.scale?.attainable).toBe('10'); // assembly 5 + dues 5
    expect(renderExplanation(line, 'zh-CN')).toBe(
      '支部大会 2021-01：本季度召开 1 次，参加 0 次，参加者本季度每月得 5 分 → 0',
    );
  });

  it('before the assembly is held (as of January) it is not attainable', () => {
    const b = member();
    b.session('b1', 'branch-assembly', '2021-02-25');
    const result = scoreMonth(b.facts, fullYear2021, '2021-01', { asOf: '2021-01' });
    const line = lineOf(result.lines, 'branch-assembly');
    expect(line.inputs.heldInQuarter).toBe(0);
    expect(line.scale?.attainable).toBe('5'); // dues only
    expect(renderExplanation(line, 'en')).toBe(
      'Branch assembly 2021-01: not yet held this quarter → 0',
    );
  });

  it('held twice, attended once: 5 × 1 ÷ 2 = 2.5 a month', () => {
    const b = member();
    b.session('b1', 'branch-assembly', '2021-01-25');
    b.session('b1', 'branch-assembly', '2021-03-25', false);
    const line = lineOf(scoreMonth(b.facts, fullYear2021, '2021-02').lines, 'branch-assembly');
    expect(line.raw).toBe('2.5');
    expect(renderExplanation(line, 'en')).toContain('→ 5 × 1 ÷ 2 = 2.5');
  });
});
