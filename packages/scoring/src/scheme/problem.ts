/**
 * One thing wrong with a scheme: where (`path`, e.g. `sections.base.categories[0].weight`), what
 * (`code`, stable for programs) and a message for people in zh-CN and in English.
 */
export type SchemeProblem = {
  path: string;
  code: string;
  messageZh: string;
  messageEn: string;
};

/** The outcome of {@link validateScheme}: every problem found, not just the first. */
export type SchemeValidation = { ok: boolean; problems: SchemeProblem[] };

/** Builds a problem. */
export function problem(
  path: string,
  code: string,
  messageZh: string,
  messageEn: string,
): SchemeProblem {
  return { path, code, messageZh, messageEn };
}

/** Thrown when scoring with a scheme that does not validate; carries every problem. */
export class SchemeError extends Error {
  readonly problems: readonly SchemeProblem[];

  constructor(problems: readonly SchemeProblem[]) {
    const first = problems[0];
    super(
      `Invalid scheme (${problems.length} problem${problems.length === 1 ? '' : 's'})` +
        (first ? `: ${first.path}: ${first.messageEn}` : ''),
    );
    this.name = 'SchemeError';
    this.problems = problems;
  }
}
