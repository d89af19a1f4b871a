import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { loggedIn, renderApp, viewer, type FakeAnswer } from '../../test/render-app';
import { sheetFixture, typedSheet } from './sheet.fixture';

const NOT_HERE: FakeAnswer = {
  errors: [{ message: '无', extensions: { code: 'NOT_FOUND', messageEn: 'none' } }],
  data: null,
};

function cellOf(container: HTMLElement, id: string): HTMLElement {
  const cell = [...container.querySelectorAll<HTMLElement>('td[data-cell]')].find(
    (td) => td.dataset['cell'] === id,
  );
  if (!cell) throw new Error(`no cell ${id}`);
  return cell;
}
const scoreOf = (container: HTMLElement, id: string) =>
  [...container.querySelectorAll<HTMLElement>('td[data-score]')].find(
    (td) => td.dataset['score'] === id,
  )!;

describe('the monthly sheet', () => {
  it('takes keyboard entry, rescores as one types, and keeps the edits through a conflict', async () => {
    const saves: { input: Record<string, unknown> }[] = [];
    const previews: unknown[] = [];
    const march = sheetFixture();
    const server = loggedIn(viewer([{ role: 'SCOREKEEPER', branchId: 'b1' }], '曹帆丽'), {
      MonthlySheet: (op) =>
        op.variables?.['month'] === '2026-03'
          ? { data: { monthlySheet: typedSheet(march) } }
          : NOT_HERE,
      // No scheme from the server: the year's default scheme scores the preview.
      // The server scores the typed cells as if saved: 29 of 31 days is 10 − 2 × 0.5 = 9 points,
      // political study 30 × 24/25 = 28.80, the month 68.80.
      MonthlySheetLive: (op) => {
        previews.push(op.variables?.['pending']);
        const live = typedSheet(march);
        const m1 = live.rows[0]!;
        m1.categories[0] = { ...m1.categories[0]!, score: '28.80' };
        m1.total = '68.80';
        return {
          data: { monthlySheet: { ...live, averages: { ...live.averages, total: '69.40' } } },
        };
      },
      SaveMonthlySheet: (op) => {
        saves.push(op.variables as { input: Record<string, unknown> });
        if (saves.length === 1) {
          return {
            data: null,
            errors: [
              {
                message: '1 格已被他人修改，请刷新后核对再保存',
                extensions: {
                  code: 'CONFLICT',
                  messageEn: '1 cell was changed by someone else',
                  details: {
                    cells: [
                      {
                        memberId: 'm1',
                        itemCode: 'study-app-login',
                        sessionId: null,
                        field: 'cells[0]',
                        currentValue: '30',
                        currentVersion: 2,
                        expectedVersion: 1,
                      },
                    ],
                  },
                },
              },
            ],
          };
        }
        const saved = sheetFixture();
        saved.rows[0]!.cells[0] = { ...saved.rows[0]!.cells[0]!, value: '29', version: 3 };
        return {
          data: {
            saveMonthlySheet: {
              __typename: 'SaveMonthlySheetPayload',
              applied: 1,
              replayed: false,
              sheet: typedSheet(saved),
            },
          },
        };
      },
    });
    const { container } = renderApp('/ledger?month=2026-03', server);
    const grid = await screen.findByTestId('sheet-grid', {}, { timeout: 15_000 });
    expect(within(grid).getByText('登录学习强国')).toBeInTheDocument();
    expect(within(grid).getAllByText('政治学习')).toHaveLength(2);

    const user = userEvent.setup();
    const login = cellOf(container, 'm1|item:study-app-login');
    await user.click(login);
    await user.keyboard('29{Tab}');
    expect(cellOf(container, 'm1|item:study-app-login')).toHaveTextContent('29');
    expect(cellOf(container, 'm1|item:study-app-login')).toHaveClass('dirty');
    // Until the typed cell's figures are back, the row's total says it is being scored.
    expect(scoreOf(container, 'm1|total')).toHaveAttribute('aria-busy', 'true');
    expect(scoreOf(container, 'm2|total')).not.toHaveAttribute('aria-busy');
    // The typed cell goes to the server, unsaved; its figures come back and show as live.
    await waitFor(() => expect(scoreOf(container, 'm1|total')).toHaveTextContent('68.80'));
    await waitFor(() => expect(scoreOf(container, 'm1|total')).not.toHaveAttribute('aria-busy'));
    expect(previews.at(-1)).toEqual([
      {
        memberId: 'm1',
        itemCode: 'study-app-login',
        sessionId: null,
        value: '29',
        expectedVersion: 1,
      },
    ]);
    expect(scoreOf(container, 'm1|political-study')).toHaveTextContent('28.80');
    expect(scoreOf(container, 'm1|total')).toHaveClass('live');
    // The sheet's mean is the server's too.
    expect(screen.getByText('69.40')).toBeInTheDocument();
    // Tab moved on to 每日一题; arrows and Space toggle the member below's study session.
    await user.keyboard('{ArrowDown}{ArrowRight} ');
    expect(cellOf(container, 'm2|session:s-study')).toHaveTextContent('✓');
    expect(screen.getByTestId('sheet-unsaved')).toHaveTextContent('2 格未保存');

    await user.click(screen.getByTestId('sheet-save'));
    const conflicts = await screen.findByTestId('sheet-conflicts');
    expect(conflicts).toHaveTextContent('邹华梅 · 登录学习强国');
    expect(conflicts).toHaveTextContent('他人已保存为“30”，您填的是“29”');
    expect(cellOf(container, 'm1|item:study-app-login')).toHaveClass('conflict');
    expect(cellOf(container, 'm1|item:study-app-login')).toHaveTextContent('29');
    const first = saves[0]!.input;
    expect(first['month']).toBe('2026-03');
    expect(first['idempotencyKey']).toMatch(/^sheet-[0-9a-f]{32}$/);
    expect(first['cells']).toEqual([
      {
        memberId: 'm1',
        itemCode: 'study-app-login',
        sessionId: null,
        value: '29',
        expectedVersion: 1,
      },
      {
        memberId: 'm2',
        itemCode: 'group-study',
        sessionId: 's-study',
        value: '1',
        expectedVersion: 0,
      },
    ]);

    await user.click(within(conflicts).getByRole('button', { name: '保留我的' }));
    await user.click(screen.getByTestId('sheet-save'));
    await waitFor(() => expect(saves).toHaveLength(2));
    const second = saves[1]!.input;
    // Keeping mine: the next save overwrites knowingly, over the version now stored.
    expect((second['cells'] as { expectedVersion: number }[])[0]!.expectedVersion).toBe(2);
    expect(second['idempotencyKey']).not.toBe(first['idempotencyKey']);
    await waitFor(() => expect(screen.queryByTestId('sheet-unsaved')).not.toBeInTheDocument());
    expect(cellOf(container, 'm1|item:study-app-login')).toHaveTextContent('29');
  }, 40_000);

  it('refuses a value out of range at the cell and sends nothing', async () => {
    let saved = 0;
    const server = loggedIn(viewer([{ role: 'SCOREKEEPER', branchId: 'b1' }]), {
      MonthlySheet: (op) =>
        op.variables?.['month'] === '2026-03'
          ? { data: { monthlySheet: typedSheet(sheetFixture()) } }
          : NOT_HERE,
      SaveMonthlySheet: () => {
        saved += 1;
        return NOT_HERE;
      },
    });
    const { container } = renderApp('/ledger?month=2026-03', server);
    await screen.findByTestId('sheet-grid', {}, { timeout: 15_000 });
    const user = userEvent.setup();
    await user.click(cellOf(container, 'm2|item:study-app-login'));
    await user.keyboard('45{Enter}');
    expect(cellOf(container, 'm2|item:study-app-login')).toHaveClass('problem');
    await user.click(screen.getByTestId('sheet-save'));
    expect(await screen.findByTestId('sheet-banner')).toHaveTextContent('1 格的值不符合要求');
    expect(saved).toBe(0);
  }, 40_000);

  it('shows a closed month read-only, with the reason', async () => {
    const closed = sheetFixture({
      closed: true,
      closedReason: '2026年第一季度得分已由支部书记签字',
      closedReasonEn: 'Q1 2026 signed',
    });
    const server = loggedIn(viewer([{ role: 'SECRETARY', branchId: 'b1' }]), {
      MonthlySheet: (op) =>
        op.variables?.['month'] === '2026-03'
          ? { data: { monthlySheet: typedSheet(closed) } }
          : NOT_HERE,
    });
    const { container } = renderApp('/ledger?month=2026-03', server);
    await screen.findByTestId('sheet-grid', {}, { timeout: 15_000 });
    expect(screen.getByTestId('sheet-closed')).toHaveTextContent('已关闭');
    expect(screen.getByText('2026年第一季度得分已由支部书记签字')).toBeInTheDocument();
    const user = userEvent.setup();
    await user.click(cellOf(container, 'm1|item:study-app-login'));
    await user.keyboard('5');
    expect(container.querySelector('td.cell input')).toBeNull();
    expect(cellOf(container, 'm1|item:study-app-login')).toHaveClass('readonly');
    expect(screen.getByTestId('sheet-save')).toBeDisabled();
    expect(screen.getByTestId('sheet-import')).toBeDisabled();
  }, 40_000);
});
