import { scheme2021 } from '@jifen/scoring';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { loggedIn, renderApp, viewer, VIEWER_YEAR, type FakeAnswer } from '../../test/render-app';

const YEAR = VIEWER_YEAR;

function version(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Scheme',
    id: 's1',
    year: YEAR,
    version: 1,
    status: 'DRAFT',
    statusLabel: '草稿',
    definition: { ...scheme2021, year: YEAR },
    effectiveFromMonth: `${YEAR}-01`,
    reason: null,
    origin: 'default-2021',
    originLabel: '2021 年默认方案',
    basedOnId: null,
    publishedAt: null,
    createdAt: `${YEAR}-01-02T00:00:00Z`,
    revision: 3,
    ...overrides,
  };
}

function server(save: () => FakeAnswer) {
  return loggedIn(viewer([{ role: 'COMMITTEE_ADMIN', branchId: null }]), {
    Schemes: (op) => ({ data: { schemes: op.variables?.['year'] === YEAR ? [version()] : [] } }),
    UpdateSchemeDraft: save,
  });
}

describe('the scheme screen', { timeout: 60_000 }, () => {
  it('checks a draft as it is typed, at the field, and saves it with its revision', async () => {
    const { sent } = renderApp(
      '/scheme',
      server(() => ({ data: { updateSchemeDraft: version({ revision: 4 }) } })),
    );
    expect(await screen.findByTestId('scheme-valid')).toHaveTextContent('方案校验通过');
    expect(screen.getByTestId('scheme-status')).toHaveTextContent('草稿');

    // (One change per value: typing key by key re-renders the whole editor each time in jsdom.)
    const user = userEvent.setup();
    const weight = screen.getByLabelText('政治学习 权重');
    fireEvent.change(weight, { target: { value: '3x' } });
    // The problem shows under the field it is about, and in the list above.
    expect(weight).toHaveAttribute('aria-invalid', 'true');
    const atField = document.querySelector(
      '[data-problem-path="sections.base.categories[0].weight"]',
    );
    expect(atField).toHaveTextContent('应为精确的十进制数');
    const problems = screen.getByTestId('scheme-problems');
    // The list names the field in words, never by its path.
    expect(within(problems).getByText('基础分第 1 类的权重')).toBeInTheDocument();
    expect(problems).not.toHaveTextContent('sections.');
    expect(screen.getByRole('button', { name: /保\s*存/ })).toBeDisabled();

    fireEvent.change(weight, { target: { value: '30' } });
    expect(await screen.findByTestId('scheme-valid')).toBeInTheDocument();
    expect(screen.getByText('已修改（未保存）')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /保\s*存/ }));
    await waitFor(() =>
      expect(sent.some((o) => o.operationName === 'UpdateSchemeDraft')).toBe(true),
    );
    const saveOp = sent.find((o) => o.operationName === 'UpdateSchemeDraft');
    expect(saveOp?.variables?.['expectedRevision']).toBe(3);
    expect(saveOp?.variables?.['id']).toBe('s1');
  });

  it('names a category’s and an item’s code as such beside the field', async () => {
    renderApp(
      '/scheme',
      server(() => ({ data: {} })),
    );
    for (const name of ['政治学习 代码', '登录学习强国 代码']) {
      const field = await screen.findByLabelText(name);
      // The caption sits with the field, not only in its accessible name.
      expect(field.closest('span:has(> .ant-typography)')).toHaveTextContent(/^代码/);
    }
    expect(screen.getByLabelText('登录学习强国 代码')).toHaveValue('study-app-login');
  });

  it('keeps an item’s evidence and note in one captioned column, and says what an empty parent means', async () => {
    renderApp(
      '/scheme',
      server(() => ({ data: {} })),
    );
    const cell = (await screen.findByLabelText('登录学习强国 依据')).closest('td')!;
    expect(within(cell).getByLabelText('登录学习强国 说明')).toBeInTheDocument();
    expect(cell).toHaveTextContent(/^依据.*说明/);
    await userEvent.click(screen.getByRole('tab', { name: /特色分/ }));
    const parent = await screen.findByLabelText('志愿服务参与情况 计入上级项目上限');
    expect(parent.closest('.ant-select')).toHaveTextContent('计入上级项目上限');
  });

  it('says so when someone else saved the draft first, and offers the latest version', async () => {
    renderApp(
      '/scheme',
      server(() => ({
        errors: [
          {
            message: '方案草稿已被他人修改，请刷新后重试',
            extensions: { code: 'CONFLICT', messageEn: 'Someone else changed this draft' },
          },
        ],
        data: null,
      })),
    );
    const user = userEvent.setup();
    fireEvent.change(await screen.findByLabelText('组织生活 权重'), { target: { value: '30.0' } });
    await user.click(screen.getByRole('button', { name: /保\s*存/ }));
    expect(await screen.findByText(/草稿已被他人修改并保存/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '载入最新版本' })).toBeInTheDocument();
  });

  it('offers to start a year that has no scheme', async () => {
    renderApp(
      '/scheme',
      loggedIn(viewer([{ role: 'COMMITTEE_ADMIN', branchId: null }]), {
        Schemes: () => ({ data: { schemes: [] } }),
      }),
    );
    expect(await screen.findByTestId('scheme-empty')).toHaveTextContent(`${YEAR} 年尚无积分方案`);
    expect(screen.getByRole('button', { name: '以 2021 年默认方案新建' })).toBeEnabled();
    expect(screen.getByRole('button', { name: `复制 ${YEAR - 1} 年方案` })).toBeDisabled();
  });

  it('lets an analyst read a draft and try it out, but offers them no step the server would refuse', async () => {
    renderApp(
      '/scheme',
      loggedIn(viewer([{ role: 'ANALYST', branchId: null }]), {
        Schemes: (op) => ({
          data: { schemes: op.variables?.['year'] === YEAR ? [version()] : [] },
        }),
      }),
    );
    expect(await screen.findByRole('button', { name: '放弃修改' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /保\s*存/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /发\s*布/ })).toBeNull();
  });

  it('tells an analyst the scheme in force cannot change, without sending them to correct it', async () => {
    renderApp(
      '/scheme',
      loggedIn(viewer([{ role: 'ANALYST', branchId: null }]), {
        Schemes: (op) => ({
          data: {
            schemes:
              op.variables?.['year'] === YEAR
                ? [
                    version({
                      status: 'PUBLISHED',
                      statusLabel: '现行',
                      publishedAt: `${YEAR}-01-05T02:00:00Z`,
                    }),
                  ]
                : [],
          },
        }),
      }),
    );
    expect(await screen.findByText('现行方案不能修改。')).toBeInTheDocument();
    expect(screen.queryByText(/新建修订版本/)).toBeNull();
    // An item without a note shows none: no empty field, no hint that reads like a setting.
    expect(screen.getByLabelText('廉洁自律，尚俭戒奢 依据')).not.toHaveValue('');
    expect(screen.queryByLabelText('廉洁自律，尚俭戒奢 说明')).toBeNull();
  });

  it('shows an analyst a year without a scheme, with nothing to start', async () => {
    renderApp(
      '/scheme',
      loggedIn(viewer([{ role: 'ANALYST', branchId: null }]), {
        Schemes: () => ({ data: { schemes: [] } }),
      }),
    );
    expect(await screen.findByTestId('scheme-empty')).toHaveTextContent(`${YEAR} 年尚无积分方案`);
    expect(screen.queryByRole('button', { name: '以 2021 年默认方案新建' })).toBeNull();
  });
});
