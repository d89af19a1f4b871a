import { scheme2021, validateScheme } from '@jifen/scoring';
import { describe, expect, it } from 'vitest';
import {
  appendAt,
  freshCode,
  getAtPath,
  pathAndAncestors,
  removeAt,
  tabOfPath,
  parsePath,
  problemsByPath,
  setAtPath,
} from './scheme-draft';

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

describe('structural edits and problem places', () => {
  const root = { a: { list: [{ x: 1 }, { x: 2 }, { x: 3 }] } };

  it('appends to and removes from a list without touching the original', () => {
    expect(appendAt(root, 'a.list', { x: 4 }).a.list).toHaveLength(4);
    expect(removeAt(root, 'a.list', 1).a.list).toEqual([{ x: 1 }, { x: 3 }]);
    expect(root.a.list).toHaveLength(3);
    expect(getAtPath(root, 'a.list[2].x')).toBe(3);
    expect(getAtPath(root, 'a.nothing[0]')).toBeUndefined();
  });

  it('finds the tab of a path and the places a problem may show, nearest first', () => {
    expect(tabOfPath('sections.base.categories[0].weight')).toBe('base');
    expect(tabOfPath('sections.special.items[1].cap')).toBe('special');
    expect(tabOfPath('outcomes.redWarning.below')).toBe('outcomes');
    expect(tabOfPath('totalCap')).toBe('general');
    expect(pathAndAncestors('sections.base.categories[0].items[2].rule.maxPoints')).toEqual([
      'sections.base.categories[0].items[2].rule.maxPoints',
      'sections.base.categories[0].items[2].rule',
      'sections.base.categories[0].items[2]',
      'sections.base.categories[0].items',
      'sections.base.categories[0]',
      'sections.base.categories',
      'sections.base',
      'sections',
    ]);
  });

  it('makes a code that is not taken', () => {
    expect(freshCode('grade', ['grade-1', 'grade-2'])).toBe('grade-3');
    expect(freshCode('item', [])).toBe('item-1');
  });
});
