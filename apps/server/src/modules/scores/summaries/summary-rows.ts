import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  quarterOfMonth,
  scorePeriods,
  type MemberYearFacts,
  type MonthScore,
  type Period,
  type Projection,
  type Quarter,
  type ScoreResult,
} from '@jifen/scoring';
import { judgedPeriods, isProvisional } from '../../assessments/judged-periods.js';
import { recordedThrough } from '../../ledger/recorded-months/recorded-through.js';
import type { SchemeInForce, YearSchemes } from '../../schemes/year-schemes.js';
import { lastMonthOf, lastScoredMonth } from '../as-of.js';
import type { ScoreProjection, SummaryMonth } from '../score-summary.entity.js';
import { storedPart } from '../summary-parts.js';
import { decimalForSort } from './sort-decimal.js';
import type { SummaryRow } from './summary-writes.js';

// A member's summaries as the scoring package computes them: the periods, the rows written to
// score_summary and what scoring a batch needs besides its facts. score-summaries.service.ts
// reads the facts and writes these rows.

export const SUMMARY_PERIODS = ['year', 'q1', 'q2', 'q3', 'q4'] as const;
export type SummaryPeriod = (typeof SUMMARY_PERIODS)[number];

export function periodOf(year: number, period: SummaryPeriod): Period {
  return period === 'year'
    ? { kind: 'year', year }
    : { kind: 'quarter', year, quarter: Number(period.slice(1)) as Quarter };
}

/** The stored projection of a provisional year (its lines are for `memberScore`). */
export function projectionView(projection: Projection): ScoreProjection {
  return {
    total: projection.total.value,
    totalExact: projection.total.exact,
    base: projection.base.value,
    special: projection.special.value,
    evaluation: projection.evaluation.value,
    evaluationGrade: projection.evaluationGrade,
    evaluationGradeZh: projection.lines.find((l) => l.kind === 'projectionEvaluation')?.inputs
      .gradeZh as string,
    evaluationGradeEn: projection.lines.find((l) => l.kind === 'projectionEvaluation')?.inputs
      .gradeEn as string,
    assumedGrade: projection.assumedGrade,
    monthsScored: projection.monthsScored,
    band: projection.band,
    earlyWarning: projection.earlyWarning,
  };
}

/** The score_summary row of one member's period, as the scoring package computed it. */
function summaryRecord(
  result: ScoreResult,
  scheme: SchemeInForce,
  key: { period: SummaryPeriod; lastMonth: MonthScore },
): SummaryRow {
  return {
    id: randomUUID(), // kept only when the row is new
    branch_id: key.lastMonth.branchId,
    period: key.period,
    member_id: result.memberId,
    total_sort: decimalForSort(result.total.exact),
    total: result.total.value,
    total_exact: result.total.exact,
    base_exact: result.sections.base.exact,
    special_exact: result.sections.special.exact,
    evaluation_exact: result.sections.evaluation?.exact ?? null,
    months: result.period.kind === 'year' ? summaryMonths(result, key.lastMonth.branchId) : null,
    base: result.sections.base.value,
    special: result.sections.special.value,
    evaluation: result.sections.evaluation?.value ?? null,
    categories: result.categories.map(storedPart),
    special_items: result.specialItems.map(storedPart),
    outcome_band: result.outcome?.band ?? null,
    outcome: result.outcome ? { ...result.outcome } : null,
    provisional: result.provisional,
    projection: result.projection ? projectionView(result.projection) : null,
    projection_band: result.projection?.band ?? null,
    scheme_id: scheme.id,
    scheme_version: scheme.version,
    as_of: key.lastMonth.month,
  };
}

/** A year's months as stored (`SummaryMonth`): the row's branch and category codes not repeated. */
function summaryMonths(result: ScoreResult, branchId: string): SummaryMonth[] {
  return result.months.map((m) => {
    const categories = result.categories.map((c) => m.categories[c.code]?.exact ?? null);
    const month: SummaryMonth = { month: m.month, base: m.base.exact, categories };
    if (m.branchId !== branchId) month.branchId = m.branchId;
    return month;
  });
}

/** What scoring a batch of members needs besides their facts: read once per refresh. */
export type SummaryContext = {
  year: number;
  schemes: YearSchemes;
  through: Awaited<ReturnType<typeof recordedThrough>>;
  judged: ReadonlySet<string>;
  periods: readonly SummaryPeriod[];
};

export async function summaryContext(
  wide: EntityManager,
  year: number,
  schemes: YearSchemes,
  periods: readonly SummaryPeriod[],
): Promise<SummaryContext> {
  return {
    year,
    schemes,
    through: await recordedThrough(wide, year),
    judged: await judgedPeriods(wide, year),
    periods,
  };
}

/**
 * Scores each member's year and quarters, each through its branches' recorded months and
 * provisional unless the branch has judged the period: the rows to write, and the keys
 * (`period|memberId`) that have a score. CPU only.
 */
export function summaryRows(
  facts: readonly MemberYearFacts[],
  ctx: SummaryContext,
): { rows: SummaryRow[]; keep: Set<string> } {
  const { year, schemes, through, judged, periods } = ctx;
  const rows: SummaryRow[] = [];
  const keep = new Set<string>();
  for (const f of facts) {
    // The periods with a scored month, grouped by the scheme version they are scored under
    // (that of their last scored month): each group is scored from one index of the facts.
    const groups = new Map<SchemeInForce, { period: SummaryPeriod; provisional: boolean }[]>();
    for (const period of periods) {
      const quarter = period === 'year' ? null : Number(period.slice(1));
      const last = lastScoredMonth(f, through, lastMonthOf(year, { quarter }));
      // Nothing of the period recorded yet (or before it): no score yet.
      if (!last || (quarter && quarterOfMonth(last.month) < quarter)) continue;
      const scheme = schemes.forMonth(last.month)!;
      const group = groups.get(scheme) ?? [];
      group.push({ period, provisional: isProvisional(judged, last.branchId, period) });
      groups.set(scheme, group);
    }
    for (const [scheme, group] of groups) {
      const results = scorePeriods(
        f,
        scheme.compiled,
        group.map((g) => ({ period: periodOf(year, g.period), provisional: g.provisional })),
        { recordedThrough: through, explain: false },
      );
      results.forEach((result, i) => {
        const period = group[i]!.period;
        const lastMonth = result.months.at(-1);
        if (!lastMonth) return;
        keep.add(`${period}|${f.memberId}`);
        rows.push(summaryRecord(result, scheme, { period, lastMonth }));
      });
    }
  }
  return { rows, keep };
}
