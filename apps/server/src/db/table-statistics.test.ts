import type { Logger } from 'pino';
import { describe, expect, it } from 'vitest';
import { TableStatistics } from './table-statistics.js';

/** A logger that keeps its warnings. */
function warnings() {
  const seen: unknown[] = [];
  const log = { warn: (fields: unknown) => seen.push(fields) } as unknown as Logger;
  return { seen, log };
}

describe('analysing a table after a bulk write', () => {
  it('logs a failure instead of throwing, and runs once more when asked again meanwhile', async () => {
    const { seen, log } = warnings();
    // Nothing listens on port 1: every analysis fails to connect.
    const statistics = new TableStatistics('postgresql://nobody@127.0.0.1:1/none', log);
    statistics.analyzeSoon('score_summary');
    statistics.analyzeSoon('score_summary');
    statistics.analyzeSoon('score_summary');
    await statistics.settled();
    // The first, and one more for the two asks that came while it ran.
    expect(seen).toHaveLength(2);
    expect(seen[0]).toMatchObject({ table: 'score_summary' });
  });

  it('does nothing without the owner’s connection string', async () => {
    const { seen, log } = warnings();
    const statistics = new TableStatistics(null, log);
    statistics.analyzeSoon('score_summary');
    await statistics.settled();
    expect(seen).toEqual([]);
  });
});
