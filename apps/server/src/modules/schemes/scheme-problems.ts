import type { SchemeProblem } from '@jifen/scoring';
import { BadInputError } from '../../graphql/errors.js';

/**
 * A definition that does not validate, as one typed error: the first problem's path names the
 * field (`definition.sections.base.cap`), every problem is in `details.problems` (zh and en).
 */
export function schemeProblemsError(
  problems: readonly SchemeProblem[],
  fieldPrefix = 'definition',
): BadInputError {
  const first = problems[0]!;
  const field = first.path ? `${fieldPrefix}.${first.path}` : fieldPrefix;
  return new BadInputError(
    `方案有 ${problems.length} 处问题：${first.path || '方案'}：${first.messageZh}`,
    `The scheme has ${problems.length} problem(s): ${first.path || 'scheme'}: ${first.messageEn}`,
    field,
    { problems },
  );
}
