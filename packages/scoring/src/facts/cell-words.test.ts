import { describe, expect, it } from 'vitest';
import { DUTY_STATUSES, dutyStatusOf, dutyStatusWords, signInOf } from './cell-words.js';

describe('what people type into the monthly sheet', () => {
  it('reads a payment status from its code or its words, in either language', () => {
    for (const text of ['onTime', '按时', '按时缴纳', 'On time', 'paid on time', ' 按时 '])
      expect(dutyStatusOf(text)).toBe('onTime');
    for (const text of ['late', '延期', '延期缴纳', 'Late'])
      expect(dutyStatusOf(text)).toBe('late');
    for (const text of ['missing', '未缴', '未缴纳', 'unpaid', 'not paid'])
      expect(dutyStatusOf(text)).toBe('missing');
    expect(dutyStatusOf('缓缴')).toBeUndefined();
    expect(dutyStatusOf('')).toBeUndefined();
  });

  it('writes each status back in words that read back as it', () => {
    expect(DUTY_STATUSES.map((d) => d.status)).toEqual(['onTime', 'late', 'missing']);
    for (const { status, cell, words } of DUTY_STATUSES)
      for (const w of [cell.zh, cell.en, words.zh, words.en]) expect(dutyStatusOf(w)).toBe(status);
    expect(dutyStatusWords('late')?.cell.zh).toBe('延期');
    expect(dutyStatusWords('paid')).toBeUndefined();
  });

  it('reads a sign-in as present, absent or neither', () => {
    for (const text of ['1', '√', '✓', '是', '到', 'true']) expect(signInOf(text)).toBe(true);
    for (const text of ['', '0', '×', '否', 'false', ' ']) expect(signInOf(text)).toBe(false);
    expect(signInOf('2')).toBeUndefined();
  });
});
