import { JsonType, type Platform, type TransformContext } from '@mikro-orm/core';

const serialized = new WeakMap<object, string>();

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/**
 * JSON that is written once and never edited (a signed score's explanation lines). MikroORM
 * serializes every managed entity's JSON on every flush to see what changed; for frozen scores
 * that was most of a cycle step's time (a year's 150 members hold ~7 MB of lines). The value is
 * frozen on first sight, so its text can be kept and reused: a change means a new value.
 */
export class FrozenJsonType extends JsonType {
  override convertToDatabaseValue(
    value: unknown,
    platform: Platform,
    context?: TransformContext,
  ): string | null {
    if (value === null || typeof value !== 'object')
      return super.convertToDatabaseValue(value, platform, context);
    const known = serialized.get(value);
    if (known !== undefined) return known;
    const text = super.convertToDatabaseValue(deepFreeze(value), platform, context) ?? 'null';
    serialized.set(value, text);
    return text;
  }
}
