import { act, fireEvent, render } from '@testing-library/react';
import {
  createElement,
  memo,
  useCallback,
  useState,
  type ComponentProps,
  type ReactNode,
} from 'react';
import { describe, expect, it, vi } from 'vitest';
import { EMPTY_DRAFT, setDraftValue, type Draft } from './sheet-model';
import { averageScore, serverScore } from './row-score';
import { SheetGrid, type GridPos, type GridTexts } from './SheetGrid';
import { COLUMNS, sheetFixture } from './sheet.fixture';
import type { MonthlySheet } from './sheet-types';

/** The members whose row drew, in order: the grid's rows are counted where they render. */
const rowRenders = vi.hoisted(() => [] as string[]);
vi.mock('./grid/SheetGridRow', async (importOriginal) => {
  const original = await importOriginal<typeof import('./grid/SheetGridRow')>();
  // The row as the app defines it, counted: memoised exactly as the original is (or not at all).
  const memoised = original.GridRow as unknown as {
    $$typeof: symbol;
    type: (props: RowProps) => ReactNode;
    compare: ((a: RowProps, b: RowProps) => boolean) | null;
  };
  const isMemo = memoised.$$typeof === Symbol.for('react.memo');
  const Row = isMemo ? memoised.type : (original.GridRow as unknown as typeof memoised.type);
  function CountedRow(props: RowProps) {
    rowRenders.push(props.row.memberId);
    return createElement(Row, props);
  }
  return {
    ...original,
    GridRow: isMemo ? memo(CountedRow, memoised.compare ?? undefined) : CountedRow,
  };
});
type RowProps = ComponentProps<typeof import('./grid/SheetGridRow').GridRow>;

const TEXTS: GridTexts = {
  index: '序号',
  name: '姓名',
  scores: '本月得分',
  base: '基础分',
  special: '特色分',
  total: '合计',
  present: '已签到',
  onTime: '按时',
  late: '延期',
  missing: '未缴',
  average: '合计/平均',
  conflictTitle: (v) => v,
  declarations: (c) => c,
};

/** A branch of `members` members: the fixture's rows repeated. */
function bigSheet(members: number): MonthlySheet {
  const base = sheetFixture();
  return {
    ...base,
    rows: Array.from({ length: members }, (_, i) => ({
      ...base.rows[i % 2]!,
      memberId: `m${i}`,
      memberName: `党员${i}`,
    })),
  };
}

function Harness({ sheet }: { sheet: MonthlySheet }) {
  const [draft, setDraft] = useState<Draft>(EMPTY_DRAFT);
  const [active, setActive] = useState<GridPos>({ row: 0, col: 0 });
  const [scores] = useState(
    () =>
      new Map(
        sheet.rows.map((r) => [r.memberId, { score: serverScore(r), live: false, scoring: false }]),
      ),
  );
  const [none] = useState(() => new Map());
  const onEdit = useCallback(
    (row: number, col: number, value: string | null) =>
      setDraft((d) => setDraftValue(d, sheet.rows[row]!, col, sheet.columns[col]!.key, value)),
    [sheet],
  );
  const onPaste = useCallback(() => undefined, []);
  return (
    <SheetGrid
      sheet={sheet}
      draft={draft}
      scores={scores}
      averages={averageScore(sheet.averages)}
      serverProblems={none}
      conflicts={none}
      readOnly={false}
      locale="zh-CN"
      texts={TEXTS}
      active={active}
      onActiveChange={setActive}
      onEdit={onEdit}
      onPaste={onPaste}
    />
  );
}

describe('the sheet grid', () => {
  it('re-renders only the rows a keystroke touches (50 members)', () => {
    const sheet = bigSheet(50);
    rowRenders.length = 0;
    const { getByTestId } = render(<Harness sheet={sheet} />);
    expect(rowRenders).toHaveLength(50);
    const grid = getByTestId('sheet-grid');
    const press = (key: string) => {
      rowRenders.length = 0;
      act(() => {
        fireEvent.keyDown(grid, { key });
      });
      return [...rowRenders];
    };
    // Along a row: only that row draws again. Down: the row left and the row entered.
    expect(press('ArrowRight')).toEqual(['m0']);
    expect(press('ArrowDown')).toEqual(['m0', 'm1']);
    expect(press('ArrowDown')).toEqual(['m1', 'm2']);
    press('Home');
    const attendance = COLUMNS.findIndex((c) => c.kind === 'attendance');
    for (let k = 0; k < attendance; k++) press('ArrowRight');
    // Toggling a sign-in changes one member's draft: their row alone draws again.
    expect(press(' ')).toEqual(['m2']);
  });

  it('types into a number cell, toggles attendance and moves with the keys of a spreadsheet', () => {
    const sheet = sheetFixture();
    const { getByTestId, container } = render(<Harness sheet={sheet} />);
    const grid = getByTestId('sheet-grid');
    const cell = (r: number, c: number) =>
      container.querySelectorAll('tbody tr')[r]!.querySelectorAll('td.cell')[c]!;
    fireEvent.keyDown(grid, { key: '2' });
    const input = container.querySelector('td.cell input') as HTMLInputElement;
    expect(input.value).toBe('2');
    fireEvent.change(input, { target: { value: '25' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(cell(0, 0).textContent).toBe('25');
    expect(cell(1, 0).className).toContain('active');
    // Escape leaves a cell as it was.
    fireEvent.keyDown(grid, { key: '9' });
    fireEvent.keyDown(container.querySelector('td.cell input')!, { key: 'Escape' });
    expect(cell(1, 0).textContent).toBe('31');
    // Tab at the end of a row goes on to the next row (the last row stays in the sheet).
    fireEvent.keyDown(grid, { key: 'ArrowUp' });
    fireEvent.keyDown(grid, { key: 'End' });
    fireEvent.keyDown(grid, { key: 'Tab' });
    expect(cell(1, 0).className).toContain('active');
    // Special items are read-only: typing does nothing there.
    fireEvent.keyDown(grid, { key: 'ArrowUp' });
    fireEvent.keyDown(grid, { key: 'End' });
    fireEvent.keyDown(grid, { key: '1' });
    expect(container.querySelector('td.cell input')).toBeNull();
    // Dues: 2 is late.
    const dues = COLUMNS.findIndex((c) => c.kind === 'duty');
    fireEvent.keyDown(grid, { key: 'Home' });
    for (let k = 0; k < dues; k++) fireEvent.keyDown(grid, { key: 'ArrowRight' });
    fireEvent.keyDown(grid, { key: '2' });
    expect(cell(0, dues).textContent).toBe('延期');
    expect(cell(0, dues).className).toContain('dirty');
  });
});
