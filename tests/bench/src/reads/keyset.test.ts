import { describe, expect, it } from 'vitest';
import { planFacts } from './keyset.js';

const scan = (extra: Record<string, unknown>) => [
  {
    Plan: {
      'Node Type': 'Limit',
      Plans: [
        {
          'Node Type': 'Index Scan',
          'Relation Name': 'score_summary',
          'Actual Rows': 101,
          ...extra,
        },
      ],
    },
  },
];

describe('planFacts', () => {
  it('sees a keyset sought inside the ranking index', () => {
    const facts = planFacts(
      scan({
        'Index Cond':
          "((bureau_id = 'b'::uuid) AND (ROW(total_sort_key, member_id) < ROW('61500000'::bigint, 'm'::uuid)))",
      }),
    );
    expect(facts).toEqual({ keysetInIndex: true, rowsRemovedByFilter: 0, rowsRead: 101 });
  });

  it('sees a keyset sought by a bitmap index scan under a bitmap heap scan', () => {
    const facts = planFacts([
      {
        Plan: {
          'Node Type': 'Bitmap Heap Scan',
          'Relation Name': 'score_summary',
          'Actual Rows': 100,
          Plans: [
            {
              'Node Type': 'Bitmap Index Scan',
              'Index Name': 'score_summary_ranking_index',
              'Index Cond': "(ROW(total_sort_key, member_id) < ROW('1'::bigint, 'm'::uuid))",
            },
          ],
        },
      },
    ]);
    expect(facts).toEqual({ keysetInIndex: true, rowsRemovedByFilter: 0, rowsRead: 100 });
  });

  it('sees a keyset filtered after the walls, with the rows it threw away', () => {
    const facts = planFacts(
      scan({
        'Index Cond': "((bureau_id = 'b'::uuid) AND (year = 2021))",
        Filter: '(ROW(total_sort, member_id) < ROW(61.5, m))',
        'Rows Removed by Filter': 900,
      }),
    );
    expect(facts).toEqual({ keysetInIndex: false, rowsRemovedByFilter: 900, rowsRead: 1001 });
  });
});
