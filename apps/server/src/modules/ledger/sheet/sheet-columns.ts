import {
  findRuleKind,
  type BaseItem,
  type LedgerCellKind,
  type MonthKey,
  type Scheme as SchemeDefinition,
  type SpecialItem,
} from '@jifen/scoring';
import type { SchemeInForce } from '../../schemes/year-schemes.js';
import type { BranchSession } from '../branch-session.entity.js';

/** What a session column needs of its session (an entity for writers, a plain row for reads). */
export type SheetSession = Pick<BranchSession, 'id' | 'itemCode' | 'date' | 'topic'>;

/** What the sheet of a branch's month shows: the scheme in force, the roster, the columns. */
export type SheetBasis<S extends SheetSession = SheetSession> = {
  branch: { id: string; name: string };
  month: string;
  year: number;
  scheme: SchemeInForce;
  members: readonly { id: string; name: string; groupId?: string | null }[];
  columns: SheetColumnDef<S>[];
  closed: { reason: string; reasonEn?: string | null } | null;
};

/** How a cell of the monthly sheet is recorded, by the rule kind of its item. */
export type CellKind = LedgerCellKind;

/** One column of the form (考核表): an item, or one session of a per-session item. */
export type SheetColumnDef<S extends SheetSession = BranchSession> = {
  key: string;
  kind: CellKind;
  section: 'base' | 'special';
  categoryCode: string;
  categoryNameZh: string;
  categoryNameEn: string;
  itemCode: string;
  nameZh: string;
  nameEn: string;
  /** The form's unit, e.g. `5 分/次`, `10 分/月`. */
  unitZh: string;
  unitEn: string;
  /** Read-only on the sheet (declarations go through their own workflow). */
  editable: boolean;
  session?: S;
  /** Largest value a quota cell may hold that month (its range is 0 … max). */
  max?: number;
};

/** The cell key of an item column or a session column. */
export const cellKey = (itemCode: string, sessionId?: string | null) =>
  sessionId ? `session:${sessionId}` : `item:${itemCode}`;

/** How an item's cells are recorded and in what unit: its rule kind says (@jifen/scoring). */
function ledgerOf(item: BaseItem | SpecialItem) {
  const kind = findRuleKind(item.rule.kind);
  // Unreachable for a validated scheme: validation refuses a kind the registry does not know.
  if (!kind) throw new Error(`Unknown rule kind ${item.rule.kind} of item ${item.code}`);
  return kind.ledger;
}

/**
 * The sheet's columns for a branch's month, in the form's order: every base item (one column per
 * session held for per-session items), then the special items that apply to the branch.
 */
export function sheetColumns<S extends SheetSession>(
  definition: SchemeDefinition,
  branchId: string,
  month: string,
  sessions: readonly S[],
): SheetColumnDef<S>[] {
  const columns: SheetColumnDef<S>[] = [];
  for (const category of definition.sections.base.categories) {
    for (const item of category.items) {
      const ledger = ledgerOf(item);
      const kind = ledger.cell;
      const unit = ledger.unit(item.rule);
      const common = {
        kind,
        section: 'base' as const,
        categoryCode: category.code,
        categoryNameZh: category.nameZh,
        categoryNameEn: category.nameEn,
        itemCode: item.code,
        nameZh: item.nameZh,
        nameEn: item.nameEn,
        unitZh: unit.zh,
        unitEn: unit.en,
        editable: true,
      };
      if (kind === 'attendance') {
        const held = sessions
          .filter((s) => s.itemCode === item.code)
          .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
        for (const session of held)
          columns.push({ ...common, key: cellKey(item.code, session.id), session });
        continue;
      }
      const max = ledger.maxValue?.(item.rule, month as MonthKey);
      columns.push({ ...common, key: cellKey(item.code), ...(max === undefined ? {} : { max }) });
    }
  }
  for (const item of definition.sections.special.items) {
    if (item.branchIds && !item.branchIds.includes(branchId)) continue;
    columns.push({
      key: cellKey(item.code),
      kind: 'declaration',
      section: 'special',
      categoryCode: 'special',
      categoryNameZh: '特色分',
      categoryNameEn: 'Special score',
      itemCode: item.code,
      nameZh: item.nameZh,
      nameEn: item.nameEn,
      unitZh: `${String(item.cap)} 分`,
      unitEn: String(item.cap),
      editable: false,
    });
  }
  return columns;
}
