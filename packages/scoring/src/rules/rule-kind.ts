import type { Exact } from '../exact/exact.js';
import type { LineInputs } from '../explain/line-types.js';
import type { Expr } from '../explain/expr.js';
import type { LocalizedText, Locale } from '../i18n/locale.js';
import type { SchemeProblem } from '../scheme/problem.js';
import type { MonthContext } from '../facts/month-context.js';
import type { MonthKey } from '../periods/month-key.js';

/** The two sections whose items carry rules. */
export type RuleSection = 'base' | 'special';

/** What a rule computes for one item in one month, in the item's own (form) points. */
export type ItemMonthScore = {
  /** What a member who attended everything held could earn (the `scale` denominator). */
  attainable: Exact;
  earned: Exact;
  /** Points taken off the category after normalisation (positive). */
  deduction: Exact;
  /**
   * Points taken off the whole period's base score, once, after the months are averaged
   * (positive; e.g. a violation whose deduction applies to the period). Absent: none.
   */
  periodDeduction?: Exact;
  /** The explanation of `earned` and `deduction`; only built when `ctx.explain` is true. */
  parts: readonly LinePart[];
};

/**
 * The parts of an item-month scored without explanations, shared: a bureau's refresh scores
 * about a million item-months and explains none.
 */
export const NO_PARTS: readonly LinePart[] = Object.freeze([]);

/** One explained part of an item-month: a share of `earned`, `deduction` or `periodDeduction`. */
export type LinePart = {
  role: 'earned' | 'deduction' | 'periodDeduction';
  /** Positive amount in the item's points. */
  raw: Exact;
  inputs: LineInputs;
  formula: Expr;
  records: readonly string[];
};

/** A rule bound to its item, with its settings parsed once. */
export type BoundRule = {
  /** The most one unit (a session, a month, a declaration) earns; caps must not be below it. */
  unitPoints: Exact | undefined;
  scoreMonth(ctx: MonthContext): ItemMonthScore;
};

/**
 * How the monthly sheet (考核表) records an item: a sign-in per session (`attendance`), a number
 * (`quota`), a payment status (`duty`), a count of breaches (`breach`), or accepted declarations,
 * which have their own workflow (`declaration`).
 */
export const LEDGER_CELL_KINDS = ['attendance', 'quota', 'duty', 'breach', 'declaration'] as const;

/** One of {@link LEDGER_CELL_KINDS}. */
export type LedgerCellKind = (typeof LEDGER_CELL_KINDS)[number];

/** The most breaches the sheet takes for one member, item and month (more is a typo). */
export const MAX_BREACHES_A_MONTH = 10;

/** Numeric quota targets have no calendar bound; a cell holds at most this many times the target. */
export const QUOTA_SANITY_FACTOR = 10;

/** What the ledger needs from a rule kind: how its cells are recorded, in what unit and range. */
export type LedgerDescription<R> = {
  cell: LedgerCellKind;
  /** The form's unit of an item with this rule, e.g. `5 分/次`. */
  unit(rule: R): LocalizedText;
  /** The largest number a cell may hold in `month` (its range is 0 … max); none when no number is typed. */
  maxValue?(rule: R, month: MonthKey): number;
};

/** How the scheme editor takes a setting: a decimal, a text, a switch, or a quota's target. */
export type RuleFieldInput = 'decimal' | 'text' | 'boolean' | 'target';

/**
 * One setting of a rule in the scheme editor. Its label is the package's word for `key` (see
 * scheme/field-words.ts), unless the kind brings its own words for a setting the package lacks.
 */
export type RuleField = { key: string; input: RuleFieldInput; label?: LocalizedText };

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
  /** The editor's fields for the rule's settings, in the order a person reads them. */
  fields: readonly RuleField[];
  /** The settings of a new rule of this kind, where the editor starts. */
  defaults: Omit<R, 'kind'>;
  /** How the monthly sheet records items of this kind. */
  ledger: LedgerDescription<R>;
};
