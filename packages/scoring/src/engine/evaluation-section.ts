import type { Exact } from '../exact/exact.js';
import { ZERO } from '../exact/constants.js';
import { formatExact } from '../exact/exact-text.js';
import type { ExplanationLine } from '../explain/line-types.js';
import type { FactWarning } from '../facts/fact-warning.js';
import type { EvaluationFact } from '../facts/facts-types.js';
import type { CompiledScheme } from '../scheme/compiled-scheme.js';

/**
 * Scores the evaluation section from the year's grade: the grade's points; 0 with a
 * "not yet evaluated" line when there is no grade, 0 with a warning for a grade the scheme lacks.
 */
export function scoreEvaluation(
  scheme: CompiledScheme,
  evaluation: EvaluationFact | null | undefined,
  lines: ExplanationLine[] | undefined,
  warnings: FactWarning[],
): Exact {
  const label = scheme.evaluation.label;
  const records = evaluation?.id !== undefined ? [evaluation.id] : [];
  if (!evaluation) {
    lines?.push({
      section: 'evaluation',
      kind: 'notEvaluated',
      label,
      inputs: {},
      records,
      formula: '0',
      raw: '0',
      points: '0',
    });
    return ZERO;
  }
  const grade = scheme.evaluation.grades.get(evaluation.grade);
  if (!grade) {
    warnings.push({
      code: 'unknownGrade',
      messageZh: `评议等次 ${evaluation.grade} 不在方案中`,
      messageEn: `Grade ${evaluation.grade} is not in the scheme`,
      ...(evaluation.id === undefined ? {} : { recordId: evaluation.id }),
    });
    lines?.push({
      section: 'evaluation',
      kind: 'unknownGrade',
      label,
      inputs: { grade: evaluation.grade },
      records,
      formula: '0',
      raw: '0',
      points: '0',
    });
    return ZERO;
  }
  if (lines) {
    const points = formatExact(grade.points);
    lines.push({
      section: 'evaluation',
      kind: 'grade',
      label,
      inputs: { grade: evaluation.grade, gradeZh: grade.label.zh, gradeEn: grade.label.en },
      records,
      formula: points,
      raw: points,
      points,
    });
  }
  return grade.points;
}
