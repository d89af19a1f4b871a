import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { loggedIn, renderApp, viewer } from '../../test/render-app';

const task = (kind: string, menuKey: string, link: string, count = 1) => ({
  __typename: 'Task',
  kind,
  role: 'SECRETARY',
  branchId: 'b1',
  branchName: '办公室党支部',
  labelZh: `${count} 项`,
  labelEn: `${count} items`,
  count,
  overdueCount: 0,
  dueOn: null,
  overdue: false,
  link,
  followUp: false,
  menuKey,
  items: [],
});

const answer = (tasks: ReturnType<typeof task>[]) => ({
  data: {
    myTasks: {
      __typename: 'TaskList',
      total: tasks.reduce((n, t) => n + t.count, 0),
      overdue: 0,
      today: '2026-12-02',
      tasks,
    },
  },
});

const menuLink = async (name: string) =>
  (await screen.findByRole('link', { name: new RegExp(`^${name}`) })).getAttribute('href');

describe('the menu’s badges', () => {
  it('open the page where the waiting items are: last year’s warning case, not this year’s empty list', async () => {
    const server = loggedIn(viewer([{ role: 'SECRETARY', branchId: 'b1' }]), {
      MyTasks: () =>
        answer([
          task('WARNING_CASES_DUE', 'warnings', '/warnings?year=2025'),
          task('DECLARATIONS_TO_DECIDE', 'declarationsInbox', '/declarations', 2),
        ]),
    });
    renderApp('/', server);
    expect(await screen.findByTestId('badge-warnings')).toHaveTextContent('1');
    expect(await menuLink('预警跟踪')).toBe('/warnings?year=2025');
    expect(await menuLink('申报审核')).toBe('/declarations');
  }, 30_000);

  it('keep the entry’s own page when the items are in several places', async () => {
    const server = loggedIn(viewer([{ role: 'SECRETARY', branchId: 'b1' }]), {
      MyTasks: () =>
        answer([
          task('QUARTERS_TO_START', 'quarterlyReview', '/quarterly-review?year=2026&quarter=3'),
          task('QUARTERS_TO_SIGN', 'quarterlyReview', '/quarterly-review?year=2026&quarter=4'),
        ]),
    });
    renderApp('/', server);
    expect(await screen.findByTestId('badge-quarterlyReview')).toHaveTextContent('2');
    expect(await menuLink('季度考评')).toBe('/quarterly-review');
  }, 30_000);
});
