import type { AnnualResult } from './annual/annual-result.entity.js';
import type { ScoreView } from './cycle.types.js';
import type { FrozenScore } from './frozen-score.js';
import { frozenFigures, type ScoredMember } from './period-scores.js';

/** A live score as shown (lines only when the viewer may see them). */
export function liveView(s: ScoredMember, showLines: boolean): ScoreView {
  const f = frozenFigures(s);
  const outcome = s.result.outcome;
  return {
    memberId: s.memberId,
    total: f.total,
    totalExact: f.totalExact,
    base: f.base,
    special: f.special,
    evaluation: s.result.sections.evaluation?.value ?? null,
    grade: s.result.evaluationGrade,
    categories: f.categories,
    specialItems: f.specialItems,
    lines: showLines ? f.lines : null,
    warnings: f.warnings,
    schemeVersion: f.schemeVersion,
    frozen: false,
    revision: null,
    band: outcome?.band ?? null,
    outcome: outcome ?? null,
  };
}

/**
 * A frozen score as shown; with `showLines` its explanation, which must have been loaded with it
 * (`linesIf`): a lazy property.
 */
export function frozenView(row: FrozenScore | AnnualResult, showLines: boolean): ScoreView {
  const annual = 'band' in row ? (row as AnnualResult) : null;
  return {
    memberId: row.memberId,
    total: row.total,
    totalExact: row.totalExact,
    base: row.base,
    special: row.special,
    evaluation: annual?.evaluation ?? null,
    grade: annual?.grade ?? null,
    categories: row.categories,
    specialItems: row.specialItems,
    lines: showLines ? loadedLines(row) : null,
    warnings: row.warnings,
    schemeVersion: row.schemeVersion,
    frozen: true,
    revision: row.revision,
    band: annual?.band ?? null,
    outcome: annual?.outcome ?? null,
  };
}

/** Find options that load frozen scores' explanation lines when the query asks for them. */
export const linesIf = (wanted: boolean) => ({ populate: wanted ? (['lines'] as const) : [] });

function loadedLines(row: FrozenScore): unknown[] {
  if (row.lines === undefined) throw new Error('frozen score lines shown without being loaded');
  return row.lines;
}
