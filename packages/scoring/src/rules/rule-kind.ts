import type Fraction from 'fraction.js';
import type { LineInputs } from '../explain/line-types.js';
import type { Expr } from '../explain/expr.js';
import type { LocalizedText, Locale } from '../i18n/locale.js';
import type { SchemeProblem } from '../scheme/problem.js';
import type { MonthContext } from '../facts/month-context.js';

/** The two sections whose items carry rules. */
export type RuleSection = 'base' | 'special';

/** What a rule computes for one item in one month, in the item's own (form) points. */
export type ItemMonthScore = {
  /** What a member who attended everything held could earn (the `scale` denominator). */
  attainable: Fraction;
  earned: Fraction;
  /** Points taken off the category after normalisation (positive). */
  deduction: Fraction;
  /** The explanation of `earned` and `deduction`; only built when `ctx.explain` is true. */
  parts: LinePart[];
};

/** One explained part of an item-month: a share of `earned` or of `deduction`. */
export type LinePart = {
  role: 'earned' | 'deduction';
  /** Positive amount in the item's points. */
  raw: Fraction;
  inputs: LineInputs;
  formula: Expr;
  records: readonly string[];
};

/** A rule bound to its item, with its settings parsed once. */
export type BoundRule = {
  /** The most one unit (a session, a month, a declaration) earns; caps must not be below it. */
  unitPoints: Fraction | undefined;
  scoreMonth(ctx: MonthContext): ItemMonthScore;
};

/** What a rule kind knows about the item it is bound to. */
export type ItemInfo = { code: string; section: RuleSection };

/**
 * A rule kind: one file per kind implements this and is listed in the registry. Adding a kind
 * touches no other kind, nor the engine, validation or rendering.
 */
export type RuleKindDefinition<R extends { kind: string }> = {
  kind: R['kind'];
  /** Sections whose items may use this kind. */
  sections: readonly RuleSection[];
  label: LocalizedText;
  /** Checks the rule's own settings; `rule` is unchecked input (from jsonb or a form). */
  validate(rule: Readonly<Record<string, unknown>>, path: string): SchemeProblem[];
  /** Parses a validated rule for scoring. */
  bind(rule: R, item: ItemInfo): BoundRule;
  /** Renders a line's inputs (the part before the arrow), e.g. `logged in 28 of 30 days`. */
  describe(inputs: LineInputs, locale: Locale): string;
};
