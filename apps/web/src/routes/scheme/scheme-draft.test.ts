import { scheme2021, validateScheme } from '@jifen/scoring';
import { describe, expect, it } from 'vitest';
import { parsePath, problemsByPath, setAtPath } from './scheme-draft';

describe('scheme drafts', () => {
  it('parses the paths validateScheme reports', () => {
    expect(parsePath('sections.base.categories[0].weight')).toEqual([
      'sections',
      'base',
      'categories',
      0,
      'weight',
    ]);
    expect(parsePath('firstMonth')).toEqual(['firstMonth']);
  });

  it('changes one setting and leaves the original alone', () => {
    const draft = setAtPath(scheme2021, 'sections.base.categories[0].weight', '35');
    expect(draft.sections.base.categories[0]?.weight).toBe('35');
    expect(scheme2021.sections.base.categories[0]?.weight).toBe('30');
    expect(draft.sections.special).toBe(scheme2021.sections.special);
  });

  it('puts the validation problems of a broken draft at their paths', () => {
    expect(validateScheme(scheme2021).ok).toBe(true);
    const draft = setAtPath(scheme2021, 'sections.special.items[0].cap', 'abc');
    const validation = validateScheme(draft);
    expect(validation.ok).toBe(false);
    const byPath = problemsByPath(validation.problems);
    expect(byPath.get('sections.special.items[0].cap')?.[0]?.messageZh).toBeTruthy();
  });
});
