import type { Exact } from '../exact/exact.js';
import { formatExact } from '../exact/exact-text.js';
import { parseDecimal } from '../exact/decimal.js';
import { roundToText } from '../exact/rounding.js';
import type { ExplanationLine } from '../explain/line-types.js';
import type { EvaluationFact } from '../facts/facts-types.js';
import { decideOutcome } from '../outcomes/outcome.js';
import type { CompiledScheme } from '../scheme/compiled-scheme.js';
import { roundingFormula } from './rounding-formula.js';
import { amount, type Projection } from './score-result.js';

/** What a year's projection is computed from: the provisional year's own exact sections. */
export type ProjectionInputs = {
  base: Exact;
  special: Exact;
  monthsScored: number;
  evaluation: EvaluationFact | null | undefined;
  member: Parameters<typeof decideOutcome>[2];
};

/**
 * The projection of a provisional year, or null when the scheme defines none or no month is
 * scored yet. The base is the mean of the scored months, so it is what the year ends at if the
 * remaining months go as the scored ones did; special points are those accepted so far (a
 * declaration is a one-off under an annual cap, so it is not extrapolated); the evaluation is the
 * recorded grade or, before the evaluation, the scheme's assumed grade.
 */
export function projectYear(scheme: CompiledScheme, inputs: ProjectionInputs): Projection | null {
  const settings = scheme.projection;
  if (!settings || inputs.monthsScored === 0) return null;
  const recorded = inputs.evaluation
    ? scheme.evaluation.grades.get(inputs.evaluation.grade)
    : undefined;
  const grade = recorded
    ? { code: inputs.evaluation!.grade, ...recorded }
    : { code: settings.evaluationGrade, points: settings.points, label: settings.label };
  const assumedGrade = recorded === undefined;
  let exact = inputs.base.add(inputs.special).add(grade.points);
  const capped = exact.compare(scheme.totalCap) > 0;
  if (capped) exact = scheme.totalCap;
  const rounding = scheme.rounding;
  const totalText = roundToText(exact, rounding);
  const total = parseDecimal(totalText);
  const outcome = decideOutcome(total, scheme.outcomes, inputs.member);
  const earlyWarning =
    settings.earlyWarning && (outcome.band === 'yellowWarning' || outcome.band === 'redWarning')
      ? outcome.band
      : null;
  const base = formatExact(inputs.base);
  const special = formatExact(inputs.special);
  const points = formatExact(grade.points);
  const line = (
    kind: string,
    label: ExplanationLine['label'],
    inputsOf: ExplanationLine['inputs'],
    value: string,
  ): ExplanationLine => ({
    section: 'projection',
    kind,
    label,
    inputs: inputsOf,
    records: [],
    formula: value,
    raw: value,
    points: value,
  });
  const lines: ExplanationLine[] = [
    line('projectionBase', scheme.base.label, { months: inputs.monthsScored, base }, base),
    line('projectionSpecial', scheme.special.label, { special }, special),
    line(
      'projectionEvaluation',
      scheme.evaluation.label,
      { assumed: assumedGrade, gradeZh: grade.label.zh, gradeEn: grade.label.en, points },
      points,
    ),
  ];
  if (capped) {
    const sum = inputs.base.add(inputs.special).add(grade.points);
    const excess = formatExact(sum.sub(scheme.totalCap).neg());
    lines.push({
      ...line(
        'sectionCap',
        { zh: '预计总分', en: 'Projected total' },
        { sum: formatExact(sum), cap: formatExact(scheme.totalCap) },
        excess,
      ),
    });
  }
  const difference = formatExact(total.sub(exact));
  lines.push({
    ...line(
      'rounding',
      { zh: '预计总分', en: 'Projected total' },
      {
        exact: formatExact(exact),
        decimals: rounding.decimals,
        mode: rounding.mode,
        rounded: totalText,
      },
      difference,
    ),
    formula: roundingFormula(totalText, formatExact(exact), difference),
  });
  return {
    total: { exact: formatExact(exact), value: totalText },
    base: amount(inputs.base, rounding),
    special: amount(inputs.special, rounding),
    evaluation: amount(grade.points, rounding),
    evaluationGrade: grade.code,
    assumedGrade,
    monthsScored: inputs.monthsScored,
    band: outcome.band,
    earlyWarning,
    lines,
  };
}
