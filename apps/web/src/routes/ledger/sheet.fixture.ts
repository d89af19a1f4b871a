// A branch's month as the server returns it, for the grid's tests (2026 default scheme).
import type { MonthlySheet, SheetColumn, SheetRow } from './sheet-types';

type ColumnSpec = Partial<SheetColumn> & Pick<SheetColumn, 'itemCode' | 'kind' | 'nameZh'>;

const CATEGORY: Record<string, [string, string, string]> = {
  'study-app-login': ['political-study', '政治学习', 'Political study'],
  'daily-question': ['political-study', '政治学习', 'Political study'],
  'group-study': ['political-study', '政治学习', 'Political study'],
  'branch-assembly': ['organisational-life', '组织生活', 'Organisational life'],
  'party-lecture': ['organisational-life', '组织生活', 'Organisational life'],
  'group-meeting': ['organisational-life', '组织生活', 'Organisational life'],
  'party-day': ['organisational-life', '组织生活', 'Organisational life'],
  dues: ['organisational-life', '组织生活', 'Organisational life'],
  'four-consciousnesses': ['political-conduct', '政治建设', 'Political conduct'],
  integrity: ['political-conduct', '政治建设', 'Political conduct'],
  'law-abiding': ['political-conduct', '政治建设', 'Political conduct'],
  violations: ['political-conduct', '政治建设', 'Political conduct'],
  'grid-work': ['special', '特色分', 'Special score'],
};

function column(spec: ColumnSpec): SheetColumn {
  const [code, zh, en] = CATEGORY[spec.itemCode] ?? ['special', '特色分', 'Special score'];
  const special = spec.kind === 'declaration';
  return {
    key: spec.sessionId ? `session:${spec.sessionId}` : `item:${spec.itemCode}`,
    section: special ? 'special' : 'base',
    categoryCode: code,
    categoryNameZh: zh,
    categoryNameEn: en,
    nameEn: spec.nameZh,
    unitZh: '5 分/次',
    unitEn: '5 / session',
    editable: !special,
    sessionId: null,
    sessionDate: null,
    sessionTopic: null,
    max: null,
    ...spec,
  };
}

export const COLUMNS: SheetColumn[] = [
  column({
    itemCode: 'study-app-login',
    kind: 'quota',
    nameZh: '登录学习强国',
    max: 31,
    unitZh: '10 分/月',
  }),
  column({
    itemCode: 'daily-question',
    kind: 'quota',
    nameZh: '完成每日一题',
    max: 150,
    unitZh: '10 分/月',
  }),
  column({
    itemCode: 'group-study',
    kind: 'attendance',
    nameZh: '组织集中学习',
    sessionId: 's-study',
    sessionDate: '2026-03-10',
    sessionTopic: '学习二十大精神',
  }),
  column({
    itemCode: 'branch-assembly',
    kind: 'attendance',
    nameZh: '支部大会',
    sessionId: 's-assembly',
    sessionDate: '2026-03-12',
    sessionTopic: '一季度支部大会',
  }),
  column({
    itemCode: 'party-lecture',
    kind: 'attendance',
    nameZh: '支部党课',
    sessionId: 's-lecture',
    sessionDate: '2026-03-18',
    sessionTopic: '书记讲党课',
  }),
  column({ itemCode: 'dues', kind: 'duty', nameZh: '党费缴纳', unitZh: '5 分/月' }),
  column({
    itemCode: 'four-consciousnesses',
    kind: 'breach',
    nameZh: '四个意识',
    max: 10,
    unitZh: '2.5 分',
  }),
  column({ itemCode: 'integrity', kind: 'breach', nameZh: '廉洁自律', max: 10, unitZh: '2.5 分' }),
  column({
    itemCode: 'law-abiding',
    kind: 'breach',
    nameZh: '遵纪守法',
    max: 10,
    unitZh: '2.5 分',
  }),
  column({
    itemCode: 'violations',
    kind: 'breach',
    nameZh: '违纪违规',
    max: 10,
    unitZh: '扣 10 分/次',
  }),
  column({ itemCode: 'grid-work', kind: 'declaration', nameZh: '党建网格化', unitZh: '5 分' }),
];

type Values = Partial<Record<string, string | null>>;

function row(
  memberId: string,
  memberName: string,
  values: Values,
  scores: Partial<SheetRow>,
): SheetRow {
  return {
    memberId,
    memberName,
    groupId: null,
    cells: COLUMNS.map((c) => ({
      key: c.key,
      itemCode: c.itemCode,
      sessionId: c.sessionId,
      value: values[c.key] ?? null,
      version: values[c.key] != null ? 1 : 0,
      recordId: values[c.key] != null ? `r-${memberId}-${c.key}` : null,
    })),
    categories: [
      { code: 'political-study', score: '30.00' },
      { code: 'organisational-life', score: '30.00' },
      { code: 'political-conduct', score: '10.00' },
    ],
    base: '70.00',
    special: '0.00',
    total: '70.00',
    ...scores,
  };
}

const FULL: Values = {
  'item:study-app-login': '31',
  'item:daily-question': '15',
  'session:s-study': '1',
  'session:s-assembly': '1',
  'session:s-lecture': '1',
  'item:dues': 'onTime',
};

/** March 2026 of 办公室党支部: one member with everything, one who missed the study session. */
export function sheetFixture(overrides: Partial<MonthlySheet> = {}): MonthlySheet {
  return {
    branchId: 'b1',
    branchName: '办公室党支部',
    month: '2026-03',
    schemeId: 'scheme-2026',
    schemeVersion: 1,
    closed: false,
    closedReason: null,
    closedReasonEn: null,
    columns: COLUMNS,
    categories: [
      { code: 'political-study', nameZh: '政治学习', nameEn: 'Political study' },
      { code: 'organisational-life', nameZh: '组织生活', nameEn: 'Organisational life' },
      { code: 'political-conduct', nameZh: '政治建设', nameEn: 'Political conduct' },
    ],
    rows: [
      row('m1', '邹华梅', FULL, {}),
      row(
        'm2',
        '王建国',
        { ...FULL, 'session:s-study': null, 'item:grid-work': '1' },
        {
          // 30 × 20/25 = 24
          categories: [
            { code: 'political-study', score: '24.00' },
            { code: 'organisational-life', score: '30.00' },
            { code: 'political-conduct', score: '10.00' },
          ],
          base: '64.00',
          special: '5.00',
          total: '69.00',
        },
      ),
    ],
    // The server's mean of the two rows.
    averages: {
      categories: [
        { code: 'political-study', score: '27.00' },
        { code: 'organisational-life', score: '30.00' },
        { code: 'political-conduct', score: '10.00' },
      ],
      base: '67.00',
      special: '2.50',
      total: '69.50',
    },
    ...overrides,
  };
}

/** The sheet as the server sends it, with the type names Apollo's cache expects. */
export function typedSheet(sheet: MonthlySheet) {
  return {
    __typename: 'MonthlySheet',
    ...sheet,
    columns: sheet.columns.map((c) => ({ __typename: 'SheetColumn', ...c })),
    categories: sheet.categories.map((c) => ({ __typename: 'SheetCategory', ...c })),
    rows: sheet.rows.map((r) => ({
      __typename: 'SheetRow',
      ...r,
      cells: r.cells.map((c) => ({ __typename: 'SheetCell', ...c })),
      categories: r.categories.map((c) => ({ __typename: 'SheetCategoryScore', ...c })),
    })),
  };
}
