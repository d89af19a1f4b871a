import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoLookup } from '../../../../test/factories/demo-lookup.js';
import { bureauEm, countStatements, createMember } from '../../../../test/factories/ledger.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/test-database.js';
import { Branch } from '../../org/branches/branch.entity.js';
import {
  membersOfYear,
  refreshScoreSummaries,
  refreshYearSummaries,
} from './score-summaries.service.js';

/**
 * A bureau's refresh (publishing a scheme) scores its members batch by batch as a pipeline on one
 * connection: the next batch is read while this one is scored, and each batch is written while
 * the next is scored. Batches of 3 make the demo bureau's refresh many batches long.
 */
let db: TestDatabase;
let bureauId: string;

/** Every summary of 2026 as stored, but for its id and when it was computed. */
const SUMMARIES = `select member_id, period, branch_id, total_exact, base_exact, special_exact,
    evaluation_exact, categories, special_items, months, outcome, outcome_band, projection,
    provisional, scheme_id, scheme_version, as_of
  from score_summary where year = 2026 order by member_id, period`;

beforeAll(async () => {
  db = await createTestDatabase({ template: 'ledger' });
  bureauId = (await demoLookup(db)).bureauId;
}, 120_000);
afterAll(() => db.close());

describe("a bureau's summary refresh in batches", () => {
  it('writes exactly what one batch of the whole bureau writes, for every member', async () => {
    const whole = await bureauEm(db, bureauId).transactional((tx) =>
      refreshYearSummaries(tx, 2026),
    );
    const once = await db.ownerQuery(SUMMARIES);
    await db.ownerQuery('delete from score_summary where year = 2026');
    const members = await bureauEm(db, bureauId).transactional((tx) =>
      refreshYearSummaries(tx, 2026, { batch: 3 }),
    );
    expect(members).toBe(whole);
    expect(members).toBeGreaterThan(9);
    const batched = await db.ownerQuery(SUMMARIES);
    expect(batched.length).toBeGreaterThan(members);
    expect(batched).toEqual(once);
  });

  it('sends no delete after a first publish, and its one delete after a later one, writing the same', async () => {
    const refresh = () =>
      countStatements(db, () =>
        bureauEm(db, bureauId).transactional((tx) => refreshYearSummaries(tx, 2026, { batch: 5 })),
      );
    const deletes = (texts: string[]) =>
      texts.filter((t) => /delete from score_summary/.test(t)).length;

    await db.ownerQuery('delete from score_summary where year = 2026');
    const first = await refresh();
    expect(deletes(first.texts)).toBe(0);
    const written = await db.ownerQuery(SUMMARIES);
    expect(written.length).toBeGreaterThan(first.result);

    // Summaries there before: the refresh removes those it did not write, in one statement (what
    // it removes: the departed member's test below).
    const again = await refresh();
    expect(deletes(again.texts)).toBe(1);
    expect(await db.ownerQuery(SUMMARIES)).toEqual(written);
  });

  it('stores a value the period does not have as SQL null, not as a JSON null', async () => {
    await bureauEm(db, bureauId).transactional((tx) => refreshYearSummaries(tx, 2026));
    const [row] = await db.ownerQuery<Record<string, string>>(`select
        count(*) filter (where period <> 'year') as quarters,
        count(*) filter (where period <> 'year' and months is null) as quarters_without_months,
        count(*) filter (where period = 'year' and jsonb_typeof(months) = 'array') as years_with_months,
        count(*) filter (where period = 'year') as years,
        count(*) filter (where jsonb_typeof(months) = 'null' or jsonb_typeof(outcome) = 'null'
                           or jsonb_typeof(projection) = 'null') as json_nulls,
        count(*) filter (where projection is null and outcome is null) as neither
      from score_summary where year = 2026`);
    expect(Number(row!['quarters'])).toBeGreaterThan(0);
    expect(row!['quarters_without_months']).toBe(row!['quarters']);
    expect(row!['years_with_months']).toBe(row!['years']);
    expect(row!['json_nulls']).toBe('0');
    // A quarter has neither a projection nor an outcome: both are SQL nulls.
    expect(Number(row!['neither'])).toBeGreaterThanOrEqual(Number(row!['quarters']));
  });

  it('rewrites an unchanged summary on its own page, adding nothing to the indexes', async () => {
    // Republishing (or a correction that leaves a total as it was) rewrites every row with the
    // same total, month and branch: each new version fits on its page (a heap-only update, with
    // no new index entry) instead of going to another page with an entry in each of the
    // table's four indexes.
    const pages = () =>
      db.ownerQuery<{ member_id: string; period: string; page: number }>(
        `select member_id, period, (ctid::text::point)[0] as page, computed_at
           from score_summary where year = 2026 order by member_id, period`,
      );
    // From a first publish, whose inserts fill each page to half: the rewrite then finds its room
    // without an earlier version pruned first. Pruning is PostgreSQL's to do when it can, and
    // with the rest of the suite running beside this file it often did not (40 % stayed).
    await db.ownerQuery('delete from score_summary where year = 2026');
    await bureauEm(db, bureauId).transactional((tx) => refreshYearSummaries(tx, 2026));
    const before = await pages();
    await bureauEm(db, bureauId).transactional((tx) => refreshYearSummaries(tx, 2026));
    const after = await pages();
    expect(after.length).toBeGreaterThan(50);
    // Every row was written again, each on the page it was on.
    expect(after.map(({ page, member_id, period }) => ({ page, member_id, period }))).toEqual(
      before.map(({ page, member_id, period }) => ({ page, member_id, period })),
    );
    after.forEach((row, i) => expect(row).not.toEqual(before[i]));
  });

  it('leaves every summary as it was when a later batch fails: no half-refreshed year', async () => {
    const before = await db.ownerQuery(`select id, computed_at, total_exact from score_summary
      where year = 2026 order by id`);
    // The member scored last: its batch comes after several have been written.
    const [last] = await db.ownerQuery<{ member_id: string }>(
      `select member_id from membership where bureau_id = $1 order by member_id desc limit 1`,
      [bureauId],
    );
    await db.ownerQuery(`create function refuse_summary() returns trigger language plpgsql as $$
      begin raise exception 'refused for the test'; end $$`);
    await db.ownerQuery(`create trigger refuse_summary before insert or update on score_summary
      for each row when (new.member_id = '${last!.member_id}') execute function refuse_summary()`);
    try {
      await expect(
        bureauEm(db, bureauId).transactional((tx) => refreshYearSummaries(tx, 2026, { batch: 3 })),
      ).rejects.toThrow(/refused for the test/);
    } finally {
      await db.ownerQuery('drop trigger refuse_summary on score_summary');
      await db.ownerQuery('drop function refuse_summary()');
    }
    const after = await db.ownerQuery(`select id, computed_at, total_exact from score_summary
      where year = 2026 order by id`);
    expect(after).toEqual(before);
  });

  it('removes the summaries of a member who no longer belongs to the year, whoever refreshes', async () => {
    const em = bureauEm(db, bureauId).fork();
    const branch = await em.findOneOrFail(Branch, {});
    // Joins only next year: no score in 2026, yet stale summaries of 2026 (a membership moved).
    const gone = await createMember(em, branch, '离开的党员', { from: '2027-01' });
    const copied = `total_sort, total, total_exact, base, special, evaluation, categories,
      special_items, outcome_band, outcome, scheme_id, scheme_version, as_of, computed_at,
      base_exact, special_exact, evaluation_exact, months, provisional, projection, projection_band`;
    // Another member's summaries of 2026, as if they were this member's.
    const stale = () =>
      db.ownerQuery(
        `insert into score_summary (bureau_id, id, branch_id, year, period, member_id, ${copied})
         select bureau_id, gen_random_uuid(), $2, year, period, $1, ${copied}
           from score_summary where year = 2026 and member_id =
             (select member_id from score_summary where year = 2026 and period = 'q1' limit 1)`,
        [gone.id, branch.id],
      );
    const count = async () =>
      (
        await db.ownerQuery<{ n: string }>(
          `select count(*) as n from score_summary where year = 2026 and member_id = $1`,
          [gone.id],
        )
      )[0]!.n;
    const others = () =>
      db.ownerQuery(
        SUMMARIES.replace('where year = 2026', 'where year = 2026 and member_id <> $1'),
        [gone.id],
      );

    await bureauEm(db, bureauId).transactional((tx) => refreshYearSummaries(tx, 2026));
    const before = await others();
    await stale();
    expect(Number(await count())).toBeGreaterThan(1);
    await bureauEm(db, bureauId).transactional((tx) => refreshYearSummaries(tx, 2026));
    expect(await count()).toBe('0');
    expect(await others()).toEqual(before);

    await stale();
    await bureauEm(db, bureauId).transactional((tx) => refreshScoreSummaries(tx, 2026, [gone.id]));
    expect(await count()).toBe('0');
  });

  it("lists the year's members branch by branch, so a batch reads few branches' sessions", async () => {
    // Memberships written out of branch order, as years of transfers and new members leave them.
    await db.ownerQuery('cluster membership using membership_pkey');
    const ids = await bureauEm(db, bureauId).transactional((tx) => membersOfYear(tx, 2026));
    const branchOf = new Map(
      (
        await db.ownerQuery<{ member_id: string; branch_id: string }>(
          `select member_id, min(branch_id::text) as branch_id from membership group by member_id`,
        )
      ).map((r) => [r.member_id, r.branch_id]),
    );
    const runs = ids.filter((id, i) => i === 0 || branchOf.get(id) !== branchOf.get(ids[i - 1]!));
    expect(new Set(ids).size).toBe(ids.length);
    expect(runs.length).toBe(new Set(branchOf.values()).size);
  });
});
