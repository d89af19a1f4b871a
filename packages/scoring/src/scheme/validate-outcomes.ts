import type { Exact } from '../exact/exact.js';
import { formatExact } from '../exact/exact-text.js';
import { ROUNDING_MODES } from '../exact/rounding.js';
import {
  at,
  checkDecimal,
  checkEnum,
  checkInteger,
  checkText,
  isObject,
  missing,
  notObject,
} from './checks.js';
import { problem, type SchemeProblem } from './problem.js';
import { decimalOrUndefined, listAt } from './scheme-lists.js';

// The outcome bands, the rounding rule and the assumptions of a scheme (validate-scheme.ts).

/** The thresholds in the order they must rise, as [path, key] pairs (`below` ≤ next `atLeast` …). */
const ORDER: readonly (readonly [string, string])[] = [
  ['redWarning', 'below'],
  ['yellowWarning', 'atLeast'],
  ['yellowWarning', 'below'],
  ['incentive', 'atLeast'],
  ['priorityCandidate', 'atLeast'],
];

export function validateOutcomes(
  value: unknown,
  path: string,
  totalCap: Exact | undefined,
  problems: SchemeProblem[],
): void {
  if (!isObject(value)) {
    problems.push(value === undefined ? missing(path) : notObject(path));
    return;
  }
  const read = (name: string, key: string): Exact | undefined => {
    const entry = value[name];
    return isObject(entry) ? decimalOrUndefined(entry[key]) : undefined;
  };
  const shape: readonly (readonly [string, readonly string[]])[] = [
    ['priorityCandidate', ['atLeast']],
    ['incentive', ['atLeast']],
    ['yellowWarning', ['atLeast', 'below']],
    ['redWarning', ['below']],
    ['redTwoYearsRunning', ['below']],
    ['probationaryInterview', ['below']],
    ['probationExtension', ['below']],
  ];
  for (const [name, keys] of shape) {
    const entry = value[name];
    const where = at(path, name);
    if (!isObject(entry)) {
      problems.push(entry === undefined ? missing(where) : notObject(where));
      continue;
    }
    for (const key of keys) {
      problems.push(...checkDecimal(entry, key, where, 'nonNegative'));
      const bound = decimalOrUndefined(entry[key]);
      if (bound && totalCap && bound.compare(totalCap) > 0) {
        problems.push(
          problem(
            at(where, key),
            'thresholdAboveTotal',
            `阈值 ${formatExact(bound)} 高于满分 ${formatExact(totalCap)}`,
            `The threshold ${formatExact(bound)} is above the total of ${formatExact(totalCap)}`,
          ),
        );
      }
    }
  }
  const outOfOrder = (
    lowName: string,
    lowKey: string,
    highName: string,
    highKey: string,
    strict: boolean,
  ) => {
    const low = read(lowName, lowKey);
    const high = read(highName, highKey);
    if (!low || !high) return;
    const c = low.compare(high);
    if (c > 0 || (strict && c === 0)) {
      problems.push(
        problem(
          at(at(path, highName), highKey),
          'thresholdsOutOfOrder',
          `阈值顺序错误：${lowName}.${lowKey}（${formatExact(low)}）应${strict ? '小于' : '不大于'} ${highName}.${highKey}（${formatExact(high)}）`,
          `Thresholds out of order: ${lowName}.${lowKey} (${formatExact(low)}) must be ${strict ? 'below' : 'at most'} ${highName}.${highKey} (${formatExact(high)})`,
        ),
      );
    }
  };
  for (let i = 1; i < ORDER.length; i++) {
    const [lowName, lowKey] = ORDER[i - 1] as readonly [string, string];
    const [highName, highKey] = ORDER[i] as readonly [string, string];
    // The yellow band must not be empty; the other steps may touch.
    outOfOrder(
      lowName,
      lowKey,
      highName,
      highKey,
      highName === 'yellowWarning' && highKey === 'below',
    );
  }
  outOfOrder('probationExtension', 'below', 'probationaryInterview', 'below', false);
}

export function validateRounding(value: unknown, path: string, problems: SchemeProblem[]): void {
  if (!isObject(value)) {
    problems.push(value === undefined ? missing(path) : notObject(path));
    return;
  }
  problems.push(
    ...checkInteger(value, 'decimals', path, 0, 6),
    ...checkEnum(value, 'mode', path, ROUNDING_MODES),
  );
}

export function validateAssumptions(value: unknown, path: string, problems: SchemeProblem[]): void {
  if (value === undefined) return;
  listAt(value, path, problems).forEach((assumption, i) => {
    const where = at(path, i);
    if (!isObject(assumption)) {
      problems.push(notObject(where));
      return;
    }
    problems.push(
      ...checkText(assumption, 'path', where),
      ...checkText(assumption, 'zh', where),
      ...checkText(assumption, 'en', where),
    );
  });
}
