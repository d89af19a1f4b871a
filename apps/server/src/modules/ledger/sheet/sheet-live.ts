import {
  parseExact,
  type Exact,
  roundToText,
  type MemberYearFacts,
  type RoundingRule,
  type ScoreResult,
} from '@jifen/scoring';
import { BadInputError } from '../../../graphql/errors.js';
import { withTypedCell } from '../facts/ledger-facts.js';
import { parseCell } from './sheet-cells.js';
import { cellKey, type SheetBasis } from './sheet-columns.js';
import type { SheetAverages, SheetCellInput } from './sheet.types.js';

/**
 * The members' facts with the cells typed but not saved (`pending`), so the sheet's scores are
 * live while a scorekeeper types: each cell is read as saving it would read it (same range, same
 * typed errors, naming `pending[i]`), and replaces that cell's saved fact.
 */
export function withPendingCells(
  facts: ReadonlyMap<string, MemberYearFacts>,
  context: SheetBasis,
  pending: readonly SheetCellInput[],
): Map<string, MemberYearFacts> {
  const out = new Map(facts);
  const columns = new Map(context.columns.map((c) => [c.key, c]));
  pending.forEach((p, i) => {
    const field = `pending[${i}]`;
    const member = out.get(p.memberId);
    if (!member || !context.members.some((m) => m.id === p.memberId)) {
      throw new BadInputError(
        '该党员不在本月考核表中',
        'This member is not on the month’s sheet',
        `${field}.memberId`,
      );
    }
    const column = columns.get(cellKey(p.itemCode, p.sessionId));
    if (!column) {
      throw new BadInputError(
        `项目 ${p.itemCode} 不在本月考核表中`,
        `${p.itemCode} is not a column of the month’s sheet`,
        `${field}.itemCode`,
      );
    }
    const cell = parseCell(column, p.value, `${field}.value`);
    const place = {
      id: `pending:${p.memberId}:${column.key}`,
      itemCode: column.itemCode,
      month: context.month,
      ...(column.session ? { sessionId: column.session.id } : {}),
    };
    out.set(p.memberId, withTypedCell(member, place, cell));
  });
  return out;
}

/**
 * The sheet's averages row: the mean of every member's month, exact, rounded once with the
 * scheme's rule (never a mean of rounded figures).
 */
export function sheetAverages(
  results: readonly ScoreResult[],
  categoryCodes: readonly string[],
  rounding: RoundingRule,
): SheetAverages {
  const mean = (pick: (r: ScoreResult) => string | undefined) => {
    if (results.length === 0) return '0';
    let sum: Exact | undefined;
    for (const r of results) {
      const value = parseExact(pick(r) ?? '0');
      sum = sum ? sum.add(value) : value;
    }
    return roundToText(sum!.div(results.length), rounding);
  };
  return {
    categories: categoryCodes.map((code) => ({
      code,
      score: mean((r) => r.months[0]?.categories[code]?.exact),
    })),
    base: mean((r) => r.sections.base.exact),
    special: mean((r) => r.sections.special.exact),
    total: mean((r) => r.total.exact),
  };
}
