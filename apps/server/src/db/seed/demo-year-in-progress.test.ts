import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testClock } from '../../../test/factories/cycle.js';
import { seedDemoBureau } from '../../../test/factories/demo.js';
import { setClock, systemClock } from '../../modules/calendar/clock.js';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database.js';
import { demoYears, LIGHT_DEMO_DAY } from './demo-calendar.js';

let db: TestDatabase;
beforeAll(async () => {
  // The light demo as on its own day: a clock another file left elsewhere would score another year.
  testClock(`${LIGHT_DEMO_DAY}T09:00:00+08:00`);
  db = await createTestDatabase();
  await seedDemoBureau(db, { ledger: true });
});
afterAll(async () => {
  setClock(systemClock);
  await db.close();
});

const DEMO_LEDGER_MONTHS = demoYears(LIGHT_DEMO_DAY).recordedMonths;
const LAST = `2026-${String(DEMO_LEDGER_MONTHS).padStart(2, '0')}`;

describe('the demo year in progress', () => {
  it('every branch has recorded its months in order through the demo’s last month', async () => {
    const rows = await db.ownerQuery<{ branch_id: string; months: string[] }>(
      `select branch_id, array_agg(month order by month) as months from recorded_month group by branch_id`,
    );
    expect(rows).toHaveLength(6);
    for (const r of rows) expect(r.months.at(-1)).toBe(LAST);
    for (const r of rows) expect(r.months).toHaveLength(DEMO_LEDGER_MONTHS);
  });

  it('scores no unrecorded month and gives no final band, only projections with a believable spread', async () => {
    const [bad] = await db.ownerQuery<{ n: number }>(
      `select count(*)::int as n from score_summary where as_of > $1`,
      [LAST],
    );
    expect(bad!.n).toBe(0);
    const bands = await db.ownerQuery<{ band: string | null; outcome: string | null; n: number }>(
      `select projection_band as band, outcome_band as outcome, count(*)::int as n
       from score_summary where year = 2026 and period = 'year' group by 1, 2`,
    );
    expect(bands.every((b) => b.outcome === null)).toBe(true);
    const count = (band: string) => bands.find((b) => b.band === band)?.n ?? 0;
    const total = bands.reduce((sum, b) => sum + b.n, 0);
    expect(total).toBeGreaterThan(140);
    expect(bands.every((b) => b.band !== null)).toBe(true);
    // Most members are neither priority candidates nor red; some are warned early.
    expect(count('priorityCandidate')).toBeLessThan(total / 2);
    expect(count('redWarning')).toBeLessThan(total / 10);
    // The measure of a believable spread: most members are neither priority candidates
    // nor red. Most members miss a session now and then: they are projected in the incentive
    // band, and a few are warned early, not two fifths of the bureau.
    expect(count('priorityCandidate') + count('redWarning')).toBeLessThan(total / 2);
    expect(count('incentive')).toBeGreaterThan(total * 0.75);
    expect(count('yellowWarning') + count('redWarning')).toBeGreaterThan(0);
    expect(count('yellowWarning') + count('redWarning')).toBeLessThan(total / 10);
  });
});
