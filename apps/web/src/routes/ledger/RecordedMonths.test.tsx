import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { loggedIn, renderApp, viewer, type FakeAnswer } from '../../test/render-app';
import { sheetFixture, typedSheet } from './sheet.fixture';

const NOT_HERE: FakeAnswer = {
  errors: [{ message: '无', extensions: { code: 'NOT_FOUND', messageEn: 'none' } }],
  data: null,
};

/** The server's answer: recorded through `through`, with `actions` on the month after. */
function months(through: number, actions: Record<number, string[]>) {
  return {
    __typename: 'BranchRecordedMonths',
    branchId: 'b1',
    year: 2026,
    recordedThrough: `2026-${String(through).padStart(2, '0')}`,
    months: Array.from({ length: 12 }, (_, i) => ({
      __typename: 'RecordedMonthState',
      month: `2026-${String(i + 1).padStart(2, '0')}`,
      recorded: i + 1 <= through,
      closed: i + 1 <= 3,
      availableActions: actions[i + 1] ?? [],
    })),
  };
}

describe('recorded months on the monthly sheet', () => {
  it('shows the months recorded and marks the month shown when the server allows it', async () => {
    const sheet = sheetFixture();
    const marks: unknown[] = [];
    let state = months(2, { 3: ['mark'] });
    const server = loggedIn(viewer([{ role: 'SCOREKEEPER', branchId: 'b1' }], '曹帆丽'), {
      MonthlySheet: (op) =>
        op.variables?.['month'] === '2026-03'
          ? {
              data: {
                monthlySheet: typedSheet(sheet),
              },
            }
          : NOT_HERE,
      SheetScheme: () => NOT_HERE,
      RecordedMonths: () => ({ data: { recordedMonths: state } }),
      MarkMonthRecorded: (op) => {
        marks.push(op.variables);
        state = months(3, { 3: ['unmark'] });
        return { data: { markMonthRecorded: state } };
      },
    });
    renderApp('/ledger?month=2026-03', server);
    const bar = await screen.findByTestId('recorded-months', {}, { timeout: 15_000 });
    expect(bar).toHaveTextContent('本年度分数计至 2 月');
    expect(within(bar).getByTestId('recorded-2026-02')).toHaveTextContent('2 ✓');
    expect(within(bar).getByTestId('recorded-2026-03')).not.toHaveTextContent('✓');
    const user = userEvent.setup();
    await user.click(screen.getByTestId('mark-recorded'));
    await user.click(await screen.findByRole('button', { name: /确\s*定|OK/ }));
    await waitFor(() => expect(marks).toEqual([{ branchId: 'b1', month: '2026-03' }]));
    await waitFor(() => expect(bar).toHaveTextContent('本年度分数计至 3 月'));
    expect(await screen.findByTestId('unmark-recorded')).toBeInTheDocument();
    expect(screen.queryByTestId('mark-recorded')).toBeNull();
  }, 40_000);
});
