import type { EntityManager } from '@mikro-orm/postgresql';
import {
  monthsOfPeriod,
  quarterOfMonth,
  renderExplanation,
  renderExpr,
  scorePeriod,
  type ExplanationLine,
  type MemberYearFacts,
  type ScoreResult,
} from '@jifen/scoring';
import type { Actor } from '../../../auth/actor.js';
import { BadInputError, NotFoundError } from '../../../graphql/errors.js';
import { maySeeScoresOf } from '../score-access.js';
import { parsePeriod, type PeriodArgs } from '../score-period-input.js';
import type { ScorePart } from '../score-summary.entity.js';
import type { MemberScore, ScoreLine } from '../scores.types.js';
import { isProvisional } from '../../assessments/judged-periods.js';
import { readMemberYear } from './member-year-read.js';
import { lastScoredMonth } from '../as-of.js';
import { projectionView } from '../summaries/summary-rows.js';

/** The branch a member belonged to in `month` (the receiving one in a month of two). */
function branchOfMonth(facts: MemberYearFacts, month: string): string | undefined {
  return facts.memberships
    .filter((s) => s.from <= month && (s.to == null || s.to >= month))
    .sort((a, b) => (a.from < b.from ? -1 : 1))
    .at(-1)?.branchId;
}

const MEMBER = { zh: '党员', en: 'Member' };

const part = (c: ScoreResult['categories'][number]): ScorePart => ({
  code: c.code,
  nameZh: c.label.zh,
  nameEn: c.label.en,
  value: c.score.value,
  exact: c.score.exact,
});

/**
 * An explanation line. Its texts and formula are rendered when read (a year has 150-odd lines and
 * a query usually asks for one language): getters, which GraphQL and JSON read like fields. A
 * class, not an object literal with getters: a literal made three closures and a dictionary-mode
 * object for every line, a ninth of what a member's year allocated.
 */
class LineView implements ScoreLine {
  readonly section: string;
  readonly category: string | null;
  readonly itemCode: string | null;
  readonly kind: string;
  readonly month: string | null;
  readonly branchId: string | null;
  readonly labelZh: string;
  readonly labelEn: string;
  readonly raw: string;
  readonly points: string;
  readonly records: string[];
  readonly inputs: ExplanationLine['inputs'];

  constructor(private readonly line: ExplanationLine) {
    this.section = line.section;
    this.category = line.category ?? null;
    this.itemCode = line.itemCode ?? null;
    this.kind = line.kind;
    this.month = line.month ?? null;
    this.branchId = line.branchId ?? null;
    this.labelZh = line.label.zh;
    this.labelEn = line.label.en;
    this.raw = line.raw;
    this.points = line.points;
    // Read only, as every view of a computed score is: shared, not copied.
    this.records = line.records as string[];
    this.inputs = line.inputs;
  }

  get textZh() {
    return renderExplanation(this.line, 'zh-CN');
  }

  get textEn() {
    return renderExplanation(this.line, 'en');
  }

  get formula() {
    return renderExpr(this.line.formula);
  }
}

const lineView = (line: ExplanationLine): ScoreLine => new LineView(line);

/** The GraphQL view of a score the scoring package computed, with its lines rendered. */
export function memberScoreView(
  result: ScoreResult,
  scheme: { id: string; version: number },
): MemberScore {
  const period = result.period;
  const categoryLabels = new Map(result.categories.map((c) => [c.code, c.label]));
  return {
    memberId: result.memberId,
    year: period.kind === 'month' ? Number(period.month.slice(0, 4)) : period.year,
    month: period.kind === 'month' ? Number(period.month.slice(5, 7)) : null,
    quarter: period.kind === 'quarter' ? period.quarter : null,
    schemeId: scheme.id,
    schemeVersion: scheme.version,
    asOf: result.months.at(-1)?.month ?? null,
    provisional: result.provisional,
    projection: result.projection ? projectionView(result.projection) : null,
    projectionLines: (result.projection?.lines ?? []).map(lineView),
    total: result.total,
    base: result.sections.base,
    special: result.sections.special,
    evaluation: result.sections.evaluation,
    categories: result.categories.map(part),
    specialItems: result.specialItems.map(part),
    months: result.months.map((m) => ({
      month: m.month,
      branchId: m.branchId,
      base: m.base.value,
      categories: Object.entries(m.categories).map(([code, amount]) => ({
        code,
        nameZh: categoryLabels.get(code)?.zh ?? code,
        nameEn: categoryLabels.get(code)?.en ?? code,
        ...amount,
      })),
    })),
    evaluationGrade: result.evaluationGrade,
    outcome: result.outcome ? { ...result.outcome } : null,
    lines: result.lines.map(lineView),
    warnings: result.warnings.map((w) => ({ ...w, recordId: w.recordId ?? null })),
  };
}

/**
 * A member's month, quarter or year, scored by the scoring package from the ledger, with every
 * explanation line. Scored across branches (a transfer), after checking the actor may see it.
 */
export async function memberScore(
  em: EntityManager,
  actor: Actor,
  memberId: string,
  args: PeriodArgs,
): Promise<MemberScore> {
  const { period, asOf } = parsePeriod(args);
  const year = args.year;
  // Everything in one statement read across branches (a transferred member's months belong to
  // two); nothing of it leaves before the check below.
  const { member, facts, schemes, through, judged } = await readMemberYear(
    em,
    actor.bureauId,
    memberId,
    year,
  );
  const months = monthsOfPeriod(period);
  const stretches = (facts?.memberships ?? []).filter(
    (s) => s.from <= months.at(-1)! && (s.to == null || s.to >= months[0]!),
  );
  // The branches whose months this period scores; a member's own branch reads the whole year.
  const branches = [...new Set(stretches.map((s) => s.branchId))];
  const allowed =
    member !== null &&
    (maySeeScoresOf(actor, memberId, branches) ||
      (period.kind === 'year' && maySeeScoresOf(actor, memberId, [member.branchId])));
  // Not found rather than forbidden: who exists outside one's wall is not for telling.
  if (!allowed || !facts) throw new NotFoundError(MEMBER, 'memberId');
  const periodLast = months.at(-1)!;
  const cap = asOf !== undefined && asOf < periodLast ? asOf : periodLast;
  // A month asked for is scored whole; a year or quarter through its branches' recorded months.
  const scored =
    period.kind === 'month'
      ? { month: cap, branchId: branchOfMonth(facts, cap) }
      : lastScoredMonth(facts, through, cap);
  const scheme = schemes.forMonth(scored?.month ?? cap);
  if (!scheme) {
    throw new BadInputError(
      `${year} 年还没有已发布的积分方案`,
      `${year} has no published scheme`,
      'year',
    );
  }
  const summaryPeriod = period.kind === 'year' ? 'year' : `q${quarterOfMonth(periodLast)}`;
  const result = scorePeriod(facts, scheme.compiled, period, {
    asOf: cap,
    ...(period.kind === 'month' ? {} : { recordedThrough: through }),
    provisional: !scored?.branchId || isProvisional(judged, scored.branchId, summaryPeriod),
    explain: true,
  });
  return memberScoreView(result, scheme);
}
