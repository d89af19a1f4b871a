import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { scorePeriod, type Period, type Quarter, type ScoreResult } from '@jifen/scoring';
import { TENANT_FILTER } from '../../tenancy/tenant-filter.js';
import type { TenantScope } from '../../tenancy/tenant-scope.js';
import { loadMemberYearFacts } from '../ledger/facts-loader.js';
import { Branch } from '../org/branch.entity.js';
import { Member } from '../org/member.entity.js';
import { Membership } from '../org/membership.entity.js';
import { loadYearSchemes, type YearSchemes } from '../schemes/year-schemes.js';
import { defaultAsOf, lastScoredMonth } from './as-of.js';
import { withBureauWideAccess } from './bureau-wide-access.js';
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
  await withBureauWideAccess(em, async (wide) => {
    const schemes = await loadYearSchemes(wide, year);
    await writeSummaries(wide, year, [...new Set(memberIds)], schemes, asOf);
  });
}

/** Recomputes every member who belonged to a branch of the bureau in `year` (e.g. after publishing). */
export async function refreshYearSummaries(em: EntityManager, year: number): Promise<number> {
  return withBureauWideAccess(em, async (wide) => {
    const ids = await membersOfYear(wide, year);
    const schemes = await loadYearSchemes(wide, year);
    for (let i = 0; i < ids.length; i += BATCH * 2) {
      await writeSummaries(wide, year, ids.slice(i, i + BATCH * 2), schemes, defaultAsOf(year));
    }
    return ids.length;
  });
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
 * Refreshes summaries that no longer match the calendar (a month went by) or are missing (a
 * member added since the last save). Called before list reads; usually finds nothing.
 */
export async function ensureFreshSummaries(em: EntityManager, year: number): Promise<void> {
  const asOf = defaultAsOf(year);
  // Checked bureau-wide: a member's summary lies in the branch they were in as of `asOf`, so a
  // branch role that sees a transferred member's membership but not their summary (still in the
  // old branch) took it for missing on every read, and its refresh (writing other branches'
  // summaries) was refused by the walls: scoreList failed for every role of both branches.
  const needed = await withBureauWideAccess(em, async (wide) => {
    const stale = await wide.find(
      ScoreSummary,
      { year, period: 'year', asOf: { $ne: asOf } },
      { limit: 1 },
    );
    const [row] = await wide.execute<{ missing: boolean }[]>(
      `select exists (
         select 1 from membership m
         where m.from_month <= ? and (m.to_month is null or m.to_month >= ?)
           and not exists (select 1 from score_summary s
                           where s.bureau_id = m.bureau_id and s.member_id = m.member_id
                             and s.year = ? and s.period = 'year')
           and exists (select 1 from scheme c where c.bureau_id = m.bureau_id and c.year = ?
                       and c.status <> 'draft')) as missing`,
      [`${year}-12`, `${year}-01`, year, year],
    );
    return stale.length > 0 || Boolean(row?.missing);
  });
  if (needed) await refreshYearSummaries(em, year);
}

async function writeSummaries(
  wide: EntityManager,
  year: number,
  memberIds: string[],
  schemes: YearSchemes,
  asOf: string,
): Promise<void> {
  const rows: Record<string, unknown>[] = [];
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
        rows.push({
          id: randomUUID(), // kept only when the row is new (excluded from the merge)
          bureauId,
          year,
          period,
          member: wide.getReference(Member, [bureauId, f.memberId]),
          branch: wide.getReference(Branch, [bureauId, lastMonth.branchId]),
          ...summaryRow(result, scheme, asOf),
          computedAt: new Date(),
        });
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
  for (let i = 0; i < rows.length; i += BATCH) {
    await wide.upsertMany(ScoreSummary, rows.slice(i, i + BATCH) as never[], {
      onConflictFields: ['bureauId', 'year', 'period', 'member'] as never,
      onConflictAction: 'merge',
      onConflictExcludeFields: ['id'] as never,
    });
  }
  if (gone.length) await wide.nativeDelete(ScoreSummary, { id: { $in: gone } });
}
