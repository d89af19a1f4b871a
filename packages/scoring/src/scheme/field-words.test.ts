import { describe, expect, it } from 'vitest';
import { fieldWords, settingWords } from './field-words.js';

describe('fieldWords', () => {
  it('names settings of the scheme in words, by position', () => {
    expect(fieldWords('sections.special.items[1].cap')).toEqual({
      zh: '特色分第 2 项的上限',
      en: "special item 2's cap",
    });
    expect(fieldWords('sections.evaluation.grades[0].points')).toEqual({
      zh: '评议分第 1 个等次的分值',
      en: "evaluation grade 1's points",
    });
    expect(fieldWords('outcomes.redWarning.below')).toEqual({
      zh: '结果运用「红色预警」的上限（<）',
      en: "the red warning threshold's upper bound (<)",
    });
    expect(fieldWords('')).toEqual({ zh: '方案', en: 'the scheme' });
  });

  it("names a rule's setting by itself, for a form that has no label of its own", () => {
    expect(settingWords('deductionPerCount')).toEqual({
      zh: '每次扣分',
      en: 'deduction per breach',
    });
  });
});
