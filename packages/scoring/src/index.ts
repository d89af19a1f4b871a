// Public API of @jifen/scoring: the one place a score is computed. See README.md.

export type { Exact } from './exact/exact.js';
export type { DecimalInput } from './exact/decimal.js';
export { isDecimal, parseDecimal } from './exact/decimal.js';
export type { ExactText } from './exact/exact-text.js';
export { formatExact, parseExact } from './exact/exact-text.js';
export type { RoundingMode, RoundingRule } from './exact/rounding.js';
export { ROUNDING_MODES, ROUNDING_MODE_WORDS, roundToText } from './exact/rounding.js';

export type { MonthKey } from './periods/month-key.js';
export {
  daysInMonth,
  isMonthKey,
  monthKey,
  monthOfDate,
  monthsOfYear,
  parseMonthKey,
} from './periods/month-key.js';
export type { Quarter } from './periods/quarter.js';
export { monthsOfQuarter, quarterKey, quarterOfMonth } from './periods/quarter.js';
export type { Period } from './periods/period.js';
export { monthsOfPeriod, yearOfPeriod } from './periods/period.js';

export type { Locale, LocalizedText } from './i18n/locale.js';

export type {
  BaseCategory,
  BaseItem,
  BaseSection,
  EvaluationSection,
  Evidence,
  GradeDefinition,
  Normalisation,
  OutcomeThresholds,
  ProjectionSettings,
  Scheme,
  SchemeAssumption,
  SpecialItem,
  SpecialSection,
} from './scheme/scheme-types.js';
export type { SchemeProblem, SchemeValidation } from './scheme/problem.js';
export { SchemeError } from './scheme/problem.js';
export { validateScheme } from './scheme/validate-scheme.js';
export { fieldWords, settingWords } from './scheme/field-words.js';
export type { CompiledScheme } from './scheme/compiled-scheme.js';
export { compileScheme } from './scheme/compile-scheme.js';

export type { Rule, RuleKindName } from './rules/registry.js';
export {
  allRuleKinds,
  findRuleKind,
  registerRuleKind,
  ruleKinds,
  ruleKindsVersion,
} from './rules/registry.js';
export type { RuleFieldDescription, RuleKindDescription } from './rules/rule-kind-description.js';
export { describeRuleKind, describeRuleKinds } from './rules/rule-kind-description.js';
export type {
  BoundRule,
  ItemMonthScore,
  LedgerCellKind,
  LedgerDescription,
  LinePart,
  RuleField,
  RuleFieldInput,
  RuleKindDefinition,
  RuleSection,
} from './rules/rule-kind.js';
export { LEDGER_CELL_KINDS, MAX_BREACHES_A_MONTH, QUOTA_SANITY_FACTOR } from './rules/rule-kind.js';
export type { AttendanceRule } from './rules/attendance.js';
export type { MonthlyQuotaRule } from './rules/monthly-quota.js';
export type { QuarterlySessionRule } from './rules/quarterly-session.js';
export type { MonthlyDutyRule } from './rules/monthly-duty.js';
export type { ConductRule } from './rules/conduct.js';
export type { DeductionScope, ViolationRule } from './rules/violation.js';
export type { DeclarationRule } from './rules/declaration.js';

export type {
  AttendanceFact,
  DeclarationFact,
  DutyFact,
  DutyStatus,
  EvaluationFact,
  MemberYearFacts,
  Membership,
  PreviousYearFact,
  QuotaFact,
  SessionFact,
  ViolationFact,
} from './facts/facts-types.js';
export type { FactWarning } from './facts/fact-warning.js';
export type { MonthContext } from './facts/month-context.js';

export type {
  Amount,
  CategoryScore,
  MonthScore,
  Projection,
  ScoreOptions,
  ScoreResult,
} from './engine/score-result.js';
export { scoreMonth, scorePeriod, scoreQuarter, scoreYear } from './engine/score-period.js';
export type { PeriodToScore } from './engine/score-periods.js';
export { scorePeriods } from './engine/score-periods.js';

export type { Outcome, OutcomeBand, OutcomeFlag } from './outcomes/outcome.js';
export { OUTCOME_FLAGS } from './outcomes/outcome.js';
export { outcomeOf } from './outcomes/outcome-of.js';
export { OUTCOME_BANDS, outcomeBandLabel } from './outcomes/outcome-bands.js';
export { DUTY_STATUSES, dutyStatusOf, dutyStatusWords, signInOf } from './facts/cell-words.js';

export type { Expr, ExprOp } from './explain/expr.js';
export { renderExpr } from './explain/expr.js';
export type { ExplanationLine, LineInputs, LineScale, LineSection } from './explain/line-types.js';
export { renderExplanation, renderExplanations } from './explain/render-explanation.js';

export type { CompareOptions, SchemeComparison } from './what-if/compare-schemes.js';
export { compareSchemes } from './what-if/compare-schemes.js';

export { scheme2021 } from './schemes/scheme-2021.js';
