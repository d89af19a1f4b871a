import { screen, within } from '@testing-library/react';
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
      followUp: true,
      menuKey: 'overview',
      items: [
        item('warningCasesDue:c1', '2025 warning: rectification by 雷红娜'),
        item('disputesToDecide:d1', '2026-07: home visits'),
      ],
    },
  ],
};

/** The committee's own step: a branch's chosen item to approve, not yet due. */
const approve = {
  __typename: 'Task',
  kind: 'BRANCH_ITEMS_TO_APPROVE',
  role: 'COMMITTEE_ADMIN',
  branchId: null,
  branchName: null,
  labelZh: '1 个支部自选项目待审批',
  labelEn: '1 branch item to approve',
  count: 1,
  overdueCount: 0,
  dueOn: '2026-12-22',
  overdue: false,
  link: '/special-items',
  followUp: false,
  menuKey: 'special-items',
  items: [{ ...item('branchItem:i1', 'Volunteer service'), dueOn: '2026-12-22', overdue: false }],
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

  it('keeps the branches’ overdue steps the committee follows up apart from its own, uncounted', async () => {
    const list = { ...tasks, total: 1, overdue: 0, tasks: [approve, ...tasks.tasks] };
    const server = loggedIn(viewer([{ role: 'COMMITTEE_ADMIN', branchId: null }], '周红'), {
      MyTasks: () => ({ data: { myTasks: list } }),
    });
    renderApp('/', server);
    const card = await screen.findByTestId('my-tasks', {}, { timeout: 15_000 });
    expect(await within(card).findByText('1 个支部自选项目待审批')).toBeInTheDocument();
    expect(within(card).getByText('支部逾期环节（跟进）')).toBeInTheDocument();
    const followUps = within(card).getByTestId('task-follow-ups');
    expect(followUps).toHaveTextContent('2 个环节已逾期');
    expect(followUps).toHaveTextContent('办公室党支部');
    expect(followUps).not.toHaveTextContent('自选项目');
    expect(followUps).not.toHaveTextContent('机关党委管理员');
    expect(within(card).getByText('机关党委管理员')).toBeInTheDocument();
    // The count beside 我的待办 is the committee's own.
    expect(card.querySelector('.ant-card-head .ant-badge')).toHaveTextContent(/^1$/);
  }, 30_000);

  it('says there is nothing to do when only branches’ steps wait, and still lists them', async () => {
    const list = { ...tasks, total: 0, overdue: 0 };
    const server = loggedIn(viewer([{ role: 'COMMITTEE_ADMIN', branchId: null }], '周红'), {
      MyTasks: () => ({ data: { myTasks: list } }),
    });
    renderApp('/', server);
    const card = await screen.findByTestId('my-tasks', {}, { timeout: 15_000 });
    expect(await within(card).findByText('暂无待办事项')).toBeInTheDocument();
    expect(within(card).getByTestId('task-follow-ups')).toHaveTextContent('2 个环节已逾期');
    // No 0 beside 我的待办.
    expect(card.querySelector('.ant-card-head .ant-badge-count')).toBeNull();
    expect(card.querySelector('.ant-card-head')).not.toHaveTextContent('0');
  }, 30_000);
});
