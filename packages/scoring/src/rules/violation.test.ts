import { describe, expect, it } from 'vitest';
import { formatExact } from '../exact/exact-text.js';
import { scoreMonth } from '../engine/score-period.js';
import { renderExplanation } from '../explain/render-explanation.js';
import { FactsBuilder } from '../test-fixtures/facts-builder.js';
import { lineOf, sumPoints } from '../test-fixtures/lines.js';
import { monthlyViolations2021 as scheme2021 } from '../test-fixtures/members.js';

const conduct = (result: ReturnType<typeof scoreMonth>) =>
  result.categories.find((c) => c.code === 'political-conduct')?.score.exact;

describe('violation, month scope: −10 each, after normalisation, the category never below 0', () => {
  it('one violation: 政治建设 10 − 10 = 0', () => {
    const b = new FactsBuilder('m1', 2021, [{ branchId: 'b1', from: '2021-09' }]);
    b.violation('2021-09', 'violations', 1, '参与群体上访');
    const result = scoreMonth(b.facts, scheme2021, '2021-09');
    const line = lineOf(result.lines, 'violations');
    expect(line.raw).toBe('-10');
    expect(line.points).toBe('-10');
    expect(conduct(result)).toBe('0');
    expect(renderExplanation(line, 'zh-CN')).toBe(
      '违纪违规 2021-09：本月违纪违规 1 次（参与群体上访） → −(1 × 10) = −10',
    );
  });

  it('two violations: −20, floored: the category stops at 0 (a +10 floor line)', () => {
    const b = new FactsBuilder('m1', 2021, [{ branchId: 'b1', from: '2021-09' }]);
    b.violation('2021-09', 'violations', 2);
    const result = scoreMonth(b.facts, scheme2021, '2021-09');
    expect(lineOf(result.lines, 'violations').raw).toBe('-20');
    const floor = result.lines.find(
      (l) => l.kind === 'floor' && l.category === 'political-conduct',
    );
    expect(floor?.points).toBe('10');
    expect(conduct(result)).toBe('0');
    const conductLines = result.lines.filter((l) => l.category === 'political-conduct');
    expect(formatExact(sumPoints(conductLines))).toBe('0');
  });

  it('no violation: a zero line', () => {
    const b = new FactsBuilder('m1', 2021, [{ branchId: 'b1', from: '2021-09' }]);
    const line = lineOf(scoreMonth(b.facts, scheme2021, '2021-09').lines, 'violations');
    expect(line.points).toBe('0');
    expect(renderExplanation(line, 'en')).toBe(
      'Violations 2021-09: no violation recorded this month → 0',
    );
  });
});
