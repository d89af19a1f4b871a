import { describe, expect, it } from 'vitest';
import { scoreMonth } from '../engine/score-period.js';
import { renderExplanation } from '../explain/render-explanation.js';
import { FactsBuilder } from '../test-fixtures/facts-builder.js';
import { lineOf } from '../test-fixtures/lines.js';
import { scheme2021 } from '../schemes/scheme-2021.js';

const member = () => new FactsBuilder('m1', 2021, [{ branchId: 'b1', from: '2021-09' }]);

describe('monthlyQuota: 学习强国 login (10 a month, −0.5 per day not logged in)', () => {
  it('28 of 30 days in September gives 10 − 2 × 0.5 = 9', () => {
    const facts = member().perfectMonth('2021-09', 'b1', true).facts;
    facts.quotas = facts.quotas?.map((q) =>
      q.itemCode === 'study-app-login' ? { ...q, value: 28 } : q,
    );
    const line = lineOf(scoreMonth(facts, scheme2021, '2021-09').lines, 'study-app-login');
    expect(line.raw).toBe('9');
    expect(line.inputs).toMatchObject({ value: '28', target: '30', short: '2' });
    expect(renderExplanation(line, 'zh-CN')).toBe(
      '登录学习强国 2021-09：应达 30 天，实达 28 天 → 10 − 2 × 0.5 = 9',
    );
    expect(renderExplanation(line, 'en')).toBe(
      'Study app login (学习强国) 2021-09: 28 of 30 days → 10 − 2 × 0.5 = 9',
    );
  });

  it('counts the days of the month: 31 in October, all logged in, gives 10', () => {
    const facts = member().perfectMonth('2021-10', 'b1', true).facts;
    const line = lineOf(scoreMonth(facts, scheme2021, '2021-10').lines, 'study-app-login');
    expect(line.inputs).toMatchObject({ target: '31', value: '31' });
    expect(line.raw).toBe('10');
  });

  it('never goes below 0: 5 of 31 days loses 13 and stops at 0', () => {
    const facts = member().quota('2021-10', 'study-app-login', 5).facts;
    const line = lineOf(scoreMonth(facts, scheme2021, '2021-10').lines, 'study-app-login');
    expect(line.raw).toBe('0');
    expect(renderExplanation(line, 'en')).toContain('max(0, 10 − 26 × 0.5) = 0');
  });

  it('a month without a record counts as 0 days', () => {
    const facts = member().facts;
    const line = lineOf(scoreMonth(facts, scheme2021, '2021-09').lines, 'study-app-login');
    expect(line.raw).toBe('0');
    expect(line.inputs.recorded).toBe(false);
  });
});

describe('monthlyQuota: 每日一题 (15 question points a month is full, −0.5 per point short)', () => {
  it.each([
    [15, '10'],
    [20, '10'],
    [14, '9.5'],
    [12, '8.5'],
    [0, '2.5'],
  ])('%s question points give %s', (points, expected) => {
    const facts = member().quota('2021-09', 'daily-question', points).facts;
    const line = lineOf(scoreMonth(facts, scheme2021, '2021-09').lines, 'daily-question');
    expect(line.raw).toBe(expected);
  });

  it('a fractional shortfall is exact: 13.5 points give 10 − 1.5 × 0.5 = 9.25', () => {
    const facts = member().quota('2021-09', 'daily-question', '13.5').facts;
    const line = lineOf(scoreMonth(facts, scheme2021, '2021-09').lines, 'daily-question');
    expect(line.raw).toBe('9.25');
    expect(renderExplanation(line, 'zh-CN')).toBe(
      '完成每日一题 2021-09：应达 15 分，实达 13.5 分 → 10 − 1.5 × 0.5 = 9.25；折算 9.25 × 30/20 = 13.875',
    );
  });
});
