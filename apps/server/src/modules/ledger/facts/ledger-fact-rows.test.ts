import { describe, expect, it } from 'vitest';
import { unpackAttendance } from './ledger-fact-rows.js';

const a = '0b8f3a52-6c1e-4d6a-9a0e-1f2d3c4b5a69';
const s = '7e1d2c3b-4a59-4687-b6a5-c4d3e2f1a0b9';
const b = 'c1c2c3c4-d5d6-4e7e-8f8f-909192939495';
const t = 'f0e1d2c3-b4a5-4968-8776-655443322110';

describe("a member's attendance, packed in one row", () => {
  it('gives each attendance its own id and session, in order', () => {
    expect(unpackAttendance(`${a}${s}${b}${t}`)).toEqual([
      { id: a, sessionId: s },
      { id: b, sessionId: t },
    ]);
  });

  it('adds to the list it is given, and nothing for no attendance', () => {
    const list = [{ id: b, sessionId: t }];
    expect(unpackAttendance('', list)).toBe(list);
    expect(unpackAttendance(`${a}${s}`, list)).toEqual([
      { id: b, sessionId: t },
      { id: a, sessionId: s },
    ]);
  });
});
