import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { loggedIn, renderApp, viewer } from '../../test/render-app';
import { blankRecorded } from './spot-check.fixture';

const item = {
  __typename: 'SpotCheckItem',
  id: 'i1',
  position: 1,
  kind: 'QUOTA_ENTRY',
  kindLabel: '定额记录',
  month: '2026-07',
  state: 'FOLLOW_UP',
  stateLabel: '待支部答复',
  availableActions: ['answer'],
  findingNote: '台账记录与原始凭证不一致，请支部核实',
  answer: null,
  correctionId: null,
  closingNote: null,
  checkedAt: '2026-10-12T02:00:00Z',
  answeredAt: null,
  closedAt: null,
  branch: { __typename: 'Branch', id: 'b1', name: '办公室党支部' },
  recorded: {
    ...blankRecorded,
    memberName: '邹华梅',
    itemNameZh: '完成每日一题',
    itemNameEn: 'Daily question',
    value: '14',
  },
};

describe('a branch’s spot-check findings', () => {
  it('show what the checker found in the row the branch answers from', async () => {
    const server = loggedIn(viewer([{ role: 'SECRETARY', branchId: 'b1' }]), {
      SpotChecks: () => ({
        data: {
          spotChecks: [
            {
              __typename: 'SpotCheck',
              id: 's1',
              title: '2026年第三季度台账抽查',
              fromMonth: '2026-07',
              toMonth: '2026-09',
              seed: 'demo',
              requestedSize: 5,
              requestedShare: null,
              populationSize: 120,
              sampleSize: 1,
              createdAt: '2026-10-10T02:00:00Z',
              stateCounts: [
                {
                  __typename: 'FindingStateCount',
                  state: 'FOLLOW_UP',
                  label: '待支部答复',
                  count: 1,
                },
              ],
              items: [item],
            },
          ],
        },
      }),
    });
    renderApp('/spot-check/follow-ups', server);
    const row = (await screen.findByText('完成每日一题')).closest('tr')!;
    expect(within(row).getByText('待支部答复')).toBeInTheDocument();
    expect(within(row).getByTestId('finding-note')).toHaveTextContent(
      '台账记录与原始凭证不一致，请支部核实',
    );
    expect(within(row).getByRole('button', { name: /答\s*复/ })).toBeInTheDocument();
  });
});
