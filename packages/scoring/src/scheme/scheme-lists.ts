import type { Exact } from '../exact/exact.js';
import { decimalText, parseDecimal } from '../exact/decimal.js';
import { missing, notList } from './checks.js';
import { problem, type SchemeProblem } from './problem.js';

/** Helpers the scheme's section checks share. */

export function decimalOrUndefined(value: unknown): Exact | undefined {
  const text = decimalText(value);
  return text === undefined ? undefined : parseDecimal(text);
}

export function listAt(value: unknown, path: string, problems: SchemeProblem[]): unknown[] {
  if (Array.isArray(value)) return value;
  problems.push(value === undefined ? missing(path) : notList(path));
  return [];
}

export function duplicate(path: string, code: string, first?: string): SchemeProblem {
  return problem(
    path,
    'duplicateCode',
    `编码 ${code} 重复${first ? `（已用于 ${first}）` : ''}`,
    `The code ${code} is used twice${first ? ` (first at ${first})` : ''}`,
  );
}
