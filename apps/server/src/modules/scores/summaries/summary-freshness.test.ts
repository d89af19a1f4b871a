import { describe, expect, it } from 'vitest';
import { SummaryFreshness } from './summary-freshness.js';

/** A stand-in for the session cache: its generation and whether it hears every announcement. */
function source() {
  const state = { generation: 0, active: true };
  return {
    state,
    begin: () => state.generation,
    get active() {
      return state.active;
    },
  };
}

const BUREAU = '00000000-0000-4000-8000-000000000001';

describe('SummaryFreshness', () => {
  it('remembers a complete year of one bureau until a mutation is announced', () => {
    const s = source();
    const freshness = new SummaryFreshness(s, 60_000);
    expect(freshness.isFresh(BUREAU, 2026)).toBe(false);
    freshness.markFresh(BUREAU, 2026, freshness.begin());
    expect(freshness.isFresh(BUREAU, 2026)).toBe(true);
    expect(freshness.isFresh(BUREAU, 2025)).toBe(false);
    s.state.generation++;
    expect(freshness.isFresh(BUREAU, 2026)).toBe(false);
  });

  it('drops the verdict of a check that a mutation overtook', () => {
    const s = source();
    const freshness = new SummaryFreshness(s, 60_000);
    const started = freshness.begin();
    s.state.generation++;
    freshness.markFresh(BUREAU, 2026, started);
    expect(freshness.isFresh(BUREAU, 2026)).toBe(false);
  });

  it('trusts nothing while announcements may go unheard, or past its time', () => {
    const s = source();
    const freshness = new SummaryFreshness(s, 60_000);
    freshness.markFresh(BUREAU, 2026, freshness.begin());
    s.state.active = false;
    expect(freshness.isFresh(BUREAU, 2026)).toBe(false);
    const brief = new SummaryFreshness(source(), 0);
    brief.markFresh(BUREAU, 2026, brief.begin());
    expect(brief.isFresh(BUREAU, 2026)).toBe(false);
  });
});
