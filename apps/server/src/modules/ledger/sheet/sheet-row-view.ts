import type { ScoreResult } from '@jifen/scoring';
import type { SheetCategoryScore, SheetItemScore, SheetRow } from './sheet.types.js';

// A sheet row's parts that read the explanation lines (the items' points, the categories'
// attainable) are getters, so that a member is scored again with lines only when someone asks.
// The getters are the classes' own: on an object literal each row and category got a hidden class
// of its own, kept in the old generation with everything its closures held until a full
// collection (tests/bench/README.md, "requests that died old").

/** One of the sheet's items, and whether it is a special item (its points are capped). */
export type SheetItem = { itemCode: string; special: boolean };

/** A member's month scored with its lines, once, the first time something reads them. */
export class LinesOnDemand {
  #explained: ScoreResult | undefined;
  constructor(private readonly score: (explain: boolean) => ScoreResult) {}
  get result(): ScoreResult {
    return (this.#explained ??= this.score(true));
  }
}

class CategoryScoreView implements SheetCategoryScore {
  constructor(
    readonly code: string,
    readonly nameZh: string,
    readonly score: string,
    private readonly lines: LinesOnDemand,
  ) {}
  get attainable(): string {
    return (
      this.lines.result.lines.find(
        (l) => l.section === 'base' && l.category === this.code && l.scale?.attainable,
      )?.scale?.attainable ?? '0'
    );
  }
}

export class SheetRowView implements SheetRow {
  readonly categories: SheetCategoryScore[];
  readonly base: string;
  readonly special: string;
  readonly total: string;
  constructor(
    readonly memberId: string,
    readonly memberName: string,
    readonly groupId: string | null,
    readonly cells: SheetRow['cells'],
    result: ScoreResult,
    private readonly lines: LinesOnDemand,
    private readonly sheetItems: readonly SheetItem[],
  ) {
    const month = result.months[0];
    this.categories = result.categories.map(
      (c) =>
        new CategoryScoreView(c.code, c.label.zh, month?.categories[c.code]?.value ?? '0', lines),
    );
    this.base = result.sections.base.value;
    this.special = result.sections.special.value;
    this.total = result.total.value;
  }
  get items(): SheetItemScore[] {
    return itemScores(this.lines.result, this.sheetItems);
  }
}

function itemScores(result: ScoreResult, items: readonly SheetItem[]): SheetItemScore[] {
  const special = new Map(result.specialItems.map((i) => [i.code, i.score.value]));
  // One pass over the lines (not one per item): each base item's first earned and first deducted.
  const earned = new Map<string, string>();
  const deducted = new Map<string, string>();
  for (const l of result.lines) {
    if (l.section !== 'base' || l.itemCode === undefined) continue;
    const into = l.raw.startsWith('-') ? deducted : earned;
    if (!into.has(l.itemCode)) into.set(l.itemCode, l.raw);
  }
  return items.map(({ itemCode, special: isSpecial }) =>
    isSpecial
      ? { itemCode, earned: special.get(itemCode) ?? '0', deduction: null }
      : {
          itemCode,
          earned: earned.get(itemCode) ?? '0',
          deduction: deducted.get(itemCode) ?? null,
        },
  );
}
