/**
 * The monthly sheet (考核表) as the server's `monthlySheet` query returns it. Written out here so
 * the grid, its model and its tests need only these fields; the generated query types are
 * structurally the same.
 */
import type { LedgerCellKind } from '../../graphql/graphql';

/** How a column's cells are recorded: the server's enum, decided by the item's rule kind. */
export type SheetCellKind = LedgerCellKind;

export type SheetColumn = {
  key: string;
  kind: SheetCellKind;
  /** base | special */
  section: string;
  categoryCode: string;
  categoryNameZh: string;
  categoryNameEn: string;
  itemCode: string;
  nameZh: string;
  nameEn: string;
  unitZh: string;
  unitEn: string;
  editable: boolean;
  sessionId: string | null;
  sessionDate: string | null;
  sessionTopic: string | null;
  max: number | null;
};

/** A member's cell under the column of the same place (its item and session are the column's). */
export type SheetCell = {
  key: string;
  value: string | null;
  /** 0 when the cell has no record yet. */
  version: number;
  recordId: string | null;
};

/** A base category, in the scheme's order: the rows' and the averages' scores follow it. */
export type SheetCategory = { code: string; nameZh: string; nameEn: string };
export type SheetCategoryScore = { code: string; score: string };

export type SheetRow = {
  memberId: string;
  memberName: string;
  groupId: string | null;
  cells: SheetCell[];
  categories: SheetCategoryScore[];
  base: string;
  special: string;
  total: string;
};

export type MonthlySheet = {
  branchId: string;
  branchName: string;
  month: string;
  schemeId: string;
  schemeVersion: number;
  closed: boolean;
  closedReason: string | null;
  closedReasonEn: string | null;
  columns: SheetColumn[];
  categories: SheetCategory[];
  rows: SheetRow[];
  averages: SheetAverages;
};

/** The sheet's mean row, computed by the server (exact, rounded once with the scheme's rule). */
export type SheetAverages = {
  categories: { code: string; score: string }[];
  base: string;
  special: string;
  total: string;
};

/** One cell of a save (`SheetCellInput`). */
export type SheetCellInput = {
  memberId: string;
  itemCode: string;
  sessionId?: string | null;
  value?: string | null;
  expectedVersion: number;
  note?: string | null;
};

/** One cell of a CONFLICT error's `extensions.details.cells`. */
export type SheetConflict = {
  memberId: string;
  itemCode: string;
  sessionId: string | null;
  currentValue: string | null;
  currentVersion: number;
  expectedVersion: number;
};
