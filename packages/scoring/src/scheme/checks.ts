import { decimalText, parseDecimal } from '../exact/decimal.js';
import { problem, type SchemeProblem } from './problem.js';

/** An unchecked JSON object. */
export type JsonObject = Readonly<Record<string, unknown>>;

/** Whether a value is a plain JSON object (not an array, not null). */
export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `a.b` or `a[0]` style path building. */
export function at(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return path === '' ? key : `${path}.${key}`;
}

/** How small a decimal setting may be. */
export type DecimalBound = 'any' | 'nonNegative' | 'positive';

/** Checks that `obj[key]` is an exact decimal within a bound; reports a missing value if required. */
export function checkDecimal(
  obj: JsonObject,
  key: string,
  path: string,
  bound: DecimalBound = 'nonNegative',
  required = true,
): SchemeProblem[] {
  const where = at(path, key);
  const value = obj[key];
  if (value === undefined || value === null) {
    return required ? [missing(where)] : [];
  }
  if (decimalText(value) === undefined) {
    return [
      problem(
        where,
        'notDecimal',
        `应为精确的十进制数（如 "0.5"），实际为 ${JSON.stringify(value)}`,
        `Must be an exact decimal number (e.g. "0.5"), got ${JSON.stringify(value)}`,
      ),
    ];
  }
  const number = parseDecimal(value as string | number);
  if (bound === 'positive' && (number.isNegative() || number.isZero())) {
    return [problem(where, 'notPositive', '应大于 0', 'Must be greater than 0')];
  }
  if (bound === 'nonNegative' && number.isNegative()) {
    return [problem(where, 'negative', '不能为负数', 'Must not be negative')];
  }
  return [];
}

/** Checks that `obj[key]` is a non-empty string. */
export function checkText(
  obj: JsonObject,
  key: string,
  path: string,
  required = true,
): SchemeProblem[] {
  const value = obj[key];
  const where = at(path, key);
  if (value === undefined || value === null) return required ? [missing(where)] : [];
  if (typeof value !== 'string' || value.trim() === '') {
    return [problem(where, 'emptyText', '应为非空文字', 'Must be a non-empty text')];
  }
  return [];
}

/** Checks that `obj[key]` is one of the allowed values. */
export function checkEnum(
  obj: JsonObject,
  key: string,
  path: string,
  values: readonly string[],
  required = true,
): SchemeProblem[] {
  const value = obj[key];
  const where = at(path, key);
  if (value === undefined || value === null) return required ? [missing(where)] : [];
  if (typeof value !== 'string' || !values.includes(value)) {
    return [
      problem(
        where,
        'unknownValue',
        `应为以下之一：${values.join('、')}，实际为 ${JSON.stringify(value)}`,
        `Must be one of ${values.join(', ')}, got ${JSON.stringify(value)}`,
      ),
    ];
  }
  return [];
}

/** Checks that `obj[key]` is a boolean. */
export function checkBoolean(
  obj: JsonObject,
  key: string,
  path: string,
  required = true,
): SchemeProblem[] {
  const value = obj[key];
  const where = at(path, key);
  if (value === undefined || value === null) return required ? [missing(where)] : [];
  return typeof value === 'boolean'
    ? []
    : [problem(where, 'notBoolean', '应为是或否', 'Must be true or false')];
}

/** Checks that `obj[key]` is an integer in `[min, max]`. */
export function checkInteger(
  obj: JsonObject,
  key: string,
  path: string,
  min: number,
  max: number,
  required = true,
): SchemeProblem[] {
  const value = obj[key];
  const where = at(path, key);
  if (value === undefined || value === null) return required ? [missing(where)] : [];
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    return [
      problem(
        where,
        'outOfRange',
        `应为 ${min} 到 ${max} 之间的整数`,
        `Must be a whole number from ${min} to ${max}`,
      ),
    ];
  }
  return [];
}

/** A required value that is absent. */
export function missing(path: string): SchemeProblem {
  return problem(path, 'required', '缺少必填项', 'Required');
}

/** A value that should be an object but is not. */
export function notObject(path: string): SchemeProblem {
  return problem(path, 'notObject', '应为对象', 'Must be an object');
}

/** A value that should be a list but is not. */
export function notList(path: string): SchemeProblem {
  return problem(path, 'notList', '应为列表', 'Must be a list');
}
