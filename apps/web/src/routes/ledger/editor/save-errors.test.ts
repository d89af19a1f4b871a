import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';
import { saveRefusal } from './save-errors';

const refused = (errors: { message: string; extensions: Record<string, unknown> }[]) =>
  new CombinedGraphQLErrors({ data: null, errors });

describe('a refused save', () => {
  const sent = [{ id: 'm1|item:a' }, { id: 'm2|item:b' }];

  it('puts a wrong value on the cell it was sent from, and keeps the rest for the banner', () => {
    const refusal = saveRefusal(
      refused([
        {
          message: '应为 0 到 31 之间的整数',
          extensions: {
            code: 'BAD_USER_INPUT',
            field: 'input.cells[1].value',
            messageEn: 'Whole number 0–31',
          },
        },
        {
          message: '本月已锁定',
          extensions: { code: 'BAD_USER_INPUT', messageEn: 'The month is locked' },
        },
      ]),
      sent,
    );
    expect(refusal.network).toBe(false);
    if (refusal.network) return;
    expect([...refusal.problems]).toEqual([
      ['m2|item:b', { zh: '应为 0 到 31 之间的整数', en: 'Whole number 0–31' }],
    ]);
    expect(refusal.general).toEqual([{ zh: '本月已锁定', en: 'The month is locked' }]);
    expect(refusal.conflicts.size).toBe(0);
  });

  it('lists conflicts cell by cell, and says a conflict without cells in the banner', () => {
    const refusal = saveRefusal(
      refused([
        {
          message: '他人已修改',
          extensions: {
            code: 'CONFLICT',
            details: {
              cells: [
                {
                  memberId: 'm1',
                  itemCode: 'a',
                  sessionId: null,
                  currentValue: '30',
                  currentVersion: 2,
                  expectedVersion: 1,
                },
              ],
            },
          },
        },
        { message: '方案已更新', extensions: { code: 'CONFLICT' } },
      ]),
      sent,
    );
    if (refusal.network) throw new Error('not a network failure');
    expect([...refusal.conflicts.keys()]).toEqual(['m1|item:a']);
    expect(refusal.conflicts.get('m1|item:a')).toMatchObject({
      currentValue: '30',
      currentVersion: 2,
    });
    expect(refusal.problems.size).toBe(0);
    expect(refusal.general.map((g) => g.zh)).toContain('方案已更新');
  });

  it('is a network failure when no GraphQL answer came back', () => {
    expect(saveRefusal(new TypeError('Failed to fetch'), sent)).toEqual({ network: true });
  });
});
