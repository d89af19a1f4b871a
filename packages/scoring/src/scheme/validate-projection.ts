import { checkBoolean, checkText, isObject, notObject } from './checks.js';
import { problem, type SchemeProblem } from './problem.js';

/**
 * Checks a scheme's `projection` settings (optional): the assumed evaluation grade must be one of
 * the scheme's grades, and `earlyWarning` a boolean.
 */
export function validateProjection(
  value: unknown,
  evaluation: unknown,
  path: string,
): SchemeProblem[] {
  if (value === undefined) return [];
  if (!isObject(value)) return [notObject(path)];
  const problems = [
    ...checkText(value, 'evaluationGrade', path),
    ...checkBoolean(value, 'earlyWarning', path),
  ];
  const grade = value.evaluationGrade;
  const grades =
    isObject(evaluation) && Array.isArray(evaluation.grades)
      ? evaluation.grades.map((g: unknown) => (isObject(g) ? g.code : undefined))
      : [];
  if (typeof grade === 'string' && grade !== '' && !grades.includes(grade)) {
    problems.push(
      problem(
        `${path}.evaluationGrade`,
        'unknownGrade',
        `预计评议等次 ${grade} 不在本方案的评议等次中`,
        `The assumed grade ${grade} is not one of the scheme's grades`,
      ),
    );
  }
  return problems;
}
