import { describeRuleKinds, scheme2021, type RuleKindDescription } from '@jifen/scoring';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  loggedIn,
  renderApp,
  ruleKindsAnswer,
  viewer,
  VIEWER_YEAR,
} from '../../../test/render-app';
import { sheetFixture, typedSheet } from '../../ledger/sheet.fixture';

const YEAR = VIEWER_YEAR;

// A kind this web app has never heard of: only the server's description of it.
const STARS: RuleKindDescription = {
  kind: 'testStars',
  label: { zh: '星级评定', en: 'star rating' },
  sections: ['base'],
  cell: 'quota',
  fields: [
    { key: 'pointsPerStar', input: 'decimal', label: { zh: '每星分值', en: 'points per star' } },
  ],
  defaults: { pointsPerStar: '1' },
};

function withStars() {
  const definition = structuredClone({ ...scheme2021, year: YEAR });
  definition.sections.base.categories[0]!.items.push({
    code: 'stars',
    nameZh: '星级评定项目',
    nameEn: 'Stars',
    rule: { kind: 'testStars', pointsPerStar: '2' } as never,
    evidence: { zh: '评定记录', en: 'Rating record' },
  });
  return definition;
}

describe('a rule kind described only by the server', { timeout: 60_000 }, () => {
  it('gets its own fields, words and value in the scheme editor', async () => {
    renderApp(
      '/scheme',
      loggedIn(viewer([{ role: 'COMMITTEE_ADMIN', branchId: null }]), {
        RuleKinds: () => ruleKindsAnswer([...describeRuleKinds(), STARS]),
        Schemes: (op) => ({
          data: {
            schemes:
              op.variables?.['year'] === YEAR
                ? [
                    {
                      __typename: 'Scheme',
                      id: 's1',
                      year: YEAR,
                      version: 1,
                      status: 'DRAFT',
                      statusLabel: '草稿',
                      definition: withStars(),
                      effectiveFromMonth: `${YEAR}-01`,
                      reason: null,
                      origin: 'default-2021',
                      originLabel: '2021 年默认方案',
                      basedOnId: null,
                      publishedAt: null,
                      createdAt: `${YEAR}-01-02T00:00:00Z`,
                      revision: 1,
                    },
                  ]
                : [],
          },
        }),
      }),
    );
    const points = await screen.findByLabelText('星级评定项目 每星分值', {}, { timeout: 20_000 });
    expect(points).toHaveValue('2');
    // The kind is named in words, never by its code.
    const kind = screen.getByLabelText('星级评定项目 计分规则');
    const select = kind.closest('.ant-select')!;
    expect(select).toHaveTextContent('星级评定');
    expect(select).not.toHaveTextContent('testStars');
  });

  it('becomes a number column of the monthly sheet', async () => {
    const sheet = sheetFixture();
    const column = {
      ...sheet.columns[0]!,
      key: 'item:stars',
      kind: 'quota' as const,
      itemCode: 'stars',
      nameZh: '星级评定项目',
      nameEn: 'Stars',
      unitZh: '2 分/星',
      unitEn: '2 / star',
      max: 5,
    };
    const withColumn = {
      ...sheet,
      columns: [...sheet.columns, column],
      rows: sheet.rows.map((r) => ({
        ...r,
        cells: [
          ...r.cells,
          {
            key: 'item:stars',
            itemCode: 'stars',
            sessionId: null,
            value: '3',
            version: 1,
            recordId: 'q1',
          },
        ],
      })),
    };
    renderApp(
      '/ledger?month=2026-03',
      loggedIn(viewer([{ role: 'SCOREKEEPER', branchId: 'b1' }]), {
        MonthlySheet: () => ({
          data: {
            monthlySheet: typedSheet(withColumn),
          },
        }),
      }),
    );
    const grid = await screen.findByTestId('sheet-grid', {}, { timeout: 20_000 });
    expect(within(grid).getByText('星级评定项目')).toBeInTheDocument();
    expect(within(grid).getByText('2 分/星')).toBeInTheDocument();
    const cell = grid.querySelector<HTMLElement>('td[data-cell="m1|item:stars"]')!;
    expect(cell).toHaveTextContent('3');
  });
});
