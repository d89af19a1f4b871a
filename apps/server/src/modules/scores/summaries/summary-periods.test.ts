import { describe, expect, it } from 'vitest';
import { periodsFromMonth, periodsOfMonth } from './score-summaries.service.js';

describe('the summary periods a change can move', () => {
  it('a month’s records: its quarter and the year', () => {
    expect(periodsOfMonth('2026-05')).toEqual(['year', 'q2']);
    expect(periodsOfMonth('2026-12')).toEqual(['year', 'q4']);
  });

  it('a version in force from a month: the year and the quarters from that month’s on', () => {
    expect(periodsFromMonth('2026-01')).toEqual(['year', 'q1', 'q2', 'q3', 'q4']);
    // Mid-quarter: the quarter's last month is scored under the new version.
    expect(periodsFromMonth('2026-05')).toEqual(['year', 'q2', 'q3', 'q4']);
    expect(periodsFromMonth('2026-07')).toEqual(['year', 'q3', 'q4']);
    expect(periodsFromMonth('2026-12')).toEqual(['year', 'q4']);
  });
});
