import type { EntityManager } from '@mikro-orm/postgresql';
import { compareSchemes, type MemberYearFacts } from '@jifen/scoring';
import type { Actor } from '../../../auth/actor.js';
import { BUREAU_WIDE_TRIERS, requireRole } from '../../../auth/permissions.js';
import { withBureauWideAccess } from '../../../tenancy/bureau-wide-access.js';
import { TENANT_FILTER } from '../../../tenancy/tenant-filter.js';
import type { TenantScope } from '../../../tenancy/tenant-scope.js';
import { judgedPeriods, isProvisional } from '../../assessments/judged-periods.js';
import { factsInBatches } from '../../ledger/facts/facts-in-batches.js';
import { recordedThrough } from '../../ledger/recorded-months/recorded-through.js';
import { BadInputError } from '../../../graphql/errors.js';
import { lastScoredMonth } from '../../scores/as-of.js';
import { parsePeriod } from '../../scores/score-period-input.js';
import type { OutcomeBandFilter } from '../../scores/scores.types.js';
import { loadYearSchemes } from '../year-schemes.js';
import { approvedBranchItems, resolveDraft, type SchemeDraftInput } from './scheme-draft.js';
import { baselineOf } from './try-out.service.js';
import { summariseByBranch, type WhatIfRow } from './what-if-summary.js';
import type { SchemeWhatIf, WhatIfSummary } from './what-if.types.js';

/**
 * Members whose facts are read and scored at once: bounds memory (two batches are held while the
 * next is read), keeps statements per batch fixed. Read ahead of scoring, 1,000 at a time took
 * 0.74–0.95× the time of 2,000 one after another (six alternating what-ifs of 10,000 members).
 */
const BATCH = 1000;

type MemberRow = { id: string; name: string; branch_id: string; branch_name: string };

/**
 * 对比试算: every member with months in `recordsYear` (through their branches' recorded months),
 * their year under the scheme in force and under the draft, with the summary a committee decides
 * on, for the bureau and each branch. Members are grouped under their current branch. A year
 * not yet approved by the branch of its last scored month is compared by its projections (预计),
 * as the rest of the app shows a year in progress; a member with no recorded month is left out.
 * Read-only; for the committee and analysts (a bureau grant), whose scope is the whole bureau.
 */
export async function bureauWhatIf(
  em: EntityManager,
  actor: Actor,
  draftInput: SchemeDraftInput,
  recordsYear: number,
  { batch = BATCH }: { batch?: number } = {},
): Promise<SchemeWhatIf> {
  requireRole(actor, BUREAU_WIDE_TRIERS, null);
  parsePeriod({ year: recordsYear });
  const yearEnd = `${recordsYear}-12`;
  return withBureauWideAccess(em, async (wide) => {
    const items = await approvedBranchItems(wide, recordsYear);
    const draft = await resolveDraft(wide, draftInput, items);
    const baseline = baselineOf(await loadYearSchemes(wide, recordsYear), yearEnd);
    // Each branch's months count as far as it has recorded them; its year is judged once approved.
    const through = await recordedThrough(wide, recordsYear);
    const judged = await judgedPeriods(wide, recordsYear);
    const bureauId = wide.getFilterParams<TenantScope>(TENANT_FILTER)!.bureauId;
    const members = await wide.execute<MemberRow[]>(
      `select m.id, m.name, m.branch_id, b.name as branch_name from member m
       join branch b on b.bureau_id = m.bureau_id and b.id = m.branch_id
       where m.bureau_id = ? and exists (
         select 1 from membership s where s.bureau_id = m.bureau_id and s.member_id = m.id
           and s.from_month <= ? and (s.to_month is null or s.to_month >= ?))
       order by b.sort_order, b.name, m.name, m.id`,
      [bureauId, yearEnd, `${recordsYear}-01`],
    );
    const rows: WhatIfRow[] = [];
    const byId = new Map(members.map((m) => [m.id, m]));
    // Judged by the branch of the member's last scored month, as their own scores are: a member
    // who moved keeps the old branch's verdict until the new branch records a month of theirs.
    const provisional = (f: MemberYearFacts) => {
      const last = lastScoredMonth(f, through, yearEnd);
      if (!last) return true; // nothing scored yet: left out
      const running = isProvisional(judged, last.branchId, 'year');
      if (running) requireProjections(recordsYear, baseline, draft);
      return running;
    };
    const options = {
      asOf: yearEnd as `${number}-${number}`,
      recordedThrough: through,
      provisional,
    };
    const ids = members.map((m) => m.id);
    // Compared without explanations, which alone name a sign-in's record.
    const read = { recordIds: false };
    for await (const { facts } of factsInBatches(wide, recordsYear, ids, batch, read)) {
      for (const comparison of compareSchemes(facts, baseline.compiled, draft.compiled, options)) {
        const m = byId.get(comparison.memberId)!;
        rows.push({
          ...comparison,
          name: m.name,
          branchId: m.branch_id,
          branchName: m.branch_name,
        });
      }
    }
    const order = new Map(members.map((m, i) => [m.id, i]));
    rows.sort((a, b) => order.get(a.memberId)! - order.get(b.memberId)!);
    const branches = [
      ...new Map(
        members.map((m) => [m.branch_id, { id: m.branch_id, name: m.branch_name }]),
      ).values(),
    ];
    const summary = summariseByBranch(rows, branches);
    const view = (s: (typeof summary)['bureau']): WhatIfSummary => ({
      ...s,
      bands: s.bands.map((b) => ({ ...b, band: b.band as OutcomeBandFilter })),
    });
    const recorded = Object.values(through).sort();
    return {
      recordsYear,
      asOf: recorded.at(-1) ?? yearEnd,
      provisional: rows.some((r) => r.projected),
      currentVersion: baseline.version,
      draftYear: draft.year,
      bureau: view(summary.bureau),
      branches: summary.branches.map(view),
      members: rows.map((r) => ({
        memberId: r.memberId,
        name: r.name,
        branchId: r.branchId,
        branchName: r.branchName,
        current: r.totalA,
        draft: r.totalB,
        delta: r.delta,
        currentBand: r.outcomeA.band as OutcomeBandFilter,
        draftBand: r.outcomeB.band as OutcomeBandFilter,
        changed: r.changed,
        projected: r.projected,
      })),
    };
  });
}

/** A year in progress is compared by projections: both schemes must say how a year is projected. */
function requireProjections(
  recordsYear: number,
  baseline: { compiled: { projection?: unknown } },
  draft: { compiled: { projection?: unknown } },
): void {
  const missing = !baseline.compiled.projection
    ? 'recordsYear'
    : !draft.compiled.projection
      ? 'draft'
      : null;
  if (!missing) return;
  throw new BadInputError(
    missing === 'draft'
      ? `${recordsYear} 年尚未审定，只能按预计结果对比，但草稿未设置年度预计方式（结果运用）；请补充设置，或选择已审定年度的台账`
      : `${recordsYear} 年尚未审定，只能按预计结果对比，但现行方案未设置年度预计方式；请选择已审定年度的台账`,
    missing === 'draft'
      ? `${recordsYear} is not yet approved and can only be compared by projections, but the draft sets no projection (outcomes); add one, or choose an approved year of records`
      : `${recordsYear} is not yet approved and can only be compared by projections, but the scheme in force sets no projection; choose an approved year of records`,
    missing,
  );
}
