import { describe, expect, it } from 'vitest';
import { compareGroupNames, inGroupOrder } from './group-order.js';

const sorted = (names: string[]) => [...names].sort(compareGroupNames);

describe('party groups in order', () => {
  it('go by their number, in words or digits, not by the characters’ codes', () => {
    expect(sorted(['第三党小组', '第二党小组', '第一党小组'])).toEqual([
      '第一党小组',
      '第二党小组',
      '第三党小组',
    ]);
    expect(
      sorted(['第十二党小组', '第二党小组', '第十党小组', '第二十党小组', '第九党小组']),
    ).toEqual(['第二党小组', '第九党小组', '第十党小组', '第十二党小组', '第二十党小组']);
    expect(sorted(['第10党小组', '第2党小组'])).toEqual(['第2党小组', '第10党小组']);
    expect(sorted(['一百零五组', '九十九组'])).toEqual(['九十九组', '一百零五组']);
  });

  it('fall back to pinyin when names are not numbered alike', () => {
    expect(sorted(['退休党小组', '机关党小组', '第一党小组'])).toEqual([
      '第一党小组',
      '机关党小组',
      '退休党小组',
    ]);
    expect(inGroupOrder([{ name: '第二组' }, { name: '第一组' }]).map((g) => g.name)).toEqual([
      '第一组',
      '第二组',
    ]);
  });
});
