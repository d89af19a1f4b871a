import type { EntityManager } from '@mikro-orm/postgresql';
import {
  isMonthKey,
  monthsOfQuarter,
  quarterOfMonth,
  scorePeriod,
  type ScoreResult,
} from '@jifen/scoring';
import { BadInputError, NotFoundError } from '../../../graphql/errors.js';
import { Branch } from '../../org/branches/branch.entity.js';
import { Member } from '../../org/members/member.entity.js';
import { Membership } from '../../org/members/membership.entity.js';
import {
  loadYearSchemes,
  type SchemeInForce,
  type YearSchemes,
} from '../../schemes/year-schemes.js';
import { BranchSession } from '../branch-session.entity.js';
import { ClosedPeriod } from '../closed-period.entity.js';
import { loadMemberYearFacts } from '../facts/facts-loader.js';
import {
  sheetColumns,
  type SheetBasis,
  type SheetColumnDef,
  type SheetSession,
} from './sheet-columns.js';
import { loadSheetValues, type SheetValues, type ShownCell } from './sheet-values.js';
import type { MonthlySheet, SheetCellInput, SheetRow } from './sheet.types.js';
import { sheetAverages, withPendingCells } from './sheet-live.js';
import { LinesOnDemand, type SheetItem, SheetRowView } from './sheet-row-view.js';

/** The same as entities, for the services that write the month (sessions, cells, violations). */
export type SheetContext = SheetBasis<BranchSession> & {
  branch: Branch;
  members: Member[];
  sessions: BranchSession[];
  closed: ClosedPeriod | null;
};

/** Checks a month argument: `YYYY-MM`, in a year with a published scheme. */
export function checkMonth(month: string, field = 'month'): number {
  if (!isMonthKey(month)) {
    throw new BadInputError('月份格式应为 YYYY-MM', 'The month must look like YYYY-MM', field);
  }
  return Number(month.slice(0, 4));
}

/** The published scheme version in force in `month`, or a typed error naming `monthField`. */
export async function schemeOfMonth(
  wide: EntityManager,
  year: number,
  month: string,
  monthField: string,
): Promise<SchemeInForce> {
  return schemeInForce(await loadYearSchemes(wide, year), month, monthField);
}

/** The version of `schemes` in force in `month`, or a typed error naming `monthField`. */
export function schemeInForce(
  schemes: YearSchemes,
  month: string,
  monthField: string,
): SchemeInForce {
  const scheme = schemes.forMonth(month);
  if (!scheme) {
    throw new BadInputError(
      `${month} 不在任何已发布积分方案的年度内`,
      `${month} is outside the year of any published scheme`,
      monthField,
    );
  }
  return scheme;
}

/**
 * Loads a branch's month. Runs on a bureau-wide fork (see tenancy/bureau-wide-access.ts) after the
 * caller has checked the actor's role in the branch: every read is limited to `branchId` except
 * the roster's names, which a transferred member keeps in their new branch.
 */
export async function loadSheetContext(
  wide: EntityManager,
  branchId: string,
  month: string,
  monthField = 'month',
): Promise<SheetContext> {
  const year = checkMonth(month, monthField);
  const branch = await wide.findOne(Branch, { id: branchId });
  if (!branch) throw new NotFoundError({ zh: '支部', en: 'Branch' }, 'branchId');
  const scheme = await schemeOfMonth(wide, year, month, monthField);
  const stretches = await wide.find(Membership, {
    branchId,
    fromMonth: { $lte: month },
    $or: [{ toMonth: null }, { toMonth: { $gte: month } }],
  });
  const memberIds = [...new Set(stretches.map((s) => s.memberId))];
  const members = memberIds.length
    ? await wide.find(Member, { id: { $in: memberIds } }, { orderBy: { name: 'asc', id: 'asc' } })
    : [];
  const sessions = await wide.find(
    BranchSession,
    { branchId, month },
    { orderBy: { date: 'asc' } },
  );
  const closed = await wide.findOne(ClosedPeriod, { branchId, month });
  const columns = sheetColumns(scheme.compiled.scheme, branchId, month, sessions);
  return { branch, month, year, scheme, members, sessions, columns, closed };
}

/** The sheet's items in column order, each once, and whether it is a special item. */
function sheetItems(columns: readonly SheetColumnDef<SheetSession>[]): SheetItem[] {
  const items = new Map<string, boolean>();
  for (const c of columns)
    if (!items.has(c.itemCode)) items.set(c.itemCode, c.section === 'special');
  return [...items].map(([itemCode, special]) => ({ itemCode, special }));
}

function cellOf(
  column: SheetColumnDef<SheetSession>,
  // The member's own cells and declarations, by cell key.
  cells: ReadonlyMap<string, ShownCell>,
  declared: ReadonlyMap<string, string[]>,
) {
  // Written out, not spread from a common part: a sheet is about a thousand cells.
  const sessionId = column.session?.id ?? null;
  if (column.kind === 'declaration') {
    const ids = declared.get(column.key);
    return {
      key: column.key,
      itemCode: column.itemCode,
      sessionId,
      value: ids ? String(ids.length) : null,
      version: 0,
      recordId: ids?.[0] ?? null,
    };
  }
  const stored = cells.get(column.key);
  return {
    key: column.key,
    itemCode: column.itemCode,
    sessionId,
    value: stored?.value ?? null,
    version: stored?.version ?? 0,
    recordId: stored?.recordId ?? null,
  };
}

/**
 * The sheet as the paper form shows it: members × items, with the package's points per member.
 * With `pending` cells (typed, not saved), the scores are what saving them would give.
 */
export async function buildMonthlySheet(
  wide: EntityManager,
  // The month's stored cells, when read with the roster (sheet-view.ts); else read here.
  context: SheetBasis & { values?: SheetValues },
  pending: readonly SheetCellInput[] = [],
): Promise<MonthlySheet> {
  const { branch, month, year, scheme, members, columns } = context;
  const memberIds = members.map((m) => m.id);
  const { cells, declared } =
    context.values ?? (await loadSheetValues(wide, branch.id, month, memberIds));
  // A month is scored as of itself from its quarter's months up to it (quarter-wide rules read
  // those: MonthContext in @jifen/scoring); no other record changes its score.
  const from = monthsOfQuarter(year, quarterOfMonth(month))[0];
  const saved = new Map(
    (
      await loadMemberYearFacts(wide, year, memberIds, { from, through: month, yearFacts: false })
    ).map((f) => [f.memberId, f]),
  );
  const facts = pending.length ? withPendingCells(saved, context, pending) : saved;
  const results: ScoreResult[] = [];
  const items = sheetItems(columns);
  const baseCategories = scheme.compiled.scheme.sections.base.categories;
  const rows: SheetRow[] = members.map((member) => {
    const memberCells = cells.of(member.id);
    const memberDeclared = declared.of(member.id);
    const score = (explain: boolean) =>
      scorePeriod(
        facts.get(member.id)!,
        scheme.compiled,
        { kind: 'month', month },
        {
          asOf: month,
          explain,
        },
      );
    // The scores without their explanation: the items' points and the categories' attainable
    // read its lines, so they score the member again with it, once, only when someone asks.
    const result = score(false);
    results.push(result);
    return new SheetRowView(
      member.id,
      member.name,
      member.groupId ?? null,
      columns.map((c) => cellOf(c, memberCells, memberDeclared)),
      result,
      new LinesOnDemand(score),
      items,
    );
  });
  return {
    branchId: branch.id,
    branchName: branch.name,
    month,
    schemeId: scheme.id,
    schemeVersion: scheme.version,
    closed: context.closed !== null,
    closedReason: context.closed?.reason ?? null,
    closedReasonEn: context.closed ? (context.closed.reasonEn ?? context.closed.reason) : null,
    columns: columns.map((c) => ({
      key: c.key,
      kind: c.kind,
      section: c.section,
      categoryCode: c.categoryCode,
      categoryNameZh: c.categoryNameZh,
      categoryNameEn: c.categoryNameEn,
      itemCode: c.itemCode,
      nameZh: c.nameZh,
      nameEn: c.nameEn,
      unitZh: c.unitZh,
      unitEn: c.unitEn,
      editable: c.editable,
      sessionId: c.session?.id ?? null,
      sessionDate: c.session?.date ?? null,
      sessionTopic: c.session?.topic ?? null,
      max: c.max ?? null,
    })),
    categories: baseCategories.map((c) => ({ code: c.code, nameZh: c.nameZh, nameEn: c.nameEn })),
    rows,
    averages: sheetAverages(
      results,
      baseCategories.map((c) => c.code),
      scheme.compiled.rounding,
    ),
  };
}
