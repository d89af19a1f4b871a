import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { loggedIn, renderApp, viewer } from '../../test/render-app';

const LABELS: Record<string, string> = { ACTIVE: '有效', EXPIRED: '已过期', REVOKED: '已吊销' };
const token = (id: string, name: string, status: string, revokedAt: string | null = null) => ({
  __typename: 'ApiToken',
  id,
  name,
  prefix: `jfn_…${id.slice(0, 4)}`,
  status,
  statusLabel: LABELS[status],
  createdAt: '2026-11-01T02:00:00.000Z',
  expiresAt: '2027-01-30T02:00:00.000Z',
  revokedAt,
});

describe('API tokens', () => {
  it('lists the analyst’s tokens, shows a new one once, and revokes one', async () => {
    const rows = [token('t111', '季度报表脚本', 'ACTIVE'), token('t222', '旧脚本', 'EXPIRED')];
    const created: unknown[] = [];
    const revoked: unknown[] = [];
    renderApp(
      '/account/api-tokens',
      loggedIn(viewer([{ role: 'ANALYST', branchId: null }], '分析员'), {
        ApiTokenOwners: () => ({
          data: {
            apiTokenOwners: [
              { __typename: 'UserAccount', id: 'u1', loginName: 'analyst', displayName: '分析员' },
            ],
          },
        }),
        ApiTokens: () => ({ data: { apiTokens: rows } }),
        CreateApiToken: (op) => {
          created.push(op.variables);
          rows.unshift(token('t333', '新脚本', 'ACTIVE'));
          return {
            data: {
              createApiToken: {
                __typename: 'CreatedApiToken',
                token: 'jfn_secret-shown-once',
                apiToken: { __typename: 'ApiToken', id: 't333' },
              },
            },
          };
        },
        RevokeApiToken: (op) => {
          revoked.push(op.variables);
          return {
            data: {
              revokeApiToken: {
                __typename: 'ApiToken',
                id: 't111',
                status: 'REVOKED',
                statusLabel: '已吊销',
                revokedAt: '2026-11-16T02:00:00.000Z',
              },
            },
          };
        },
      }),
    );
    const table = await screen.findByRole('table', {}, { timeout: 10_000 });
    await waitFor(() => expect(table).toHaveTextContent('季度报表脚本'));
    expect(table).toHaveTextContent('有效');
    expect(table).toHaveTextContent('已过期');
    // An expired token has nothing left to revoke.
    expect(screen.getAllByRole('button', { name: '吊 销' })).toHaveLength(1);

    await userEvent.type(screen.getByPlaceholderText('用途, 如“季度报表脚本”'), '新脚本');
    await userEvent.click(screen.getByRole('button', { name: '新建令牌' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByTestId('new-token')).toHaveTextContent('jfn_secret-shown-once');
    expect(created).toEqual([{ input: { name: '新脚本', expiresInDays: 90, userId: 'u1' } }]);
    await userEvent.click(within(dialog).getByRole('button', { name: '我已保存' }));
    await waitFor(() => expect(screen.queryByText('jfn_secret-shown-once')).toBeNull());

    await userEvent.click(screen.getByTestId('revoke-t111'));
    await userEvent.click(await screen.findByRole('button', { name: /确\s?定|OK/ }));
    await waitFor(() => expect(revoked).toEqual([{ id: 't111' }]));
    // The row shows the status the server named after the revocation.
    await waitFor(() => expect(table).toHaveTextContent('已吊销'));
  }, 60_000);
});
