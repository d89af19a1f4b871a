import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp, viewer, type FakeServer } from '../../test/render-app';

const WRONG = {
  errors: [
    {
      message: '用户名或密码错误',
      extensions: { code: 'UNAUTHENTICATED', messageEn: 'Wrong log-in name or password' },
    },
  ],
  data: null,
};

function server(login: FakeServer): FakeServer {
  return (operation) => {
    if (operation.operationName === 'Me') return { data: { me: null } };
    if (operation.operationName === 'Login') return login(operation);
    if (operation.operationName === 'Branches') return { data: { branches: [] } };
    return { errors: [{ message: 'unexpected', extensions: { code: 'TEST' } }] };
  };
}

async function fillAndSubmit(
  name: string,
  password: string,
  labels = ['用户名', '密码', /登\s*录/],
) {
  const user = userEvent.setup();
  await user.type(await screen.findByLabelText(labels[0]!), name);
  await user.type(screen.getByLabelText(labels[1]!), password);
  await user.click(screen.getByRole('button', { name: labels[2]! }));
}

describe('the log-in page', () => {
  it('shows the server`s error above the form and stays on the page', async () => {
    const { sent, router } = renderApp(
      '/login',
      server(() => WRONG),
    );
    await fillAndSubmit('zhiwei1', 'wrong');
    expect(await screen.findByRole('alert')).toHaveTextContent('用户名或密码错误');
    expect(router.state.location.pathname).toBe('/login');
    const login = sent.find((o) => o.operationName === 'Login');
    expect(login?.variables).toEqual({ loginName: 'zhiwei1', password: 'wrong' });
  });

  it('shows the English message in English', async () => {
    renderApp(
      '/login',
      server(() => WRONG),
      'en',
    );
    await fillAndSubmit('zhiwei1', 'wrong', ['Log-in name', 'Password', 'Log in']);
    expect(await screen.findByRole('alert')).toHaveTextContent('Wrong log-in name or password');
  });

  it('puts an error naming a field under that field', async () => {
    renderApp(
      '/login',
      server(() => ({
        data: null,
        errors: [
          {
            message: '密码格式不正确',
            extensions: { code: 'BAD_USER_INPUT', messageEn: 'Bad password', field: 'password' },
          },
        ],
      })),
    );
    await fillAndSubmit('zhiwei1', 'x');
    expect(await screen.findByText('密码格式不正确')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('checks empty fields before sending anything', async () => {
    const { sent } = renderApp(
      '/login',
      server(() => WRONG),
    );
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: /登\s*录/ }));
    expect(await screen.findByText('请输入用户名')).toBeInTheDocument();
    expect(screen.getByText('请输入密码')).toBeInTheDocument();
    expect(sent.some((o) => o.operationName === 'Login')).toBe(false);
  });

  it('logs in and goes where the person was heading', async () => {
    const me = viewer([{ role: 'SECRETARY', branchId: 'b1' }], '金春建');
    const { router } = renderApp(
      '/login?next=%2Froster',
      server(() => ({
        data: {
          login: { expiresAt: '2030-01-01T00:00:00Z', viewer: { __typename: 'Viewer', ...me } },
        },
      })),
    );
    await fillAndSubmit('shuji1', 'Jifen@2026');
    await waitFor(() => expect(router.state.location.pathname).toBe('/roster'));
  });
});
