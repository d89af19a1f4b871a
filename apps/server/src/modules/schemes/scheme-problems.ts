import { fieldWords, type SchemeProblem } from '@jifen/scoring';
import { BadInputError } from '../../graphql/errors.js';

/** A scheme problem with the field it is about in words (特色分第 2 项的上限 / special item 2's cap). */
export type WordedSchemeProblem = SchemeProblem & { fieldZh: string; fieldEn: string };

/** Names each problem's field in words; the path stays for the screen to place the message. */
export function withFieldWords(problems: readonly SchemeProblem[]): WordedSchemeProblem[] {
  return problems.map((p) => {
    const words = fieldWords(p.path);
    return { ...p, fieldZh: words.zh, fieldEn: words.en };
  });
}

/**
 * A definition that does not validate, as one typed error: the message names the first problem's
 * field in words, `field` keeps its path (`definition.sections.base.cap`) and every problem is in
 * `details.problems` (zh and en, each with its field in words).
 */
export function schemeProblemsError(
  problems: readonly SchemeProblem[],
  fieldPrefix = 'definition',
): BadInputError {
  const worded = withFieldWords(problems);
  const first = worded[0]!;
  const field = first.path ? `${fieldPrefix}.${first.path}` : fieldPrefix;
  return new BadInputError(
    `方案有 ${problems.length} 处问题：${first.fieldZh}：${first.messageZh}`,
    `The scheme has ${problems.length} problem(s): ${first.fieldEn}: ${first.messageEn}`,
    field,
    { problems: worded },
  );
}
