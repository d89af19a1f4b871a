import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { loggedIn, renderApp, viewer } from '../../test/render-app';
import { NO_FILTER, branchChoices, matchesUser, roleChoices } from './user-filter';

const office = { __typename: 'Branch', id: 'b1', name: '办公室党支部' };
const finance = { __typename: 'Branch', id: 'b2', name: '财务处党支部' };

function account(
  id: string,
  loginName: string,
  displayName: string,
  roles: { role: string; branch: typeof office | null }[],
  extra: Record<string, unknown> = {},
) {
  return {
    __typename: 'UserAccount',
    id,
    loginName,
    displayName,
    disabled: false,
    lockedUntil: null,
    mustChangePassword: false,
    availableActions: ['resetPassword', 'disable'],
    member: null,
    roles: roles.map((g, i) => ({
      __typename: 'RoleGrant',
      id: `${id}-${i}`,
      role: g.role,
      branchId: g.branch?.id ?? null,
      branch: g.branch,
    })),
    ...extra,
  };
}

const users = [
  account('u1', 'admin', '机关党委 周红', [{ role: 'COMMITTEE_ADMIN', branch: null }]),
  account('u2', 'shuji1', '金春建', [{ role: 'SECRETARY', branch: office }], {
    member: { __typename: 'Member', id: 'm2', name: '金春建', branch: office },
  }),
  account('u3', 'shuji2', '龚霞', [{ role: 'SECRETARY', branch: finance }], {
    member: { __typename: 'Member', id: 'm3', name: '龚霞', branch: finance },
  }),
  account('u4', 'jifenyuan1', '曹帆丽', [
    { role: 'SCOREKEEPER', branch: office },
    { role: 'SCOREKEEPER', branch: finance },
  ]),
  account('u5', 'dangyuan9', '邓宇', [{ role: 'MEMBER', branch: finance }], {
    disabled: true,
    availableActions: ['enable'],
    member: { __typename: 'Member', id: 'm5', name: '邓宇', branch: finance },
  }),
  account('u6', 'new.keeper', '新记分员', [], { mustChangePassword: true }),
] as never[];

describe('narrowing the accounts', () => {
  it('finds an account by branch, by role and by state, each on its own or together', () => {
    const logins = (filter: Partial<typeof NO_FILTER>) =>
      users
        .filter((u) => matchesUser(u, { ...NO_FILTER, ...filter }))
        .map((u: { loginName: string }) => u.loginName);
    // A branch holds its members' accounts and those with a role in it.
    expect(logins({ branchId: 'b2' })).toEqual(['shuji2', 'jifenyuan1', 'dangyuan9']);
    expect(logins({ role: 'SECRETARY' })).toEqual(['shuji1', 'shuji2']);
    expect(logins({ branchId: 'b2', role: 'SECRETARY' })).toEqual(['shuji2']);
    expect(logins({ state: 'disabled' })).toEqual(['dangyuan9']);
    expect(logins({ state: 'pendingChange' })).toEqual(['new.keeper']);
    expect(logins({ state: 'enabled', search: '帆' })).toEqual(['jifenyuan1']);
    expect(logins({ state: 'locked' })).toEqual([]);
  });

  it('offers the branches by name and the roles in their order, only those held', () => {
    expect(branchChoices(users).map((b) => b.name)).toEqual(['办公室党支部', '财务处党支部']);
    expect(roleChoices(users)).toEqual(['COMMITTEE_ADMIN', 'SECRETARY', 'SCOREKEEPER', 'MEMBER']);
  });

  it('lets the committee pick a branch and a role on the page, and counts what is left', async () => {
    const server = loggedIn(viewer([{ role: 'COMMITTEE_ADMIN', branchId: null }]), {
      Users: () => ({ data: { users, accountActions: ['create'] } }),
    });
    renderApp('/users', server);
    expect(await screen.findByText('shuji2', {}, { timeout: 15_000 })).toBeInTheDocument();
    expect(screen.getByTestId('users-count')).toHaveTextContent('共 6 个账号');
    // Each account's tags are the states the state filter reads.
    const disabled = screen.getByText('dangyuan9').closest('tr')!;
    expect(disabled).toHaveTextContent('已停用');
    expect(disabled).not.toHaveTextContent('启用');
    expect(screen.getByText('new.keeper').closest('tr')).toHaveTextContent('启用待修改密码');

    const user = userEvent.setup();
    await user.click(screen.getByRole('combobox', { name: '全部支部' }));
    await user.click(await screen.findByTitle('财务处党支部'));
    await waitFor(() => expect(screen.getByTestId('users-count')).toHaveTextContent('共 3 个账号'));
    expect(screen.queryByText('shuji1')).toBeNull();

    await user.click(screen.getByRole('combobox', { name: '全部角色' }));
    const roles = await screen.findAllByTitle('支部书记');
    await user.click(roles.at(-1)!);
    await waitFor(() => expect(screen.getByTestId('users-count')).toHaveTextContent('共 1 个账号'));
    const table = screen.getByRole('table');
    expect(within(table).getByText('shuji2')).toBeInTheDocument();
    expect(within(table).queryByText('dangyuan9')).toBeNull();
    // The member an account belongs to reads under its name.
    expect(within(table).getByTestId('user-member')).toHaveTextContent(
      '对应党员：龚霞（财务处党支部）',
    );
  });
});
