import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { loggedIn, renderApp, viewer } from '../../test/render-app';

/** Last year's red case of the member, in rectification with one of two measures done. */
const redCase = {
  __typename: 'OutcomeCase',
  id: 'c1',
  year: 2025,
  branchId: 'b1',
  memberId: 'm1',
  level: 'RED',
  levelLabel: '红色预警',
  total: '55.00',
  state: 'RECTIFYING',
  stateLabel: '整改中',
  workflow: [],
  availableActions: [],
  probationExtension: false,
  redTwoYearsRunning: false,
  interviewedOn: '2026-01-15',
  interviewRecord: '已约谈',
  causes: '缺席组织生活',
  closingNote: null,
  openedAt: '2026-01-12T02:00:00Z',
  closedAt: null,
  member: { __typename: 'Member', id: 'm1', name: '邹华梅', status: 'FULL' },
  measures: [
    {
      __typename: 'RectificationMeasure',
      id: 'r1',
      position: 1,
      description: '按时参加支部大会',
      deadline: '2026-03-31',
      doneOn: '2026-02-01',
      doneNote: null,
    },
    {
      __typename: 'RectificationMeasure',
      id: 'r2',
      position: 2,
      description: '每日登录学习强国',
      deadline: '2026-03-31',
      doneOn: null,
      doneNote: null,
    },
  ],
};

const member = () => ({
  ...viewer([{ role: 'MEMBER', branchId: 'b1' }], '邹华梅'),
  memberId: 'm1',
});

describe('my scores: my warning cases', { timeout: 30_000 }, () => {
  it('shows the member their own case of last year, its measures and where it stands', async () => {
    const server = loggedIn(member(), {
      MemberOutcomeCases: (op) => {
        expect(op.variables).toEqual({ memberId: 'm1' });
        return { data: { outcomeCases: [redCase] } };
      },
    });
    renderApp('/my/scores', server);
    const card = await screen.findByTestId('my-outcomes', {}, { timeout: 15_000 });
    expect(card).toHaveTextContent('我的预警处置');
    expect(within(card).getByText('2025')).toBeInTheDocument();
    expect(card).toHaveTextContent('红色预警');
    expect(card).toHaveTextContent('整改中');
    expect(card).toHaveTextContent('已完成 1/2');
  });

  it('shows nothing of the kind to a member without a case', async () => {
    const server = loggedIn(member(), {
      MemberOutcomeCases: () => ({ data: { outcomeCases: [] } }),
    });
    const { sent } = renderApp('/my/scores', server);
    await waitFor(
      () => expect(sent.some((o) => o.operationName === 'MemberOutcomeCases')).toBe(true),
      { timeout: 15_000 },
    );
    await new Promise((r) => setTimeout(r, 300));
    expect(screen.queryByTestId('my-outcomes')).toBeNull();
  });
});
