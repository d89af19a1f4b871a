// The year's ledger, month by month and branch by branch: each branch-month's sessions and its
// members' records, then the month marked recorded, or the sheet plan it becomes instead.
import type { SheetPlan } from '../generate.js';
import { type BranchMonth, DAYS, type Generation } from './context.js';
import type { Logins } from './logins.js';
import { generateMemberMonth } from './member-month.js';
import type { Organisation } from './organisation.js';
import { generateSessions } from './sessions.js';
import { sheetTables } from './tables.js';

/**
 * The ledger, month by month and branch by branch, as the scorekeepers record it. The first
 * `emptyDecember` branches keep December's sessions but not its records: those records become
 * sheet plans (cells for GraphQL, rows for the raw floor) instead.
 */
export function generateLedger(g: Generation, org: Organisation, logins: Logins): SheetPlan[] {
  const { spec, uuid, bureauId, month, at, tables: t } = g;
  const { branchIds, rosterOf, facts } = org;
  const { scorekeeperOf, scorekeeperLogins } = logins;
  const sheets: SheetPlan[] = [];
  for (let m = 1; m <= 12; m++) {
    const key = month(m);
    for (let b = 0; b < spec.branches; b++) {
      const bid = branchIds[b]!;
      const keeper = scorekeeperOf[b]!;
      const roster = rosterOf[b]![m - 1]!;
      const plan: SheetPlan | null =
        m === 12 && b < (spec.emptyDecember ?? 0)
          ? {
              branchId: bid,
              scorekeeperLogin: scorekeeperLogins[b]!,
              month: key,
              members: roster.length,
              cells: [],
              rows: [],
            }
          : null;
      const target = plan
        ? sheetTables(t)
        : { attendance: t.attendance, quota: t.quota, duty: t.duty };
      if (plan) plan.rows = [target.attendance, target.quota, target.duty];
      const recorded = at(m, 28);
      const bm: BranchMonth = { m, key, bid, keeper, roster, recorded, plan, target };
      generateSessions(g, facts, bm);
      for (const mid of roster) generateMemberMonth(g, bm, mid, facts.get(mid)!);
      if (plan) sheets.push(plan);
      else t.recordedMonths.rows.push([bureauId, uuid(), bid, key, keeper, at(m, DAYS[m - 1]!)]);
    }
  }
  return sheets;
}
