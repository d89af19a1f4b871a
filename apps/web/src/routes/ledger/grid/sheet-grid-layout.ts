/** The grid's shared shapes and widths (the row, the head and the foot line up on them). */

export type GridPos = { row: number; col: number };
export type Editing = { row: number; col: number; text: string; mode: 'enter' | 'edit' };

export type GridTexts = {
  index: string;
  name: string;
  scores: string;
  base: string;
  special: string;
  total: string;
  present: string;
  onTime: string;
  late: string;
  missing: string;
  average: string;
  conflictTitle: (value: string) => string;
  declarations: (count: string) => string;
};

export const IDX_WIDTH = 40;
export const NAME_WIDTH = 88;
export const CELL_WIDTH = 62;
export const SCORE_WIDTH = 64;

/** The score columns stay in view at the right: the i-th of (categories + base, special, total). */
export const scoreRight = (i: number, categories: number) => (categories + 2 - i) * SCORE_WIDTH;
