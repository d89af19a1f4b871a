import { describe, expect, it } from 'vitest';
import { toCsv } from '../../components/download';
import { toScoreFilter, toStatisticsFilter } from './AnalyticsPage';

describe('the ranking and its export', () => {
  it('builds the GraphQL filter; the outcome applies to whole years only', () => {
    expect(
      toScoreFilter({
        year: 2026,
        period: 'year',
        branchId: 'b1',
        groupId: null,
        band: 'YELLOW_WARNING',
      }),
    ).toEqual({
      year: 2026,
      branchId: 'b1',
      outcome: 'YELLOW_WARNING',
    });
    expect(
      toScoreFilter({ year: 2026, period: 3, branchId: null, groupId: 'g1', band: 'RED_WARNING' }),
    ).toEqual({
      year: 2026,
      quarter: 3,
      groupId: 'g1',
    });
  });

  it('asks the branch statistics for the same year, quarter, branch and group', () => {
    expect(
      toStatisticsFilter({ year: 2026, period: 2, branchId: 'b1', groupId: 'g1', band: null }),
    ).toEqual({ year: 2026, quarter: 2, branchIds: ['b1'], groupIds: ['g1'] });
    // The outcome narrows the ranking only: every band is counted in the comparison.
    expect(
      toStatisticsFilter({
        year: 2026,
        period: 'year',
        branchId: null,
        groupId: null,
        band: 'RED_WARNING',
      }),
    ).toEqual({ year: 2026 });
  });

  it('keeps a cell from being read as a formula', () => {
    expect(toCsv([['=SUM(A1)', '-0.04', '@x']])).toBe("\uFEFF'=SUM(A1),-0.04,'@x\r\n");
  });
});
