import { describe, expect, it } from 'vitest';
import { renderExpr } from './expr.js';

describe('renderExpr', () => {
  it('uses the usual symbols and only the parentheses it needs', () => {
    expect(renderExpr({ op: 'sub', args: ['10', { op: 'mul', args: ['2', '0.5'] }] })).toBe(
      '10 − 2 × 0.5',
    );
    expect(renderExpr({ op: 'mul', args: [{ op: 'sub', args: ['10', '2'] }, '0.5'] })).toBe(
      '(10 − 2) × 0.5',
    );
    expect(renderExpr({ op: 'sub', args: ['10', { op: 'sub', args: ['2', '1'] }] })).toBe(
      '10 − (2 − 1)',
    );
    expect(renderExpr({ op: 'neg', args: [{ op: 'mul', args: ['2', '10'] }] })).toBe('−(2 × 10)');
    expect(renderExpr({ op: 'neg', args: ['5'] })).toBe('−5');
    expect(renderExpr({ op: 'max', args: ['0', { op: 'sub', args: ['10', '13'] }] })).toBe(
      'max(0, 10 − 13)',
    );
    expect(renderExpr('-5/3')).toBe('−5/3');
  });
});
