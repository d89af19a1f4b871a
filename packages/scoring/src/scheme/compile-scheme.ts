import { parseDecimal } from '../exact/decimal.js';
import { findRuleKind } from '../rules/registry.js';
import type { RuleSection } from '../rules/rule-kind.js';
import type { CompiledItem, CompiledScheme } from './compiled-scheme.js';
import { SchemeError } from './problem.js';
import type { BaseItem, Scheme, SpecialItem } from './scheme-types.js';
import { validateScheme } from './validate-scheme.js';

/**
 * Validates a scheme and prepares it for scoring. Throws {@link SchemeError} (with every problem)
 * if it does not validate. The result does not follow later edits of `scheme`: compile again.
 */
export function compileScheme(scheme: Scheme): CompiledScheme {
  const validation = validateScheme(scheme);
  if (!validation.ok) throw new SchemeError(validation.problems);
  const itemCodes = new Set<string>();
  const bindItem = (item: BaseItem | SpecialItem, section: RuleSection): CompiledItem => {
    itemCodes.add(item.code);
    const kind = findRuleKind(item.rule.kind);
    if (!kind) throw new Error(`Unknown rule kind ${item.rule.kind}`); // unreachable: validated
    return {
      code: item.code,
      kind: kind.kind,
      label: { zh: item.nameZh, en: item.nameEn },
      rule: kind.bind(item.rule, { code: item.code, section }),
    };
  };
  const { base, special, evaluation } = scheme.sections;
  const o = scheme.outcomes;
  const assumed = scheme.projection
    ? evaluation.grades.find((g) => g.code === scheme.projection?.evaluationGrade)
    : undefined;
  return {
    compiled: true,
    scheme,
    firstMonth: scheme.firstMonth ?? 1,
    totalCap: parseDecimal(scheme.totalCap),
    base: {
      cap: parseDecimal(base.cap),
      label: { zh: '基础分', en: 'Base score' },
      categories: base.categories.map((category) => ({
        code: category.code,
        label: { zh: category.nameZh, en: category.nameEn },
        weight: parseDecimal(category.weight),
        normalisation: category.normalisation,
        fullWhenNothingAttainable: (category.whenNothingAttainable ?? 'full') === 'full',
        items: category.items.map((item) => bindItem(item, 'base')),
      })),
    },
    special: {
      cap: parseDecimal(special.cap),
      label: { zh: '特色分', en: 'Special score' },
      items: special.items.map((item) => ({
        ...bindItem(item, 'special'),
        cap: parseDecimal(item.cap),
        branchChosen: item.branchChosen,
        branchIds: item.branchIds ? new Set(item.branchIds) : undefined,
        parent: item.parent,
      })),
    },
    evaluation: {
      cap: parseDecimal(evaluation.cap),
      label: { zh: '评议分', en: 'Evaluation score' },
      grades: new Map(
        evaluation.grades.map((grade) => [
          grade.code,
          { points: parseDecimal(grade.points), label: { zh: grade.nameZh, en: grade.nameEn } },
        ]),
      ),
    },
    outcomes: {
      priorityCandidateAtLeast: parseDecimal(o.priorityCandidate.atLeast),
      incentiveAtLeast: parseDecimal(o.incentive.atLeast),
      yellowAtLeast: parseDecimal(o.yellowWarning.atLeast),
      yellowBelow: parseDecimal(o.yellowWarning.below),
      redBelow: parseDecimal(o.redWarning.below),
      redTwoYearsBelow: parseDecimal(o.redTwoYearsRunning.below),
      probationaryInterviewBelow: parseDecimal(o.probationaryInterview.below),
      probationExtensionBelow: parseDecimal(o.probationExtension.below),
    },
    projection:
      scheme.projection && assumed
        ? {
            evaluationGrade: assumed.code,
            points: parseDecimal(assumed.points),
            label: { zh: assumed.nameZh, en: assumed.nameEn },
            earlyWarning: scheme.projection.earlyWarning,
          }
        : undefined,
    rounding: scheme.rounding,
    itemCodes,
  };
}

/** Accepts a scheme or an already compiled one. */
export function asCompiled(scheme: Scheme | CompiledScheme): CompiledScheme {
  return 'compiled' in scheme ? scheme : compileScheme(scheme);
}
