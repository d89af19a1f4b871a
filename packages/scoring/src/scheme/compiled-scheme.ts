import type Fraction from 'fraction.js';
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
  readonly totalCap: Fraction;
  readonly base: {
    readonly cap: Fraction;
    readonly label: LocalizedText;
    readonly categories: readonly CompiledCategory[];
  };
  readonly special: {
    readonly cap: Fraction;
    readonly label: LocalizedText;
    readonly items: readonly CompiledSpecialItem[];
  };
  readonly evaluation: {
    readonly cap: Fraction;
    readonly label: LocalizedText;
    readonly grades: ReadonlyMap<string, { points: Fraction; label: LocalizedText }>;
  };
  readonly outcomes: CompiledOutcomes;
  /** The projection settings with the assumed grade's points; undefined without them. */
  readonly projection:
    | {
        readonly evaluationGrade: string;
        readonly points: Fraction;
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
  readonly weight: Fraction;
  readonly normalisation: Normalisation;
  readonly fullWhenNothingAttainable: boolean;
  readonly items: readonly CompiledItem[];
};

export type CompiledSpecialItem = CompiledItem & {
  readonly cap: Fraction;
  readonly branchChosen: boolean;
  readonly branchIds: ReadonlySet<string> | undefined;
  readonly parent: string | undefined;
};

export type CompiledOutcomes = {
  readonly priorityCandidateAtLeast: Fraction;
  readonly incentiveAtLeast: Fraction;
  readonly yellowAtLeast: Fraction;
  readonly yellowBelow: Fraction;
  readonly redBelow: Fraction;
  readonly redTwoYearsBelow: Fraction;
  readonly probationaryInterviewBelow: Fraction;
  readonly probationExtensionBelow: Fraction;
};
