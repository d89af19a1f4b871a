// Test-only helpers (excluded from the build): reading explanation lines.
import type { Exact } from '../exact/exact.js';
import { ZERO } from '../exact/constants.js';
import { parseExact } from '../exact/exact-text.js';
import type { ExplanationLine } from '../explain/line-types.js';

/** The exact sum of the lines' points. */
export function sumPoints(lines: readonly ExplanationLine[]): Exact {
  return lines.reduce<Exact>((acc, line) => acc.add(parseExact(line.points)), ZERO);
}

/** The single line of an item (and month, if given); throws if there is not exactly one. */
export function lineOf(
  lines: readonly ExplanationLine[],
  itemCode: string,
  month?: string,
  kind?: string,
): ExplanationLine {
  const found = lines.filter(
    (l) =>
      l.itemCode === itemCode &&
      (month === undefined || l.month === month) &&
      (kind === undefined || l.kind === kind),
  );
  if (found.length !== 1)
    throw new Error(`${found.length} lines for ${itemCode} ${month ?? ''} ${kind ?? ''}`);
  return found[0] as ExplanationLine;
}
