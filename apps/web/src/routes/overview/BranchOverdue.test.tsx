import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { loggedIn, renderApp, viewer, type FakeAnswer } from '../../test/render-app';

const NONE: FakeAnswer = {
  errors: [{ message: '无', extensions: { code: 'NOT_FOUND', messageEn: 'none' } }],
  data: null,
};

const step = (ref: string, labelZh: string, link: string) => ({
  __typename: 'TaskItem',
  ref,
  labelZh,
  labelEn: labelZh,
  dueOn: '2026-04-08',
  overdue: true,
  link,
});

/** The committee's myTasks: 办公室 has an unanswered spot-check finding and an unstarted quarter. */
const tasks = {
  __typename: 'TaskList',
  total: 0,
  overdue: 0,
  today: '2026-04-20',
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
      dueOn: '2026-04-08',
      overdue: true,
      link: '/overview',
      followUp: true,
      menuKey: 'overview',
      items: [
        step(
          'quartersToStart:2026-Q1',
          '季度考评待开始：2026年第一季度',
          '/quarterly-review?year=2026&quarter=1',
        ),
        step('spotCheckFindings:i1', '抽查问题待答复：2026-02 每日一题', '/spot-check'),
      ],
    },
  ],
};

describe("the committee's overview of overdue branch steps", () => {
  it('lists each branch with its overdue steps, linking those the committee may open', async () => {
    const server = loggedIn(viewer([{ role: 'COMMITTEE_ADMIN', branchId: null }], '机关党委'), {
      MyTasks: () => ({ data: { myTasks: tasks } }),
      OverviewStatistics: () => NONE,
    });
    renderApp('/overview', server);
    const branch = await screen.findByTestId('overdue-branch-b1', {}, { timeout: 15_000 });
    expect(branch).toHaveTextContent('办公室党支部');
    expect(branch).toHaveTextContent('2 项已逾期');
    const finding = within(branch).getByTestId('overdue-step-spotCheckFindings:i1');
    expect(within(finding).getByRole('link')).toHaveAttribute('href', '/spot-check');
    expect(finding).toHaveTextContent('截止');
    // The quarterly review is the branch's screen: named, not a link the committee cannot open.
    const quarter = within(branch).getByTestId('overdue-step-quartersToStart:2026-Q1');
    expect(quarter).toHaveTextContent('季度考评待开始：2026年第一季度');
    expect(within(quarter).queryByRole('link')).toBeNull();
  }, 30_000);

  it('says so when no branch is behind', async () => {
    const server = loggedIn(viewer([{ role: 'COMMITTEE_ADMIN', branchId: null }], '机关党委'), {
      OverviewStatistics: () => NONE,
    });
    renderApp('/overview', server);
    const card = await screen.findByTestId('branch-overdue', {}, { timeout: 15_000 });
    expect(await within(card).findByText('各支部暂无逾期事项')).toBeInTheDocument();
  }, 30_000);
});
