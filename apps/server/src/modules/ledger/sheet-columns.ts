import {
  daysInMonth,
  type BaseItem,
  type Scheme as SchemeDefinition,
  type SpecialItem,
} from '@jifen/scoring';
import type { BranchSession } from './branch-session.entity.js';

/** How a cell of the monthly sheet is recorded, by the rule kind of its item. */
export type CellKind = 'attendance' | 'quota' | 'duty' | 'breach' | 'declaration';

/** One column of the form (考核表): an item, or one session of a per-session item. */
export type SheetColumnDef = {
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
  session?: BranchSession;
  /** Largest value a quota cell may hold that month (its range is 0 … max). */
  max?: number;
};

/** The cell key of an item column or a session column. */
export const cellKey = (itemCode: string, sessionId?: string | null) =>
  sessionId ? `session:${sessionId}` : `item:${itemCode}`;

const KIND_OF_RULE: Record<string, CellKind> = {
  attendance: 'attendance',
  quarterlySession: 'attendance',
  monthlyQuota: 'quota',
  monthlyDuty: 'duty',
  conduct: 'breach',
  violation: 'breach',
  declaration: 'declaration',
};

/** Numeric targets have no calendar bound; this keeps a typo (1500 for 15.00) out of the ledger. */
export const QUOTA_SANITY_FACTOR = 10;

function unit(item: BaseItem | SpecialItem): { unitZh: string; unitEn: string } {
  const rule = item.rule as Record<string, unknown>;
  switch (rule['kind']) {
    case 'attendance':
      return {
        unitZh: `${String(rule['unitPoints'])} 分/次`,
        unitEn: `${String(rule['unitPoints'])} / session`,
      };
    case 'quarterlySession':
      return {
        unitZh: `${String(rule['pointsPerMonth'])} 分/月`,
        unitEn: `${String(rule['pointsPerMonth'])} / month`,
      };
    case 'monthlyQuota':
      return {
        unitZh: `${String(rule['maxPoints'])} 分/月`,
        unitEn: `${String(rule['maxPoints'])} / month`,
      };
    case 'monthlyDuty':
      return {
        unitZh: `${String(rule['unitPoints'])} 分/月`,
        unitEn: `${String(rule['unitPoints'])} / month`,
      };
    case 'conduct':
      return { unitZh: `${String(rule['unitPoints'])} 分`, unitEn: String(rule['unitPoints']) };
    case 'violation':
      return {
        unitZh: `扣 ${String(rule['deductionPerCount'])} 分/次`,
        unitEn: `−${String(rule['deductionPerCount'])} each`,
      };
    default:
      return {
        unitZh: `${String(rule['unitPoints'] ?? '')} 分`,
        unitEn: String(rule['unitPoints'] ?? ''),
      };
  }
}

/**
 * The sheet's columns for a branch's month, in the form's order: every base item (one column per
 * session held for per-session items), then the special items that apply to the branch.
 */
export function sheetColumns(
  definition: SchemeDefinition,
  branchId: string,
  month: string,
  sessions: readonly BranchSession[],
): SheetColumnDef[] {
  const columns: SheetColumnDef[] = [];
  for (const category of definition.sections.base.categories) {
    for (const item of category.items) {
      const kind = KIND_OF_RULE[item.rule.kind] ?? 'breach';
      const common = {
        kind,
        section: 'base' as const,
        categoryCode: category.code,
        categoryNameZh: category.nameZh,
        categoryNameEn: category.nameEn,
        itemCode: item.code,
        nameZh: item.nameZh,
        nameEn: item.nameEn,
        ...unit(item),
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
      const rule = item.rule as Record<string, unknown>;
      const max =
        kind === 'quota'
          ? rule['target'] === 'daysInMonth'
            ? daysInMonth(month)
            : Number(rule['target']) * QUOTA_SANITY_FACTOR
          : kind === 'breach'
            ? 10
            : undefined;
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
