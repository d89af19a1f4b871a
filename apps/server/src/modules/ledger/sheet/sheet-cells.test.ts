import { describe, expect, it } from 'vitest';
import { AppError } from '../../../graphql/errors.js';
import type { SheetColumnDef, SheetSession } from './sheet-columns.js';
import { parseCell } from './sheet-cells.js';

const column = (kind: 'attendance' | 'duty'): SheetColumnDef<SheetSession> => ({
  key: 'item:dues',
  kind,
  section: 'base',
  categoryCode: 'organisational-life',
  categoryNameZh: '组织生活',
  categoryNameEn: 'Organisational life',
  itemCode: 'dues',
  nameZh: '党费',
  nameEn: 'Dues',
  unitZh: '5 分/月',
  unitEn: '5 / month',
  editable: true,
});

describe('a typed cell, read as the ledger records it', () => {
  it('takes a payment status by its code or the sheet’s words, in either language', () => {
    for (const [typed, status] of [
      ['按时', 'onTime'],
      ['延期缴纳', 'late'],
      ['Unpaid', 'missing'],
      ['onTime', 'onTime'],
    ] as const) {
      expect(parseCell(column('duty'), typed, 'cells[0].value')).toEqual({
        kind: 'duty',
        status,
        shown: status,
      });
    }
    expect(parseCell(column('duty'), '', 'cells[0].value')).toMatchObject({ status: null });
  });

  it('refuses any other word with a typed error naming the cell and the words it takes', () => {
    let error: unknown;
    try {
      parseCell(column('duty'), '缓缴', 'cells[3].value');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'cells[3].value',
      messageEn: 'Dues must be On time / Late / Unpaid, got "缓缴"',
    });
    expect((error as AppError).message).toBe('党费应为 按时 / 延期 / 未缴，实际为“缓缴”');
  });

  it('reads a sign-in as present or absent, and refuses anything else', () => {
    expect(parseCell(column('attendance'), '√', 'f')).toMatchObject({ present: true, shown: '1' });
    expect(parseCell(column('attendance'), '', 'f')).toMatchObject({ present: false });
    expect(() => parseCell(column('attendance'), '2', 'f')).toThrow(/签到应填 1/);
  });
});
