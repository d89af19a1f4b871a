import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { loggedIn, renderApp, viewer } from '../../test/render-app';

const item = (ref: string, labelEn: string) => ({
  __typename: 'TaskItem',
  ref,
  labelZh: ref,
  labelEn,
  dueOn: '2026-03-31',
  overdue: true,
  link: '/overview',
});

/** One branch with two overdue steps, as the committee's to-do list groups them. */
const tasks = {
  __typename: 'TaskList',
  total: 1,
  overdue: 1,
  today: '2026-12-02',
  tasks: [
    {
      __typename: 'Task',
      kind: 'BRANCH_OVERDUE_STEPS',
      role: 'COMMITTEE_ADMIN',
      branchId: 'b1',
      branchName: '办公室党支部',
      labelZh: '2 个环节已逾期',
      labelEn: '2 steps overdue',
      count: 2,
      overdueCount: 2,
      dueOn: '2026-03-31',
      overdue: true,
      link: '/overview',
      menuKey: 'overview',
      items: [
        item('warningCasesDue:c1', '2025 warning: rectification by 雷红娜'),
        item('disputesToDecide:d1', '2026-07: home visits'),
      ],
    },
  ],
};

describe('the to-do list', () => {
  it('lists a group’s items with the separator of the reader’s language', async () => {
    const server = loggedIn(viewer([{ role: 'COMMITTEE_ADMIN', branchId: null }], 'Zhou'), {
      MyTasks: () => ({ data: { myTasks: tasks } }),
    });
    renderApp('/', server, 'en');
    expect(
      await screen.findByText(
        '2025 warning: rectification by 雷红娜; 2026-07: home visits',
        {},
        { timeout: 15_000 },
      ),
    ).toBeInTheDocument();
  }, 30_000);
});
