import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { loggedIn, renderApp, viewer } from '../../test/render-app';

const deadline = (key: string, days: number, labelZh: string) => ({
  __typename: 'DeadlineSetting',
  key,
  days,
  defaultDays: days,
  labelZh,
  labelEn: key,
});
const settings = (webhookUrl: string | null) => ({
  __typename: 'TaskSettings',
  deadlines: [
    deadline('DECLARATION_DECISION', 10, '记分员审核个人申报（自提交之日起）'),
    deadline('MONTH_RECORDING', 5, '记分员登记当月台账（自月末起）'),
  ],
  webhookEnabled: false,
  webhookUrl,
});
const refused = (message: string, field: string) => ({
  data: null,
  errors: [{ message, extensions: { code: 'BAD_USER_INPUT', field, messageEn: message } }],
});

describe('the task settings screen', () => {
  it("shows the server's deadlines and puts each refusal at its field", async () => {
    const sent: unknown[] = [];
    const server = loggedIn(viewer([{ role: 'COMMITTEE_ADMIN', branchId: null }], '机关党委'), {
      TaskSettings: () => ({ data: { taskSettings: settings(null) } }),
      SetTaskSettings: (op) => {
        const input = op.variables?.['input'] as {
          deadlines: { days: number }[];
          webhookUrl: string;
        };
        sent.push(input);
        if (input.deadlines[1]!.days > 60)
          return refused('期限应为 1 至 60 个工作日', 'input.deadlines.1.days');
        if (!input.webhookUrl.startsWith('http'))
          return refused('推送地址应为 http:// 或 https:// 开头的网址', 'input.webhookUrl');
        return { data: { setTaskSettings: settings(input.webhookUrl) } };
      },
    });
    renderApp('/task-settings', server);
    const page = await screen.findByTestId('task-settings', {}, { timeout: 15_000 });
    expect(page).toHaveTextContent('记分员登记当月台账（自月末起）');
    const user = userEvent.setup();
    const months = within(page).getByTestId('deadline-MONTH_RECORDING');
    await user.clear(months);
    await user.type(months, '90');
    await user.type(within(page).getByTestId('webhook-url'), 'ftp://msg.example');
    await user.click(within(page).getByRole('button', { name: /保存设置/ }));
    // The month's deadline, second in the list, is named by the server and shown at its input.
    expect(await within(page).findByText('期限应为 1 至 60 个工作日')).toBeInTheDocument();
    expect(sent[0]).toMatchObject({
      deadlines: [
        { key: 'DECLARATION_DECISION', days: 10 },
        { key: 'MONTH_RECORDING', days: 90 },
      ],
    });
    await user.clear(months);
    await user.type(months, '7');
    await user.click(within(page).getByRole('button', { name: /保存设置/ }));
    expect(
      await within(page).findByText('推送地址应为 http:// 或 https:// 开头的网址'),
    ).toBeInTheDocument();
    await waitFor(() => expect(within(page).queryByText('期限应为 1 至 60 个工作日')).toBeNull());
  }, 40_000);

  it('is in the menu of committee admins only', async () => {
    const server = loggedIn(viewer([{ role: 'SECRETARY', branchId: 'b1' }], '书记'));
    renderApp('/', server);
    await screen.findByTestId('greeting', {}, { timeout: 15_000 });
    expect(screen.queryByRole('link', { name: /待办与提醒设置/ })).toBeNull();
  }, 30_000);
});
