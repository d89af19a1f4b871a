import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { scorePeriod, type Period, type Quarter, type ScoreResult } from '@jifen/scoring';
import { TENANT_FILTER } from '../../tenancy/tenant-filter.js';
import type { TenantScope } from '../../tenancy/tenant-scope.js';
import { loadMemberYearFacts } from '../ledger/facts-loader.js';
import { Membership } from '../org/membership.entity.js';
import { loadYearSchemes, type YearSchemes } from '../schemes/year-schemes.js';
import { defaultAsOf, lastScoredMonth } from './as-of.js';
import { withBureauWideAccess } from '../../tenancy/bureau-wide-access.js';
import { ScoreSummary, type ScorePart } from './score-summary.entity.js';

export const SUMMARY_PERIODS = ['year', 'q1', 'q2', 'q3', 'q4'] as const;
export type SummaryPeriod = (typeof SUMMARY_PERIODS)[number];

// Upserts go in slices so a bureau-wide refresh stays within PostgreSQL's parameter limit.
const BATCH = 500;

export function periodOf(year: number, period: SummaryPeriod): Period {
  return period === 'year'
    ? { kind: 'year', year }
    : { kind: 'quarter', year, quarter: Number(period.slice(1)) as Quarter };
}

/** The summary columns of one score, as the scoring package computed it. */
function summaryRow(result: ScoreResult, scheme: { id: string; version: number }, asOf: string) {
  const part = (c: {
    code: string;
    label: { zh: string; en: string };
    score: { value: string; exact: string };
  }): ScorePart => ({
    code: c.code,
    nameZh: c.label.zh,
    nameEn: c.label.en,
    value: c.score.value,
    exact: c.score.exact,
  });
  return {
    totalSort: decimalForSort(result.total.exact),
    total: result.total.value,
    totalExact: result.total.exact,
    base: result.sections.base.value,
    special: result.sections.special.value,
    evaluation: result.sections.evaluation?.value ?? null,
    categories: result.categories.map(part),
    specialItems: result.specialItems.map(part),
    outcomeBand: result.outcome?.band ?? null,
    outcome: result.outcome ? { ...result.outcome } : null,
    schemeId: scheme.id,
    schemeVersion: scheme.version,
    asOf,
  };
}

/** Exact text (`"74/3"` or `"61.5"`) to a 6-place decimal for ordering. */
function decimalForSort(exact: string): string {
  const [n, d] = exact.split('/');
  if (d === undefined) return n!;
  const scaled = (BigInt(n!) * 10n ** 6n) / BigInt(d);
  const sign = scaled < 0n ? '-' : '';
  const digits = (scaled < 0n ? -scaled : scaled).toString().padStart(7, '0');
  return `${sign}${digits.slice(0, -6)}.${digits.slice(-6)}`;
}

/**
 * Recomputes the year and quarter summaries of `memberIds` with the scoring package and writes
 * them, in the caller's transaction (so a save and its summaries commit together). Constant in
 * statements per call: facts for all members at once, upserts in slices.
 */
export async function refreshScoreSummaries(
  em: EntityManager,
  year: number,
  memberIds: readonly string[],
  asOf: string = defaultAsOf(year),
): Promise<void> {
  if (memberIds.length === 0) return;
  await withBureauWideAccess(
    em,
    async (wide) => {
      const schemes = await loadYearSchemes(wide, year);
      await writeSummaries(wide, year, [...new Set(memberIds)], schemes, asOf);
    },
    { writeSummaries: true },
  );
}

/** Recomputes every member who belonged to a branch of the bureau in `year` (e.g. after publishing). */
export async function refreshYearSummaries(em: EntityManager, year: number): Promise<number> {
  return withBureauWideAccess(
    em,
    async (wide) => {
      const ids = await membersOfYear(wide, year);
      const schemes = await loadYearSchemes(wide, year);
      for (let i = 0; i < ids.length; i += BATCH * 2) {
        await writeSummaries(wide, year, ids.slice(i, i + BATCH * 2), schemes, defaultAsOf(year));
      }
      return ids.length;
    },
    { writeSummaries: true },
  );
}

/** Members with a membership overlapping `year` (optionally in one branch and month range). */
export async function membersOfYear(
  em: EntityManager,
  year: number,
  branchId?: string,
  months: { from: string; to: string } = { from: `${year}-01`, to: `${year}-12` },
): Promise<string[]> {
  const rows = await em.find(Membership, {
    ...(branchId ? { branchId } : {}),
    fromMonth: { $lte: months.to },
    $or: [{ toMonth: null }, { toMonth: { $gte: months.from } }],
  });
  return [...new Set(rows.map((r) => r.memberId))];
}

/**
 * Refreshes the summaries that no longer match the calendar (a month went by since they were
 * computed) or are missing (a member added since the last save). Checked bureau-wide, whatever
 * the caller's walls, so one branch's view never mistakes another's rows for missing ones. Called
 * before list reads: one cheap statement (index-only counts) when nothing is stale, the usual
 * case; the member-by-member search only when the counts disagree. Transfers refresh their own
 * summaries (org/transfer.service.ts), so a moved member is never stale here.
 */
export async function ensureFreshSummaries(em: EntityManager, year: number): Promise<void> {
  const asOf = defaultAsOf(year);
  await withBureauWideAccess(em, async (wide) => {
    const bureauId = wide.getFilterParams<TenantScope>(TENANT_FILTER)!.bureauId;
    const [counts] = await wide.execute<{ fresh: string; members: string; published: boolean }[]>(
      `select (select count(*) from score_summary where bureau_id = ? and year = ? and period = 'year' and as_of = ?) as fresh,
              (select count(distinct member_id) from membership where bureau_id = ? and from_month <= ?
                 and (to_month is null or to_month >= ?)) as members,
              exists (select 1 from scheme where bureau_id = ? and year = ? and status <> 'draft') as published`,
      [bureauId, year, asOf, bureauId, asOf, `${year}-01`, bureauId, year],
    );
    if (!counts?.published || Number(counts.fresh) === Number(counts.members)) return;
    const rows = await wide.execute<{ member_id: string }[]>(
      `select distinct m.member_id from membership m
       where m.bureau_id = ? and m.from_month <= ? and (m.to_month is null or m.to_month >= ?)
         and not exists (select 1 from score_summary s where s.bureau_id = m.bureau_id and s.member_id = m.member_id
                         and s.year = ? and s.period = 'year' and s.as_of = ?)`,
      // A membership starting after the as-of month has nothing to score yet.
      [bureauId, asOf, `${year}-01`, year, asOf],
    );
    if (rows.length > 0) {
      await refreshScoreSummaries(
        wide,
        year,
        rows.map((r) => r.member_id),
        asOf,
      );
    }
  });
}

async function writeSummaries(
  wide: EntityManager,
  year: number,
  memberIds: string[],
  schemes: YearSchemes,
  asOf: string,
): Promise<void> {
  const rows: unknown[][] = [];
  const keep = new Set<string>();
  if (schemes.latest) {
    const facts = await loadMemberYearFacts(wide, year, memberIds);
    const bureauId = wide.getFilterParams<TenantScope>(TENANT_FILTER)!.bureauId;
    for (const f of facts) {
      for (const period of SUMMARY_PERIODS) {
        const quarter = period === 'year' ? null : Number(period.slice(1));
        const last = lastScoredMonth(year, { quarter }, asOf);
        // A quarter that has not started by the as-of month has no score yet.
        if (quarter && `${year}-${String(quarter * 3 - 2).padStart(2, '0')}` > asOf) continue;
        const scheme = schemes.forMonth(last)!;
        const result = scorePeriod(f, scheme.compiled, periodOf(year, period), {
          asOf,
          explain: false,
        });
        const lastMonth = result.months.at(-1);
        if (!lastMonth) continue;
        keep.add(`${period}|${f.memberId}`);
        const row = summaryRow(result, scheme, asOf);
        rows.push([
          randomUUID(), // kept only when the row is new
          bureauId,
          lastMonth.branchId,
          year,
          period,
          f.memberId,
          row.totalSort,
          row.total,
          row.totalExact,
          row.base,
          row.special,
          row.evaluation,
          JSON.stringify(row.categories),
          JSON.stringify(row.specialItems),
          row.outcomeBand,
          row.outcome ? JSON.stringify(row.outcome) : null,
          row.schemeId,
          row.schemeVersion,
          row.asOf,
        ]);
      }
    }
  }
  // Periods a member no longer scores in (records removed, membership changed) lose their summary.
  const existing = await wide.find(
    ScoreSummary,
    { year, memberId: { $in: memberIds } },
    { refresh: true },
  );
  const gone = existing.filter((s) => !keep.has(`${s.period}|${s.memberId}`)).map((s) => s.id);
  // Plain SQL: an ORM upsert cannot move the branch of a composite key sharing bureau_id.
  for (let i = 0; i < rows.length; i += BATCH) {
    const slice = rows.slice(i, i + BATCH);
    await wide.execute(
      `insert into score_summary (id, bureau_id, branch_id, year, period, member_id, total_sort, total,
         total_exact, base, special, evaluation, categories, special_items, outcome_band, outcome,
         scheme_id, scheme_version, as_of, computed_at)
       values ${slice.map(() => '(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?, ?::jsonb, ?, ?, ?, now())').join(', ')}
       on conflict (bureau_id, year, period, member_id) do update set
         branch_id = excluded.branch_id, total_sort = excluded.total_sort, total = excluded.total,
         total_exact = excluded.total_exact, base = excluded.base, special = excluded.special,
         evaluation = excluded.evaluation, categories = excluded.categories,
         special_items = excluded.special_items, outcome_band = excluded.outcome_band,
         outcome = excluded.outcome, scheme_id = excluded.scheme_id,
         scheme_version = excluded.scheme_version, as_of = excluded.as_of, computed_at = now()`,
      slice.flat(),
    );
  }
  if (gone.length) await wide.nativeDelete(ScoreSummary, { id: { $in: gone } });
}
