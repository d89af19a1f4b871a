import { describe, expect, it } from 'vitest';
import { translator } from '../../app/i18n';
import { toCsv } from '../../components/download';
import { bandEnum } from '../../components/outcome-band';
import { resultRows, toScoreFilter } from './AnalyticsPage';

describe('the ranking and its export', () => {
  it('builds the GraphQL filter; the outcome applies to whole years only', () => {
    expect(
      toScoreFilter({
        year: 2026,
        period: 'year',
        branchId: 'b1',
        groupId: null,
        band: 'yellowWarning',
      }),
    ).toEqual({
      year: 2026,
      branchId: 'b1',
      outcome: 'YELLOW_WARNING',
    });
    expect(
      toScoreFilter({ year: 2026, period: 3, branchId: null, groupId: 'g1', band: 'redWarning' }),
    ).toEqual({
      year: 2026,
      quarter: 3,
      groupId: 'g1',
    });
    expect(bandEnum('priorityCandidate')).toBe('PRIORITY_CANDIDATE');
  });

  it('writes the annual results as CSV that Excel opens as UTF-8', () => {
    const t = translator('zh-CN');
    const rows = resultRows(
      [
        {
          id: 's1',
          memberId: 'm1',
          year: 2026,
          period: 'year',
          total: '81.50',
          base: '69.50',
          special: '12.00',
          evaluation: null,
          outcomeBand: 'priorityCandidate',
          schemeVersion: 1,
          asOf: '2026-10',
          member: {
            id: 'm1',
            name: '孟志龙',
            status: 'FULL',
            group: { id: 'g1', name: '第一党小组' },
          },
          branch: { id: 'b1', name: '办公室党支部, 一' },
        },
      ],
      t,
    );
    const csv = toCsv(rows);
    expect(csv.startsWith('\uFEFF名次,姓名,支部,党小组,基础分')).toBe(true);
    expect(csv).toContain(
      '1,孟志龙,"办公室党支部, 一",第一党小组,69.50,12.00,,81.50,优先推荐（≥80）,1,2026-10',
    );
  });

  it('keeps a cell from being read as a formula', () => {
    expect(toCsv([['=SUM(A1)', '-0.04', '@x']])).toBe("\uFEFF'=SUM(A1),-0.04,'@x\r\n");
  });
});
