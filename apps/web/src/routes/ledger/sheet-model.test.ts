import { describe, expect, it } from 'vitest';
import {
  cellId,
  cellOfField,
  columnGroups,
  conflictsOf,
  draftProblems,
  draftSize,
  EMPTY_DRAFT,
  parsePasted,
  pastedValue,
  resolveConflict,
  saveCells,
  setDraftNote,
  setDraftValue,
  shownValue,
  toggleKey,
} from './sheet-model';
import { COLUMNS, sheetFixture } from './sheet.fixture';

const sheet = sheetFixture();
const [m1, m2] = sheet.rows as [(typeof sheet.rows)[0], (typeof sheet.rows)[0]];
const col = (key: string) => COLUMNS.findIndex((c) => c.key === key);
const LOGIN = col('item:study-app-login');
const STUDY = col('session:s-study');
const DUES = col('item:dues');
const VIOLATIONS = col('item:violations');

describe('the sheet draft', () => {
  it('keeps an edit with the version it was typed over, and drops it when typed back', () => {
    let draft = setDraftValue(EMPTY_DRAFT, m1, LOGIN, 'item:study-app-login', '29');
    expect(draftSize(draft)).toBe(1);
    expect(shownValue(draft, m1, LOGIN, 'item:study-app-login')).toBe('29');
    expect(draft.get('m1')?.get('item:study-app-login')).toEqual({ value: '29', baseVersion: 1 });
    draft = setDraftValue(draft, m1, LOGIN, 'item:study-app-login', '31.0');
    expect(draftSize(draft)).toBe(0);
    // Rows without edits keep their identity: the grid re-renders only the edited row.
    const one = setDraftValue(EMPTY_DRAFT, m1, LOGIN, 'item:study-app-login', '20');
    const two = setDraftValue(one, m2, LOGIN, 'item:study-app-login', '20');
    expect(two.get('m1')).toBe(one.get('m1'));
  });

  it('sends every edit in the grid order with its expected version and a breach decision', () => {
    let draft = setDraftValue(EMPTY_DRAFT, m2, STUDY, 'session:s-study', '1');
    draft = setDraftValue(draft, m1, VIOLATIONS, 'item:violations', '1');
    draft = setDraftNote(draft, m1, VIOLATIONS, 'item:violations', '支委会 3 月 20 日决定');
    draft = setDraftValue(draft, m1, DUES, 'item:dues', 'late');
    const cells = saveCells(sheet, draft);
    expect(cells.map((c) => c.id)).toEqual([
      cellId('m1', 'item:dues'),
      cellId('m1', 'item:violations'),
      cellId('m2', 'session:s-study'),
    ]);
    expect(cells[1]!.input).toEqual({
      memberId: 'm1',
      itemCode: 'violations',
      sessionId: null,
      value: '1',
      expectedVersion: 0,
      note: '支委会 3 月 20 日决定',
    });
    expect(cells[2]!.input).toMatchObject({ sessionId: 's-study', value: '1', expectedVersion: 0 });
  });

  it('checks values before sending, like the server', () => {
    let draft = setDraftValue(EMPTY_DRAFT, m1, LOGIN, 'item:study-app-login', '32');
    draft = setDraftValue(draft, m2, VIOLATIONS, 'item:violations', '2');
    const problems = draftProblems(sheet, draft);
    expect(problems.get(cellId('m1', 'item:study-app-login'))?.zh).toContain('0 到 31');
    expect(problems.get(cellId('m2', 'item:violations'))?.zh).toContain('支部委员会的决定');
    draft = setDraftNote(draft, m2, VIOLATIONS, 'item:violations', '决定');
    expect(draftProblems(sheet, draft).has(cellId('m2', 'item:violations'))).toBe(false);
  });

  it('reads a CONFLICT and settles it either way', () => {
    const draft = setDraftValue(EMPTY_DRAFT, m1, LOGIN, 'item:study-app-login', '28');
    const [conflict] = conflictsOf({
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
    });
    expect(conflict).toMatchObject({ currentValue: '30', currentVersion: 2 });
    const mine = resolveConflict(draft, conflict!, 'mine');
    expect(mine.get('m1')?.get('item:study-app-login')).toEqual({ value: '28', baseVersion: 2 });
    expect(draftSize(resolveConflict(draft, conflict!, 'theirs'))).toBe(0);
    expect(conflictsOf(null)).toEqual([]);
    expect(cellOfField('cells[1].value', [{ id: 'a' }, { id: 'b' }])).toBe('b');
    expect(cellOfField('input.cells[0].note', [{ id: 'a' }])).toBe('a');
    expect(cellOfField('month', [{ id: 'a' }])).toBeNull();
  });

  it('toggles attendance and dues from single keys, and reads pasted words', () => {
    const study = COLUMNS[STUDY]!;
    const dues = COLUMNS[DUES]!;
    expect(toggleKey(study, ' ', null)).toBe('1');
    expect(toggleKey(study, ' ', '1')).toBeNull();
    expect(toggleKey(study, 'x', null)).toBeUndefined();
    expect(toggleKey(dues, '2', null)).toBe('late');
    expect(toggleKey(dues, ' ', 'onTime')).toBe('late');
    expect(toggleKey(dues, ' ', 'missing')).toBeNull();
    expect(pastedValue(study, '√')).toBe('1');
    expect(pastedValue(dues, '延期缴纳')).toBe('late');
    expect(parsePasted('29\t15\r\n30\t14\n')).toEqual([
      ['29', '15'],
      ['30', '14'],
    ]);
  });

  it('groups the columns by category for the header, as on the form', () => {
    expect(columnGroups(COLUMNS).map((g) => [g.nameZh, g.span])).toEqual([
      ['政治学习', 3],
      ['组织生活', 3],
      ['政治建设', 4],
      ['特色分', 1],
    ]);
  });
});
