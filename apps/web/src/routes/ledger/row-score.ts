import type { SheetAverages } from './sheet-types';

/** The figures of one member's month, as the grid's total columns show them. */
export type RowScore = {
  categories: Record<string, string>;
  base: string;
  special: string;
  total: string;
};

/**
 * A row's figures in the grid. `live`: scored with the typed, unsaved cells. `scoring`: the row
 * has typed cells the shown figures do not include yet (the preview is on its way), so nobody
 * reads a total that is about to change.
 */
export type ScoreEntry = { score: RowScore; live: boolean; scoring: boolean };

/** A row's figures as the server scored them. */
export function serverScore(row: {
  categories: readonly { code: string; score: string }[];
  base: string;
  special: string;
  total: string;
}): RowScore {
  return {
    categories: Object.fromEntries(row.categories.map((c) => [c.code, c.score])),
    base: row.base,
    special: row.special,
    total: row.total,
  };
}

/** The averages row as the grid's foot shows it. */
export const averageScore = (averages: SheetAverages): RowScore => serverScore(averages);
