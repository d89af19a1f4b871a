import type { ExactText } from '../exact/exact-text.js';
import type { LocalizedText } from '../i18n/locale.js';
import type { MonthKey } from '../periods/month-key.js';
import type { Expr } from './expr.js';

/** The values a line was computed from (counts, targets, statuses …), all JSON-safe. */
export type LineInputs = Readonly<Record<string, string | number | boolean>>;

/**
 * The section a line adds to; `total` is the final rounding line. `projection` lines explain a
 * provisional year's projection and add up to it, not to the score.
 */
export type LineSection = 'base' | 'special' | 'evaluation' | 'total' | 'projection';

/**
 * One line of a score's explanation (台账 line). `formula` computes `raw` in the item's own points
 * (as on the form); `scale` says how `raw` becomes `points`, the exact contribution to the period's
 * total. The `points` of all lines add up exactly to the reported (rounded) total, those of a
 * section to the section's exact score, those of a category to the category's exact score.
 */
export type ExplanationLine = {
  section: LineSection;
  category?: string;
  itemCode?: string;
  /** A rule kind (`attendance`, `monthlyQuota` …) or an engine step (`floor`, `cap`, `rounding` …). */
  kind: string;
  month?: MonthKey;
  branchId?: string;
  /** Name of the item, category or section the line is about. */
  label: LocalizedText;
  inputs: LineInputs;
  /** Ids of the fact records the line rests on. */
  records: readonly string[];
  formula: Expr;
  raw: ExactText;
  scale?: LineScale;
  points: ExactText;
};

/**
 * How a line's raw points become its contribution: `raw × weight ÷ attainable ÷ months` (weight and
 * attainable absent when the category is not scaled). `months` is the number of months averaged.
 */
export type LineScale = { weight?: ExactText; attainable?: ExactText; months: number };
