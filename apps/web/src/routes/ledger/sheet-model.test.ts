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
import {
  liveScore,
  memberMonthFacts,
  reproducibleRows,
  scoreRow,
  sheetScheme,
} from './sheet-scoring';

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

describe('the live totals', () => {
  const scheme = sheetScheme(2026);

  it('reproduces the server figures of the saved sheet', () => {
    expect(scoreRow(m1, sheet, EMPTY_DRAFT, [], scheme)).toEqual({
      categories: {
        'political-study': '30.00',
        'organisational-life': '30.00',
        'political-conduct': '10.00',
      },
      base: '70.00',
      special: '0.00',
      total: '70.00',
    });
    expect(scoreRow(m2, sheet, EMPTY_DRAFT, [], scheme).total).toBe('69.00');
    expect(reproducibleRows(sheet, [], scheme)).toEqual(new Set(['m1', 'm2']));
  });

  it('rescores a member as cells are typed', () => {
    // 29 of 31 days: 10 − 2 × 0.5 = 9; political study 30 × 24/25 = 28.8.
    let draft = setDraftValue(EMPTY_DRAFT, m1, LOGIN, 'item:study-app-login', '29');
    const ok = reproducibleRows(sheet, [], scheme);
    const first = liveScore(m1, sheet, draft, [], scheme, ok);
    let score = first.score;
    const live = first.live;
    expect(live).toBe(true);
    expect(score.categories['political-study']).toBe('28.80');
    expect(score.total).toBe('68.80');
    // A late due costs the month's 5 and the penalty of 5: organisational life 30 × 10/15 − 5… per the scheme.
    draft = setDraftValue(draft, m1, DUES, 'item:dues', 'late');
    ({ score } = liveScore(m1, sheet, draft, [], scheme, ok));
    expect(Number(score.categories['organisational-life'])).toBeLessThan(30);
    // A violation comes off after normalisation.
    draft = setDraftValue(draft, m2, VIOLATIONS, 'item:violations', '1');
    ({ score } = liveScore(m2, sheet, draft, [], scheme, ok));
    expect(score.categories['political-conduct']).toBe('0.00');
    expect(score.special).toBe('5.00');
  });

  it('counts a quarterly session attended earlier in the quarter', () => {
    // February held the assembly; March did not.
    const moved = (key: string) => key.replace('session:s-', 'session:feb-');
    const february = sheetFixture({
      month: '2026-02',
      columns: COLUMNS.map((c) =>
        c.sessionId
          ? {
              ...c,
              key: moved(c.key),
              sessionId: `feb-${c.sessionId.slice(2)}`,
              sessionDate: '2026-02-10',
            }
          : c,
      ),
      rows: sheet.rows.map((r) => ({
        ...r,
        cells: r.cells.map((c) =>
          c.sessionId ? { ...c, key: moved(c.key), sessionId: `feb-${c.sessionId.slice(2)}` } : c,
        ),
      })),
    });
    const march = sheetFixture({
      columns: COLUMNS.filter((c) => c.itemCode !== 'branch-assembly'),
      rows: sheet.rows.map((r) => ({
        ...r,
        cells: r.cells.filter((c) => c.itemCode !== 'branch-assembly'),
      })),
    });
    const facts = memberMonthFacts('m1', march, EMPTY_DRAFT, [february]);
    expect(facts.memberships).toEqual([{ branchId: 'b1', from: '2026-02', to: '2026-03' }]);
    expect(facts.attendance.map((a) => a.sessionId)).toContain('feb-assembly');
    // The assembly credits March too: organisational life stays full.
    const score = scoreRow(march.rows[0]!, march, EMPTY_DRAFT, [february], scheme);
    expect(score.categories['organisational-life']).toBe('30.00');
    // Absent from February's assembly: attainable 15 in March, earned 10 → 30 × 10/15 = 20.
    const absent = {
      ...february,
      rows: february.rows.map((r) => ({
        ...r,
        cells: r.cells.map((c) => (c.itemCode === 'branch-assembly' ? { ...c, value: null } : c)),
      })),
    };
    const missed = scoreRow(march.rows[0]!, march, EMPTY_DRAFT, [absent], scheme);
    expect(missed.categories['organisational-life']).toBe('20.00');
  });
});
