import { describe, expect, it } from 'vitest';
import { footFigure } from './sheet-foot-figures';

describe('the last row of the monthly sheet', () => {
  it('counts who signed in and who paid on time, of every row', () => {
    expect(footFigure('attendance', ['1', '1', null, '0'])).toEqual({
      text: '2/4',
      counts: 'present',
    });
    expect(footFigure('duty', ['onTime', 'late', 'onTime', null])).toEqual({
      text: '2/4',
      counts: 'onTime',
    });
  });

  it('gives a quota’s mean of the values entered, exactly, to two decimals', () => {
    // (30 + 29 + 29) / 3 = 29.333… → 29.33; an empty cell or a typo is not a value yet.
    expect(footFigure('quota', ['30', '29', null, '29', 'abc']).text).toBe('29.33');
    // (0.1 + 0.2) / 2 = 0.15 exactly, which a float sum would round to 0.15000000000000002.
    expect(footFigure('quota', ['0.1', '0.2']).text).toBe('0.15');
    expect(footFigure('quota', [null, null]).text).toBe('');
  });

  it('adds up the breaches, and shows nothing under a special item', () => {
    expect(footFigure('breach', ['1', null, '2']).text).toBe('3');
    expect(footFigure('breach', [null]).text).toBe('');
    expect(footFigure('declaration', ['5', '3']).text).toBe('');
  });
});
