import {
  compileScheme,
  parseExact,
  roundToText,
  scheme2021,
  scorePeriod,
  type CompiledScheme,
  type DutyStatus,
  type MemberYearFacts,
  type Scheme,
} from '@jifen/scoring';
import { kindOf, shownValue, type Draft } from './sheet-model';
import type { MonthlySheet, SheetRow } from './sheet-types';

/**
 * The year's scheme as the server builds a year's first draft from the 2021 default (see
 * apps/server/src/modules/schemes/scheme-templates.ts). Used for the live totals until the sheet
 * carries its scheme's definition; rows it does not reproduce fall back to the server's figures.
 */
export function defaultSchemeFor(year: number): Scheme {
  const copy = structuredClone(scheme2021);
  return {
    ...copy,
    year,
    version: `${year}.1`,
    firstMonth: year === 2021 ? 9 : 1,
    assumptions: (copy.assumptions ?? []).filter((a) => year === 2021 || a.path !== 'firstMonth'),
  };
}

const compiledByYear = new Map<number, CompiledScheme>();

/** The compiled scheme for the live totals of a year's sheets (compiled once per year). */
export function sheetScheme(year: number, definition?: Scheme | null): CompiledScheme {
  if (definition) return compileScheme(definition);
  let compiled = compiledByYear.get(year);
  if (!compiled) {
    compiled = compileScheme(defaultSchemeFor(year));
    compiledByYear.set(year, compiled);
  }
  return compiled;
}

/** The figures of one member's month, as the grid's total columns show them. */
export type RowScore = {
  categories: Record<string, string>;
  base: string;
  special: string;
  total: string;
};

/** What the server computed for the row (shown before any edit, and when the preview is off). */
export function serverScore(row: SheetRow): RowScore {
  return {
    categories: Object.fromEntries(row.categories.map((c) => [c.code, c.score])),
    base: row.base,
    special: row.special,
    total: row.total,
  };
}

/**
 * A member's facts for scoring `month` from the sheets of the quarter up to that month: the
 * earlier months (as saved) matter for quarterly items (支部大会 credits the whole quarter, a late
 * due costs every month of its quarter). The current month's sheet carries the person's edits.
 * Special items are not built: they do not change on the sheet, the server's figure is used.
 */
export function memberMonthFacts(
  memberId: string,
  current: MonthlySheet,
  draft: Draft,
  earlier: readonly MonthlySheet[],
): MemberYearFacts {
  const year = Number(current.month.slice(0, 4));
  const facts: MemberYearFacts = {
    memberId,
    year,
    memberships: [],
    sessions: [],
    attendance: [],
    quotas: [],
    duties: [],
    violations: [],
  };
  const sheets = [...earlier].sort((a, b) => a.month.localeCompare(b.month));
  sheets.push(current);
  // The member's run of months in a branch that ends with the current month.
  let from = current.month;
  for (let i = sheets.length - 2; i >= 0; i--) {
    if (sheets[i]!.rows.some((r) => r.memberId === memberId)) from = sheets[i]!.month;
    else break;
  }
  facts.memberships.push({ branchId: current.branchId, from, to: current.month });

  for (const sheet of sheets) {
    if (sheet.month < from) continue;
    const row = sheet.rows.find((r) => r.memberId === memberId);
    const live = sheet === current ? draft : new Map();
    sheet.columns.forEach((column, index) => {
      if (column.sessionId) {
        facts.sessions.push({
          id: column.sessionId,
          branchId: current.branchId,
          itemCode: column.itemCode,
          date: column.sessionDate ?? `${sheet.month}-01`,
        });
      }
      if (!row) return;
      const value = shownValue(live, row, index, column.key);
      if (value === null) return;
      const id = `${memberId}|${sheet.month}|${column.key}`;
      switch (kindOf(column)) {
        case 'attendance':
          if (column.sessionId && value === '1')
            facts.attendance.push({ sessionId: column.sessionId, id });
          break;
        case 'quota':
          if (/^\d+(\.\d+)?$/.test(value)) {
            facts.quotas!.push({ id, itemCode: column.itemCode, month: sheet.month, value });
          }
          break;
        case 'duty':
          if (value === 'onTime' || value === 'late' || value === 'missing') {
            facts.duties!.push({
              id,
              itemCode: column.itemCode,
              month: sheet.month,
              status: value as DutyStatus,
            });
          }
          break;
        case 'breach':
          if (/^\d+$/.test(value) && Number(value) > 0) {
            facts.violations!.push({
              id,
              itemCode: column.itemCode,
              month: sheet.month,
              count: Number(value),
            });
          }
          break;
        default:
          break;
      }
    });
  }
  return facts;
}

/** Scores a member's month with the scheme: categories and base from the package, special from the server. */
export function scoreRow(
  row: SheetRow,
  current: MonthlySheet,
  draft: Draft,
  earlier: readonly MonthlySheet[],
  scheme: CompiledScheme,
): RowScore {
  const facts = memberMonthFacts(row.memberId, current, draft, earlier);
  const result = scorePeriod(
    facts,
    scheme,
    { kind: 'month', month: current.month },
    { asOf: current.month, explain: false },
  );
  const month = result.months[0];
  const categories: Record<string, string> = {};
  for (const c of result.categories)
    categories[c.code] = month?.categories[c.code]?.value ?? c.score.value;
  const total = parseExact(result.sections.base.exact).add(parseExact(row.special));
  return {
    categories,
    base: result.sections.base.value,
    special: row.special,
    total: roundToText(total, scheme.rounding),
  };
}

function sameScore(a: RowScore, b: RowScore): boolean {
  if (a.base !== b.base || a.total !== b.total) return false;
  return Object.keys(b.categories).every((code) => a.categories[code] === b.categories[code]);
}

/**
 * Which rows the browser can score exactly like the server: their saved cells, scored here, give
 * the server's figures. The others show the server's figures until saved.
 */
export function reproducibleRows(
  current: MonthlySheet,
  earlier: readonly MonthlySheet[],
  scheme: CompiledScheme,
): Set<string> {
  const ok = new Set<string>();
  for (const row of current.rows) {
    try {
      if (sameScore(scoreRow(row, current, new Map(), earlier, scheme), serverScore(row))) {
        ok.add(row.memberId);
      }
    } catch {
      // A fact the local scheme cannot read: this row keeps the server's figures.
    }
  }
  return ok;
}

/** The figures shown for a row: live when the row has edits and the browser reproduces it. */
export function liveScore(
  row: SheetRow,
  current: MonthlySheet,
  draft: Draft,
  earlier: readonly MonthlySheet[],
  scheme: CompiledScheme,
  reproducible: ReadonlySet<string>,
): { score: RowScore; live: boolean } {
  const edited = (draft.get(row.memberId)?.size ?? 0) > 0;
  if (!edited || !reproducible.has(row.memberId)) return { score: serverScore(row), live: false };
  try {
    return { score: scoreRow(row, current, draft, earlier, scheme), live: true };
  } catch {
    return { score: serverScore(row), live: false };
  }
}
