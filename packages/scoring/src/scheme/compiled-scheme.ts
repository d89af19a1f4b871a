import type { Exact } from '../exact/exact.js';
import type { RoundingRule } from '../exact/rounding.js';
import type { LocalizedText } from '../i18n/locale.js';
import type { BoundRule } from '../rules/rule-kind.js';
import type { Normalisation, Scheme } from './scheme-types.js';

/**
 * A validated scheme with its numbers parsed and its rules bound, ready to score many members.
 * Build it once with `compileScheme` and reuse it (the server scoring a whole bureau should).
 */
export type CompiledScheme = {
  readonly compiled: true;
  readonly scheme: Scheme;
  readonly firstMonth: number;
  readonly totalCap: Exact;
  readonly base: {
    readonly cap: Exact;
    readonly label: LocalizedText;
    readonly categories: readonly CompiledCategory[];
  };
  readonly special: {
    readonly cap: Exact;
    readonly label: LocalizedText;
    readonly items: readonly CompiledSpecialItem[];
  };
  readonly evaluation: {
    readonly cap: Exact;
    readonly label: LocalizedText;
    readonly grades: ReadonlyMap<string, { points: Exact; label: LocalizedText }>;
  };
  readonly outcomes: CompiledOutcomes;
  /** The projection settings with the assumed grade's points; undefined without them. */
  readonly projection:
    | {
        readonly evaluationGrade: string;
        readonly points: Exact;
        readonly label: LocalizedText;
        readonly earlyWarning: boolean;
      }
    | undefined;
  readonly rounding: RoundingRule;
  /** Every item code of the scheme, to spot records of unknown items. */
  readonly itemCodes: ReadonlySet<string>;
};

/** A scored item with its bound rule. */
export type CompiledItem = {
  readonly code: string;
  readonly kind: string;
  readonly label: LocalizedText;
  readonly rule: BoundRule;
};

export type CompiledCategory = {
  readonly code: string;
  readonly label: LocalizedText;
  readonly weight: Exact;
  readonly normalisation: Normalisation;
  readonly fullWhenNothingAttainable: boolean;
  readonly items: readonly CompiledItem[];
};

export type CompiledSpecialItem = CompiledItem & {
  readonly cap: Exact;
  readonly branchChosen: boolean;
  readonly branchIds: ReadonlySet<string> | undefined;
  readonly parent: string | undefined;
};

export type CompiledOutcomes = {
  readonly priorityCandidateAtLeast: Exact;
  readonly incentiveAtLeast: Exact;
  readonly yellowAtLeast: Exact;
  readonly yellowBelow: Exact;
  readonly redBelow: Exact;
  readonly redTwoYearsBelow: Exact;
  readonly probationaryInterviewBelow: Exact;
  readonly probationExtensionBelow: Exact;
};
