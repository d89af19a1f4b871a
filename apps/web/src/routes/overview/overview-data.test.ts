import { describe, expect, it } from 'vitest';
import { histogram, kpis, outcomesByBranch, quarterTrend } from './overview-data';

const p = (memberId: string, branchId: string, total: string, outcomeBand?: string) => ({
  memberId,
  branchId,
  total,
  outcomeBand: outcomeBand ?? null,
});

describe('overview figures', () => {
  it('bins annual totals by 5 points with the thresholds on bin edges', () => {
    const h = histogram([12, 49.99, 50, 59.99, 60, 69.95, 70, 80, 100]);
    expect(h.labels[0]).toBe('<50');
    expect(h.labels.at(-1)).toBe('95–100');
    expect(h.counts[0]).toBe(2); // below 50
    expect(h.counts[1]).toBe(1); // 50–55
    expect(h.counts[2]).toBe(1); // 55–60
    expect(h.counts[3]).toBe(1); // 60–65
    expect(h.counts[4]).toBe(1); // 65–70
    expect(h.counts[5]).toBe(1); // 70–75
    expect(h.counts[7]).toBe(1); // 80–85
    expect(h.counts.at(-1)).toBe(1); // 100 stays in the last bin
  });

  it('counts outcomes per branch, leaving out empty branches and bands', () => {
    const o = outcomesByBranch(
      [
        p('a', 'b1', '81', 'priorityCandidate'),
        p('b', 'b1', '65', 'yellowWarning'),
        p('c', 'b2', '66', 'yellowWarning'),
      ],
      ['b1', 'b2', 'b3'],
    );
    expect(o.branchIds).toEqual(['b1', 'b2']);
    expect(o.series.map((s) => s.band)).toEqual(['priorityCandidate', 'yellowWarning']);
    expect(o.series[1]?.counts).toEqual([1, 1]);
  });

  it('averages each quarter for the bureau and per branch', () => {
    const t = quarterTrend(
      [[p('a', 'b1', '60'), p('b', 'b2', '70')], [p('a', 'b1', '61')], [], []],
      ['b1', 'b2'],
    );
    expect(t.quarters).toEqual([1, 2]);
    expect(t.bureau).toEqual([65, 61]);
    expect(t.branches).toEqual([
      { branchId: 'b1', means: [60, 61] },
      { branchId: 'b2', means: [70, null] },
    ]);
  });

  it('sums up the year', () => {
    expect(
      kpis([p('a', 'b1', '81', 'priorityCandidate'), p('b', 'b1', '55', 'redWarning')]),
    ).toEqual({
      members: 2,
      mean: 68,
      warnings: 1,
      priority: 1,
    });
  });
});
