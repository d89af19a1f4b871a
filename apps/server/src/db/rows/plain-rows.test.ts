import { describe, expect, it } from 'vitest';
import { columnsWithPrefix, ownColumns } from './plain-rows.js';

// Two ranking lines as one joined statement returns them: the summary's own columns, then its
// member's (`m__`) and branch's (`b__`), the second line's branch not found by the left join.
const rows = [
  { id: 's1', total: '90.00', m__id: 'm1', m__name: '张三', b__id: 'b1', b__name: '办公室党支部' },
  { id: 's2', total: '80.50', m__id: 'm2', m__name: '李四', b__id: null, b__name: null },
];

describe('rows of one joined statement, taken apart', () => {
  it('gives each joined table its own columns back, null where the join found nothing', () => {
    expect(columnsWithPrefix(rows, 'm__')).toEqual([
      { id: 'm1', name: '张三' },
      { id: 'm2', name: '李四' },
    ]);
    expect(columnsWithPrefix(rows, 'b__')).toEqual([{ id: 'b1', name: '办公室党支部' }, null]);
    expect(columnsWithPrefix([], 'm__')).toEqual([]);
  });

  it('leaves the main table only its own columns', () => {
    expect(ownColumns(rows, ['m__', 'b__'])).toEqual([
      { id: 's1', total: '90.00' },
      { id: 's2', total: '80.50' },
    ]);
    expect(ownColumns(rows, ['m__'])[0]).toEqual({
      id: 's1',
      total: '90.00',
      b__id: 'b1',
      b__name: '办公室党支部',
    });
    expect(ownColumns(rows, [])).toEqual(rows);
  });
});
