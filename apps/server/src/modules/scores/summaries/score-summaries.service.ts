import type { EntityManager } from '@mikro-orm/postgresql';
import { quarterOfMonth } from '@jifen/scoring';
import { findPlain } from '../../../db/rows/plain-rows.js';
import { TENANT_FILTER } from '../../../tenancy/tenant-filter.js';
import type { TenantScope } from '../../../tenancy/tenant-scope.js';
import { loadMemberYearFacts } from '../../ledger/facts/facts-loader.js';
import { factsInBatches } from '../../ledger/facts/facts-in-batches.js';
import { Membership } from '../../org/members/membership.entity.js';
import { loadYearSchemes, type YearSchemes } from '../../schemes/year-schemes.js';
import { withBureauWideAccess } from '../../../tenancy/bureau-wide-access.js';
import type { SummaryFreshness } from './summary-freshness.js';
import { anySummariesOf, removeSummariesNotIn, upsertSummaries } from './summary-writes.js';
import {
  SUMMARY_PERIODS,
  summaryContext,
  summaryRows,
  type SummaryPeriod,
} from './summary-rows.js';

// Members scored per pass of a bureau-wide refresh: bounds the facts held in memory at once.
// Smaller batches start and drain the pipeline sooner, and their facts die young instead of being
// promoted: 10,000 members in about 10 s of this process's CPU at 1,000 a batch, 9.2 s at 250,
// 10–15 % sooner on the wall (5 December).
const BATCH = 250;

/**
 * The periods a change to the records of `month` can move: its quarter and the year. A month's
 * score reads only the facts of its own quarter (the scoring package's rules reach no further
 * than `quarterMonths`), and which months count depends on memberships and recorded months, not
 * on the records; the other quarters' summaries stay as they are.
 */
export function periodsOfMonth(month: string): SummaryPeriod[] {
  return ['year', `q${quarterOfMonth(month)}`];
}

/**
 * The periods a new version of the year's scheme, in force from `month`, can move: the year and
 * the quarters from `month`'s on. A period is scored under the version in force in its last
 * scored month, so a quarter that ends before `month` keeps the version it was scored under.
 */
export function periodsFromMonth(month: string): SummaryPeriod[] {
  const from = quarterOfMonth(month);
  return SUMMARY_PERIODS.filter((p) => p === 'year' || Number(p.slice(1)) >= from);
}

/**
 * Recomputes the year and quarter summaries of `memberIds` with the scoring package and writes
 * them, in the caller's transaction (so a save and its summaries commit together). Constant in
 * statements per call: facts for all members at once, upserts in slices. `periods` limits it to
 * the periods a change can move (`periodsOfMonth`); by default all five.
 */
export async function refreshScoreSummaries(
  em: EntityManager,
  year: number,
  memberIds: readonly string[],
  periods: readonly SummaryPeriod[] = SUMMARY_PERIODS,
): Promise<void> {
  if (memberIds.length === 0) return;
  await withBureauWideAccess(
    em,
    async (wide) => {
      const schemes = await loadYearSchemes(wide, year);
      await writeSummaries(wide, year, [...new Set(memberIds)], schemes, periods);
    },
    { writeSummaries: true },
  );
}

/**
 * Recomputes every member who belonged to a branch of the bureau in `year` (e.g. after
 * publishing), in the caller's transaction, `batch` members at a time; of `periods` only (all
 * five by default: `periodsFromMonth` for a correction), the others' summaries left as they are.
 */
export async function refreshYearSummaries(
  em: EntityManager,
  year: number,
  {
    batch = BATCH,
    periods = SUMMARY_PERIODS,
  }: { batch?: number; periods?: readonly SummaryPeriod[] } = {},
): Promise<number> {
  return withBureauWideAccess(
    em,
    async (wide) => {
      const ids = await membersOfYear(wide, year);
      const schemes = await loadYearSchemes(wide, year);
      await writeSummariesPipelined(wide, year, ids, schemes, { size: batch, periods });
      return ids.length;
    },
    { writeSummaries: true },
  );
}

/**
 * Members with a membership overlapping `year` (optionally in one branch and month range),
 * grouped by branch: a bureau's refresh scores them in batches, and a batch of a few branches'
 * members reads those branches' sessions, where 250 members drawn across a bureau of 200
 * branches read the sessions of 147 (13,818 rows, the facts statement's largest part after the
 * sign-ins). Memberships are written over the years, so their order in the table is no guide.
 */
export async function membersOfYear(
  em: EntityManager,
  year: number,
  branchId?: string,
  months: { from: string; to: string } = { from: `${year}-01`, to: `${year}-12` },
): Promise<string[]> {
  // Plain rows through the same filter: a bureau's refresh reads every membership of the year.
  const rows = await findPlain(em, Membership, {
    ...(branchId ? { branchId } : {}),
    fromMonth: { $lte: months.to },
    $or: [{ toMonth: null }, { toMonth: { $gte: months.from } }],
  });
  rows.sort((x, y) => compareText(x.branchId, y.branchId) || compareText(x.memberId, y.memberId));
  return [...new Set(rows.map((r) => r.memberId))];
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Refreshes the summaries that are missing: a member who has a recorded month in a branch but no
 * year summary (added since the last save, or summaries from before recorded months). Every
 * change that moves a score refreshes its own summaries in its transaction (ledger saves, marking
 * a month recorded, signing, approving, transfers), so this is only the safety net: checked
 * bureau-wide, whatever the caller's walls, in one cheap statement when nothing is missing.
 */
export async function ensureFreshSummaries(
  em: EntityManager,
  year: number,
  freshness?: SummaryFreshness,
): Promise<void> {
  const scope = em.getFilterParams<TenantScope>(TENANT_FILTER);
  if (scope && freshness?.isFresh(scope.bureauId, year)) return;
  // Read before the check's snapshot: a mutation announced meanwhile voids its verdict.
  const generation = freshness?.begin();
  await withBureauWideAccess(em, async (wide) => {
    const bureauId = wide.getFilterParams<TenantScope>(TENANT_FILTER)!.bureauId;
    // Members with a membership reaching a month their branch has recorded (as lastScoredMonth).
    const scorable = `from membership m
       join (select branch_id, max(month) as through from (
               select branch_id, month from recorded_month where bureau_id = ? and month between ? and ?
               union all
               select branch_id, month from closed_period where bureau_id = ? and month between ? and ?) r
             group by branch_id) t on t.branch_id = m.branch_id
       where m.bureau_id = ? and m.from_month <= t.through and (m.to_month is null or m.to_month >= ?)`;
    const range = [`${year}-01`, `${year}-12`];
    const scorableParams = [bureauId, ...range, bureauId, ...range, bureauId, `${year}-01`];
    const [counts] = await wide.execute<{ fresh: string; members: string; published: boolean }[]>(
      `select (select count(*) from score_summary where bureau_id = ? and year = ? and period = 'year') as fresh,
              (select count(distinct m.member_id) ${scorable}) as members,
              exists (select 1 from scheme where bureau_id = ? and year = ? and status <> 'draft') as published`,
      [bureauId, year, ...scorableParams, bureauId, year],
    );
    if (!counts?.published || Number(counts.fresh) >= Number(counts.members)) {
      // Only a check that found nothing missing is remembered (a refresh is not yet committed).
      if (generation !== undefined) freshness?.markFresh(bureauId, year, generation);
      return;
    }
    const rows = await wide.execute<{ member_id: string }[]>(
      `select distinct m.member_id ${scorable}
         and not exists (select 1 from score_summary s where s.bureau_id = m.bureau_id
                         and s.member_id = m.member_id and s.year = ? and s.period = 'year')`,
      [...scorableParams, year],
    );
    if (rows.length > 0) {
      await refreshScoreSummaries(
        wide,
        year,
        rows.map((r) => r.member_id),
      );
    }
  });
}

/** The bureau of the caller's scope, which every summary written here belongs to. */
const summaryKey = (wide: EntityManager, year: number) => ({
  bureauId: wide.getFilterParams<TenantScope>(TENANT_FILTER)!.bureauId,
  year,
});

const NOTHING_SCORED = { rows: [], keep: new Set<string>() };

// Summaries are scored without explanations, which alone name a sign-in's record.
const SCORES_ONLY = { recordIds: false };

/** Scores `memberIds` for the year and its quarters (`periods`) and writes their summaries. */
async function writeSummaries(
  wide: EntityManager,
  year: number,
  memberIds: string[],
  schemes: YearSchemes,
  periods: readonly SummaryPeriod[] = SUMMARY_PERIODS,
): Promise<void> {
  const scored = schemes.latest
    ? summaryRows(
        await loadMemberYearFacts(wide, year, memberIds, SCORES_ONLY),
        await summaryContext(wide, year, schemes, periods),
      )
    : NOTHING_SCORED;
  const key = summaryKey(wide, year);
  await upsertSummaries(wide, key, scored.rows);
  // Those of the members' periods that no longer have a score.
  await removeSummariesNotIn(wide, key, { memberIds, periods }, scored.keep);
}

/**
 * A bureau's members batch by batch, in one transaction on one connection, as a pipeline: the
 * next batch's facts are asked for before this batch is scored (`factsInBatches`), and its rows
 * are written while the batch after is read and scored, so PostgreSQL reads and writes while
 * this process scores. The statements go out on the connection in the order they are sent (pg's
 * pipeline mode, db/orm-config.ts). The year's summaries that were not written (a period or a
 * member that no longer scores) are removed at the end, in one statement: a delete per batch
 * looked its members up through statistics that a first publish has not yet gathered, and walked
 * the year's rows each time. A year with no summary of these periods before (a first publish)
 * has none to remove: the delete, which walks every row just written and looks each key up among
 * the kept ones (about 0.1 s for 10,000 members, after the last write), is not sent.
 */
async function writeSummariesPipelined(
  wide: EntityManager,
  year: number,
  ids: readonly string[],
  schemes: YearSchemes,
  { size, periods }: { size: number; periods: readonly SummaryPeriod[] },
): Promise<void> {
  const key = summaryKey(wide, year);
  const keep = new Set<string>();
  // The year's summaries of other periods are not this refresh's to remove.
  const removed = periods.length === SUMMARY_PERIODS.length ? 'all' : { periods };
  if (!schemes.latest) {
    await removeSummariesNotIn(wide, key, removed, keep);
    return;
  }
  const existed = await anySummariesOf(wide, key, periods);
  const ctx = await summaryContext(wide, year, schemes, periods);
  // A write that fails fails the transaction; the one awaited next reports it. Until then its
  // rejection is handled here, so that it is not an unhandled rejection of the process.
  let writing: Promise<void> = Promise.resolve();
  try {
    for await (const batch of factsInBatches(wide, year, ids, size, SCORES_ONLY)) {
      const scored = summaryRows(batch.facts, ctx);
      if (existed) for (const k of scored.keep) keep.add(k);
      await writing;
      writing = upsertSummaries(wide, key, scored.rows);
      writing.catch(() => undefined);
    }
  } catch (error) {
    // A read queued behind a failed write fails as "transaction aborted": the write's error is
    // the one to report.
    await writing;
    throw error;
  }
  await writing;
  if (existed) await removeSummariesNotIn(wide, key, removed, keep);
}
