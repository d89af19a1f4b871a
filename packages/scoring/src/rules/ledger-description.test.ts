import { describe, expect, it } from 'vitest';
import { scheme2021 } from '../schemes/scheme-2021.js';
import { findRuleKind } from './registry.js';

describe('what each rule kind tells the ledger', () => {
  it('gives every base item of the 2021 scheme a cell kind, a unit and, for numbers, a range', () => {
    const columns = scheme2021.sections.base.categories.flatMap((c) =>
      c.items.map((item) => {
        const ledger = findRuleKind(item.rule.kind)!.ledger;
        return {
          code: item.code,
          cell: ledger.cell,
          unit: ledger.unit(item.rule as never).zh,
          max: ledger.maxValue?.(item.rule as never, '2021-02'),
        };
      }),
    );
    const of = (code: string) => columns.find((c) => c.code === code)!;
    // 学习强国: one login a calendar day, so February holds at most 28.
    expect(of('study-app-login')).toEqual({
      code: 'study-app-login',
      cell: 'quota',
      unit: '10 分/月',
      max: 28,
    });
    // 每日一题: a numeric target (15) of which ten times is the most a cell takes.
    expect(of('daily-question')).toMatchObject({ cell: 'quota', max: 150 });
    expect(of('group-study')).toMatchObject({ cell: 'attendance', max: undefined });
    expect(of('dues')).toMatchObject({ cell: 'duty', max: undefined });
    expect(of('violations')).toMatchObject({ cell: 'breach', max: 10 });
    expect(of('violations').unit).toMatch(/^扣 .+ 分\/次$/);
    for (const column of columns)
      if (column.max !== undefined) expect(Number.isFinite(column.max)).toBe(true);
  });
});
