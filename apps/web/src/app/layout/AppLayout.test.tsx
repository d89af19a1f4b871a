import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { loggedIn, renderApp, viewer } from '../../test/render-app';

const member = (id: string, name: string, status: 'FULL' | 'PROBATIONARY', branchId = 'b1') => ({
  __typename: 'Member',
  id,
  name,
  status,
  position: '科员',
  active: true,
  joinedOn: '2010-07-01',
  fullMemberOn: null,
  availableActions: [],
  branchId,
  groupId: null,
  group: null,
  branch: {
    __typename: 'Branch',
    id: branchId,
    name: branchId === 'b1' ? '办公室党支部' : '财务处党支部',
  },
});

describe('the app shell', () => {
  it('sends a visitor who is not logged in to the log-in page, remembering where they were going', async () => {
    const { router } = renderApp('/roster', () => ({ data: { me: null } }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/login'));
    expect(router.state.location.search).toBe('?next=%2Froster');
    expect(await screen.findByLabelText('用户名')).toBeInTheDocument();
  });

  it('greets the person with their roles in Chinese and the branch each belongs to', async () => {
    renderApp(
      '/',
      loggedIn(
        viewer(
          [
            { role: 'SCOREKEEPER', branchId: 'b1' },
            { role: 'SCOREKEEPER', branchId: 'b2' },
            { role: 'MEMBER', branchId: 'b1' },
          ],
          '王记分',
        ),
      ),
    );
    expect(await screen.findByText('王记分，您好')).toBeInTheDocument();
    const roles = await screen.findByTestId('roles');
    await waitFor(() => expect(roles).toHaveTextContent('记分员 · 办公室党支部'));
    expect(roles).toHaveTextContent('记分员 · 财务处党支部');
    expect(roles).toHaveTextContent('党员 · 办公室党支部');
    expect(screen.getByTestId('branches')).toHaveTextContent('办公室党支部、财务处党支部');
    const menu = screen.getByRole('menu');
    expect(within(menu).getByText('月度台账')).toBeInTheDocument();
    expect(within(menu).getByText('我的积分')).toBeInTheDocument();
    expect(within(menu).queryByText('年度方案')).toBeNull();
  });

  it('shows an analyst the bureau they span, not one of its branches', async () => {
    renderApp('/', loggedIn(viewer([{ role: 'ANALYST', branchId: null }], '分析员')));
    expect(await screen.findByTestId('active-bureau')).toHaveTextContent('常州市机关事务管理局');
    expect(screen.queryByTestId('active-branch')).toBeNull();
    expect(screen.queryByTestId('branch-switcher')).toBeNull();
  });

  it('lets a person with roles in two branches switch, and the roster follows', async () => {
    const { sent } = renderApp(
      '/roster',
      loggedIn(
        viewer([
          { role: 'SCOREKEEPER', branchId: 'b1' },
          { role: 'SCOREKEEPER', branchId: 'b2' },
        ]),
        {
          Roster: (op) => ({
            data: {
              members:
                op.variables?.['branchId'] === 'b2'
                  ? [member('m3', '钱财务', 'FULL', 'b2')]
                  : [member('m1', '赵正式', 'FULL'), member('m2', '孙预备', 'PROBATIONARY')],
            },
          }),
        },
      ),
    );
    expect(await screen.findByText('赵正式')).toBeInTheDocument();
    expect(screen.getByText('孙预备')).toBeInTheDocument();
    expect(screen.getByTestId('roster-count')).toHaveTextContent('共 2 人');

    const user = userEvent.setup();
    // Filter by status, then by name.
    await user.click(screen.getByText('预备党员', { selector: '.ant-segmented-item-label' }));
    await waitFor(() => expect(screen.queryByText('赵正式')).toBeNull());
    expect(screen.getByText('孙预备')).toBeInTheDocument();
    await user.click(screen.getByText('全部'));
    await user.type(screen.getByPlaceholderText('按姓名筛选'), '赵');
    await waitFor(() => expect(screen.queryByText('孙预备')).toBeNull());
    await user.clear(screen.getByPlaceholderText('按姓名筛选'));

    // Switch to the other branch.
    await user.click(screen.getByRole('combobox', { name: '当前支部' }));
    await user.click(await screen.findByTitle('财务处党支部'));
    expect(await screen.findByText('钱财务')).toBeInTheDocument();
    expect(sent.filter((o) => o.operationName === 'Roster').map((o) => o.variables)).toEqual([
      { branchId: 'b1' },
      { branchId: 'b2' },
    ]);
    expect(localStorage.getItem('jifen.branch.u1')).toBe('b2');
  });

  it('refuses a screen the roles do not open', async () => {
    renderApp('/scheme', loggedIn(viewer([{ role: 'MEMBER', branchId: 'b1' }])));
    expect(await screen.findByText('403')).toBeInTheDocument();
    expect(screen.getByText('您的角色无权访问此页面')).toBeInTheDocument();
    expect(screen.queryByText('页面不存在')).not.toBeInTheDocument();
  });

  it('returns to the log-in page when the session ends mid-way', async () => {
    const { router } = renderApp(
      '/roster',
      loggedIn(viewer([{ role: 'SECRETARY', branchId: 'b1' }]), {
        Roster: () => ({
          data: null,
          errors: [
            {
              message: '请先登录',
              extensions: { code: 'UNAUTHENTICATED', messageEn: 'Please log in first' },
            },
          ],
        }),
      }),
    );
    await waitFor(() => expect(router.state.location.pathname).toBe('/login'));
    expect(await screen.findByText('登录已失效，请重新登录')).toBeInTheDocument();
  });
});
