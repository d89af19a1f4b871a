import { PostgreSqlPlatform } from '@mikro-orm/postgresql';
import { describe, expect, it } from 'vitest';
import { FrozenJsonType } from './frozen-json-type.js';

const platform = new PostgreSqlPlatform();
const type = new FrozenJsonType();
const text = (value: unknown) => type.convertToDatabaseValue(value, platform);

describe('frozen JSON (a signed score’s lines)', () => {
  it('writes the same text as plain JSON, and keeps null and scalars as they are', () => {
    const lines = [
      { kind: 'attendance', points: '2', label: { zh: '支部党课', en: 'Party lecture' } },
    ];
    expect(JSON.parse(text(lines)!)).toEqual(lines);
    expect(text(null)).toBeNull();
    expect(text('x')).toBe('"x"');
  });

  it('serializes a value once: later flushes get the very same text back', () => {
    const lines = [{ kind: 'monthlyQuota', points: '2.4' }];
    const first = text(lines);
    expect(text(lines)).toBe(first);
    // A new value (a correction's new revision) is serialized afresh.
    expect(text([{ kind: 'monthlyQuota', points: '3' }])).not.toBe(first);
  });

  it('refuses an edit in place, which a kept text would otherwise hide from the next save', () => {
    const lines = [{ kind: 'duty', inputs: { status: 'late' } }];
    text(lines);
    expect(() => lines.push({ kind: 'duty', inputs: { status: 'paid' } })).toThrow(TypeError);
    expect(() => {
      lines[0]!.inputs.status = 'paid';
    }).toThrow(TypeError);
    expect(JSON.parse(text(lines)!)).toEqual([{ kind: 'duty', inputs: { status: 'late' } }]);
  });
});
