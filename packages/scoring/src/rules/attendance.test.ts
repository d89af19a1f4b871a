import { describe, expect, it } from 'vitest';
import { scoreMonth } from '../engine/score-period.js';
import { renderExplanation } from '../explain/render-explanation.js';
import { FactsBuilder } from '../test-fixtures/facts-builder.js';
import { lineOf } from '../test-fixtures/lines.js';
import { scheme2021 } from '../schemes/scheme-2021.js';

describe('attendance: 5 points a session (组织集中学习, 支部党课, 党小组会, 党日活动)', () => {
  it('two group studies held, one attended: 1 × 5 = 5 of an attainable 10', () => {
    const b = new FactsBuilder('m1', 2021, [{ branchId: 'b1', from: '2021-09' }]);
    const attended = b.session('b1', 'group-study', '2021-09-03');
    const missed = b.session('b1', 'group-study', '2021-09-17', false);
    b.quota('2021-09', 'study-app-login', 30).quota('2021-09', 'daily-question', 15);
    const result = scoreMonth(b.facts, scheme2021, '2021-09');
    const line = lineOf(result.lines, 'group-study');
    expect(line.raw).toBe('5');
    expect(line.inputs).toEqual({ held: 2, attended: 1, unitPoints: '5' });
    expect(line.records).toEqual(expect.arrayContaining([attended, missed]));
    // 政治学习: login 10 + question 10 + study 5 of attainable 30 → 30 × 25 / 30 = 25.
    expect(result.categories.find((c) => c.code === 'political-study')?.score).toEqual({
      exact: '25',
      value: '25.00',
    });
    expect(renderExplanation(line, 'zh-CN')).toBe(
      '组织集中学习 2021-09：本月举办 2 次，参加 1 次 → 1 × 5 = 5',
    );
  });

  it("only the member's branch's sessions of that month count", () => {
    const b = new FactsBuilder('m1', 2021, [{ branchId: 'b1', from: '2021-09' }]);
    b.session('b1', 'party-lecture', '2021-09-08');
    b.session('b2', 'party-lecture', '2021-09-08', false);
    b.session('b1', 'party-lecture', '2021-10-08', false);
    const line = lineOf(scoreMonth(b.facts, scheme2021, '2021-09').lines, 'party-lecture');
    expect(line.inputs).toEqual({ held: 1, attended: 1, unitPoints: '5' });
    expect(renderExplanation(line, 'en')).toContain('attended 1 of 1 session held this month');
  });

  it('nothing held: nothing attainable and nothing earned', () => {
    const b = new FactsBuilder('m1', 2021, [{ branchId: 'b1', from: '2021-09' }]);
    const line = lineOf(scoreMonth(b.facts, scheme2021, '2021-09').lines, 'other-study');
    expect(line.raw).toBe('0');
    expect(renderExplanation(line, 'en')).toBe(
      'Other political study 2021-09: no session held this month → 0 × 5 = 0',
    );
    expect(renderExplanation(line, 'zh-CN')).toBe('其他政治学习 2021-09：本月未举办 → 0 × 5 = 0');
  });
});
