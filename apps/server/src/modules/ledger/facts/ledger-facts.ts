import type {
  AttendanceFact,
  DutyFact,
  DutyStatus,
  MemberYearFacts,
  QuotaFact,
  ViolationFact,
} from '@jifen/scoring';
import type { ParsedCell } from '../sheet/sheet-cells.js';

/**
 * How the ledger's records become the scoring package's facts: the ONE mapping, used by the facts
 * loader (saved records) and by the monthly sheet's live scores (cells typed, not saved yet).
 * Cleared cells (absent, no value, count 0) are no fact at all.
 */
export const ledgerFacts = {
  // Without its id when read for scores without explanations (ledger-fact-rows.ts).
  attendance: (r: { id?: string; sessionId: string }): AttendanceFact =>
    r.id === undefined ? { sessionId: r.sessionId } : { sessionId: r.sessionId, id: r.id },
  quota: (r: { id: string; itemCode: string; month: string; value: string }): QuotaFact => ({
    id: r.id,
    itemCode: r.itemCode,
    month: r.month,
    value: r.value,
  }),
  duty: (r: { id: string; itemCode: string; month: string; status: string }): DutyFact => ({
    id: r.id,
    itemCode: r.itemCode,
    month: r.month,
    status: r.status as DutyStatus,
  }),
  violation: (r: {
    id: string;
    itemCode: string;
    month: string;
    count: number;
    note?: string | null;
  }): ViolationFact => ({
    id: r.id,
    itemCode: r.itemCode,
    month: r.month,
    count: r.count,
    ...(r.note ? { note: r.note } : {}),
  }),
};

/** Where a typed cell lands: the member's month of one item, or one session's sign-in. */
export type CellPlace = { id: string; itemCode: string; month: string; sessionId?: string };

/**
 * `facts` with one cell replaced by what was typed into it: the cell's saved fact (if any) is
 * taken out, the typed one put in, exactly as saving it and loading it again would.
 */
export function withTypedCell(
  facts: MemberYearFacts,
  place: CellPlace,
  cell: ParsedCell,
): MemberYearFacts {
  const sameMonth = (f: { itemCode: string; month: string }) =>
    f.itemCode === place.itemCode && f.month === place.month;
  switch (cell.kind) {
    case 'attendance': {
      const rest = facts.attendance.filter((a) => a.sessionId !== place.sessionId);
      return {
        ...facts,
        attendance:
          cell.present && place.sessionId
            ? [...rest, ledgerFacts.attendance({ id: place.id, sessionId: place.sessionId })]
            : rest,
      };
    }
    case 'quota': {
      const rest = (facts.quotas ?? []).filter((q) => !sameMonth(q));
      return {
        ...facts,
        quotas:
          cell.value === null
            ? rest
            : [...rest, ledgerFacts.quota({ ...place, value: cell.value })],
      };
    }
    case 'duty': {
      const rest = (facts.duties ?? []).filter((d) => !sameMonth(d));
      return {
        ...facts,
        duties:
          cell.status === null
            ? rest
            : [...rest, ledgerFacts.duty({ ...place, status: cell.status })],
      };
    }
    case 'breach': {
      const rest = (facts.violations ?? []).filter((v) => !sameMonth(v));
      return {
        ...facts,
        violations:
          cell.count === 0
            ? rest
            : [...rest, ledgerFacts.violation({ ...place, count: cell.count })],
      };
    }
  }
}
