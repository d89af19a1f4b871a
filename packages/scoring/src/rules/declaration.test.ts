import { describe, expect, it } from 'vitest';
import { formatExact } from '../exact/exact-text.js';
import { scoreMonth, scoreQuarter, scoreYear } from '../engine/score-period.js';
import { renderExplanation } from '../explain/render-explanation.js';
import type { Scheme } from '../scheme/scheme-types.js';
import { FactsBuilder } from '../test-fixtures/facts-builder.js';
import { sumPoints } from '../test-fixtures/lines.js';
import { scheme2021 } from '../schemes/scheme-2021.js';

const member = () => new FactsBuilder('m1', 2021, [{ branchId: 'b1', from: '2021-09' }]);
const special = (r: ReturnType<typeof scoreYear>) => r.sections.special.exact;

describe('declaration: additive special points, capped per item (5, 5, 10) and per section (20)', () => {
  it('grid work: 3 + 4 accepted = 7, capped at 5', () => {
    const b = member().declare('2021-09', 'grid-work', 3).declare('2021-11', 'grid-work', 4);
    const result = scoreYear(b.facts, scheme2021);
    expect(special(result)).toBe('5');
    const cap = result.lines.find((l) => l.kind === 'itemCap');
    expect(cap?.points).toBe('-2');
    expect(cap && renderExplanation(cap, 'zh-CN')).toBe(
      '党建网格化工程落实情况：本项合计 7 超过上限 5 → −(7 − 5) = −2',
    );
  });

  it('a declaration without points counts the unit points; above them, the unit points', () => {
    const b = member()
      .declare('2021-09', 'volunteer-service')
      .declare('2021-10', 'branch-chosen', 12);
    const result = scoreYear(b.facts, scheme2021);
    expect(result.specialItems.map((i) => [i.code, i.score.exact])).toEqual([
      ['grid-work', '0'],
      ['volunteer-service', '5'],
      ['branch-chosen', '10'],
    ]);
    const clamped = result.lines.find((l) => l.itemCode === 'branch-chosen');
    expect(clamped && renderExplanation(clamped, 'en')).toBe(
      'Branch-chosen items 2021-10: accepted declaration of 12 (at most 10 each) → min(12, 10) = 10',
    );
  });

  it('all three full: 5 + 5 + 10 = 20, the section cap', () => {
    const b = member()
      .declare('2021-09', 'grid-work', 5)
      .declare('2021-10', 'volunteer-service', '2.5')
      .declare('2021-12', 'volunteer-service', '2.5')
      .declare('2021-12', 'branch-chosen', 10);
    expect(special(scoreYear(b.facts, scheme2021))).toBe('20');
  });

  it('the section cap applies when items add up to more (a scheme with a 15 cap)', () => {
    const capped: Scheme = {
      ...scheme2021,
      totalCap: '95',
      sections: { ...scheme2021.sections, special: { ...scheme2021.sections.special, cap: '15' } },
    };
    const b = member()
      .declare('2021-09', 'grid-work', 5)
      .declare('2021-09', 'volunteer-service', 5)
      .declare('2021-09', 'branch-chosen', 10);
    const result = scoreYear(b.facts, capped);
    expect(special(result)).toBe('15');
    expect(result.lines.find((l) => l.kind === 'sectionCap')?.points).toBe('-5');
    expect(formatExact(sumPoints(result.lines.filter((l) => l.section === 'special')))).toBe('15');
  });

  it('a quarter and a month count their own declarations', () => {
    const b = member().declare('2021-09', 'grid-work', 2).declare('2021-11', 'grid-work', 2);
    expect(scoreQuarter(b.facts, scheme2021, 3).sections.special.exact).toBe('2');
    expect(scoreMonth(b.facts, scheme2021, '2021-11').sections.special.exact).toBe('2');
    expect(scoreYear(b.facts, scheme2021).sections.special.exact).toBe('4');
  });

  it("a branch's own item counts only in that branch, under the 支部自选 cap", () => {
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
    const b = new FactsBuilder('m1', 2021, [
      { branchId: 'b1', from: '2021-09', to: '2021-10' },
      { branchId: 'b2', from: '2021-11' },
    ]);
    b.declare('2021-10', 'b2-info-reports', 2)
      .declare('2021-11', 'b2-info-reports', 2)
      .declare('2021-12', 'b2-info-reports', 2);
    b.declare('2021-12', 'branch-chosen', 8);
    const result = scoreYear(b.facts, withBranchItem);
    expect(result.lines.find((l) => l.kind === 'notApprovedForBranch')?.month).toBe('2021-10');
    // Own items 4, plus the generic 8 → 12 under the parent's cap of 10.
    expect(result.lines.find((l) => l.kind === 'parentCap')?.points).toBe('-2');
    expect(special(result)).toBe('10');
  });
});
