import type { EntityManager } from '@mikro-orm/postgresql';
import { formatExact, monthsOfPeriod, parseDecimal, scorePeriod } from '@jifen/scoring';
import type { Actor } from '../../../auth/actor.js';
import { holdsRole, SCHEME_TRIERS } from '../../../auth/permissions.js';
import { BadInputError, NotFoundError } from '../../../graphql/errors.js';
import { withBureauWideAccess } from '../../../tenancy/bureau-wide-access.js';
import { judgedPeriods, isProvisional } from '../../assessments/judged-periods.js';
import { loadMemberYearFacts } from '../../ledger/facts/facts-loader.js';
import { recordedThrough } from '../../ledger/recorded-months/recorded-through.js';
import { Member } from '../../org/members/member.entity.js';
import { Membership } from '../../org/members/membership.entity.js';
import { lastScoredMonth } from '../../scores/as-of.js';
import { memberScoreView } from '../../scores/member-year/member-score.service.js';
import { parsePeriod, type PeriodArgs } from '../../scores/score-period-input.js';
import { loadYearSchemes, type YearSchemes } from '../year-schemes.js';
import { pairLines } from './line-diff.js';
import { approvedBranchItems, resolveDraft, type SchemeDraftInput } from './scheme-draft.js';
import type { SchemeTryOut } from './try-out.types.js';

const MEMBER = { zh: '党员', en: 'Member' };

/** The version in force at `month` of the records' year, or a typed error naming the year. */
export function baselineOf(schemes: YearSchemes, month: string) {
  const scheme = schemes.forMonth(month);
  if (!scheme) {
    throw new BadInputError(
      `${schemes.year} 年没有已发布的积分方案，无法与草稿对比；请选择其他台账年度`,
      `${schemes.year} has no published scheme to compare the draft with; choose another year of records`,
      'recordsYear',
    );
  }
  return scheme;
}

/**
 * 方案试算: one member's real records of `recordsYear` (a month, a quarter or the year, through
 * their branches' recorded months) scored under the scheme in force and under the draft, both
 * explained, with the lines paired. A quarter or year their branch has not yet judged is
 * provisional on both sides, a year with its projection (预计), as the member's own scores show
 * it. Read-only. The committee and analysts try any member of the bureau, a secretary the members
 * of their own branch; anyone else finds no such member.
 */
export async function tryOutMember(
  em: EntityManager,
  actor: Actor,
  draftInput: SchemeDraftInput,
  memberId: string,
  args: PeriodArgs,
): Promise<SchemeTryOut> {
  const parsed = parsePeriod(args);
  const period = parsed.period;
  const months = monthsOfPeriod(period);
  // A try-out scores the whole period asked (or up to an explicit asOf), as before.
  const asOf = parsed.asOf ?? months.at(-1)!;
  return withBureauWideAccess(em, async (wide) => {
    const member = await wide.findOne(Member, { id: memberId });
    const stretches = member
      ? await wide.find(Membership, {
          memberId,
          fromMonth: { $lte: months.at(-1)! },
          $or: [{ toMonth: null }, { toMonth: { $gte: months[0]! } }],
        })
      : [];
    const branches = [...new Set([...stretches.map((s) => s.branchId), member?.branchId])];
    const allowed =
      member !== null && branches.every((b) => b && holdsRole(actor, SCHEME_TRIERS, b));
    if (!allowed) throw new NotFoundError(MEMBER, 'memberId');

    const year = args.year;
    const items = await approvedBranchItems(wide, year);
    const draft = await resolveDraft(wide, draftInput, items);
    const schemes = await loadYearSchemes(wide, year);
    const last = months.at(-1)! < asOf ? months.at(-1)! : asOf;
    const baseline = baselineOf(schemes, last);
    const [facts] = await loadMemberYearFacts(wide, year, [memberId]);
    const judged = await judgedPeriods(wide, year);
    const through = await recordedThrough(wide, year);
    const key = period.kind === 'quarter' ? `q${period.quarter}` : period.kind;
    // Judged by the branch of the period's last scored month, as the member's own scores are.
    const scored = lastScoredMonth(facts!, through, last);
    const options = {
      asOf: asOf as `${number}-${number}`,
      recordedThrough: through,
      provisional:
        period.kind !== 'month' && (!scored || isProvisional(judged, scored.branchId, key)),
      explain: true,
    };
    const current = memberScoreView(
      scorePeriod(facts!, baseline.compiled, period, options),
      baseline,
    );
    const tried = memberScoreView(scorePeriod(facts!, draft.compiled, period, options), {
      id: draft.schemeId ?? 'unsaved',
      version: draft.version ?? 0,
    });
    const lines = pairLines(current.lines, tried.lines);
    return {
      recordsYear: year,
      // The last month scored, as the scores show it; the period's last when nothing is recorded.
      asOf: current.asOf ?? asOf,
      current,
      draft: tried,
      delta: formatExact(parseDecimal(tried.total.value).sub(parseDecimal(current.total.value))),
      lines,
    };
  });
}
