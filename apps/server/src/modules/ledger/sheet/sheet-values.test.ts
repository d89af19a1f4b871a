import { describe, expect, it } from 'vitest';
import { sheetValuesOf, type SheetValueRow } from './sheet-values.js';

const ann = '0b4c9a52-8d1e-4f7a-9c3b-5e2f1a6d7c80';
const bo = '1c5dab63-9e2f-4a8b-8d4c-6f3a2b7e8d91';
const session = '2d6ebc74-af30-4b9c-9e5d-7a4b3c8f9ea2';

const row = (r: Partial<SheetValueRow> & Pick<SheetValueRow, 'kind' | 'member_id'>) =>
  ({
    id: `${r.kind}-${r.member_id}`,
    code: 'study-app-login',
    v: null,
    version: 1,
    decided: null,
    ...r,
  }) as SheetValueRow;

describe('a branch month’s stored cells, as the sheet looks them up', () => {
  const { cells, declared } = sheetValuesOf([
    row({ kind: 'a', member_id: ann, code: session, v: '1', version: 3 }),
    row({ kind: 'q', member_id: ann, v: '27.50' }),
    row({ kind: 'q', member_id: bo, v: '30.00', version: 2 }),
    row({ kind: 'v', member_id: bo, code: 'discipline', v: '1', decided: true }),
    row({ kind: 'p', id: 'first', member_id: ann, code: 'volunteer-service' }),
    row({ kind: 'p', id: 'second', member_id: ann, code: 'volunteer-service' }),
  ]);

  it('finds each cell by its member and its column, and no other member’s', () => {
    expect(cells.get(ann, `session:${session}`)).toMatchObject({
      value: '1',
      version: 3,
      table: 'attendance',
    });
    // A quota as the form shows it: no trailing zeros.
    expect(cells.get(ann, 'item:study-app-login')?.value).toBe('27.5');
    expect(cells.get(bo, 'item:study-app-login')).toMatchObject({ value: '30', version: 2 });
    expect(cells.get(bo, 'item:discipline')).toMatchObject({ table: 'violation', decided: true });
    expect(cells.get(bo, `session:${session}`)).toBeUndefined();
    expect(cells.of(ann).size).toBe(2);
    expect(cells.of('someone else').size).toBe(0);
    expect(cells.size).toBe(4);
  });

  it('keeps a member’s counted declarations of an item together, in the order read', () => {
    expect(declared.get(ann, 'item:volunteer-service')).toEqual(['first', 'second']);
    expect(declared.get(bo, 'item:volunteer-service')).toBeUndefined();
    expect(declared.size).toBe(1);
    expect([...declared.entries()]).toEqual([[ann, 'item:volunteer-service', ['first', 'second']]]);
  });
});
