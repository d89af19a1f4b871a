import type { SessionFact } from '@jifen/scoring';
import { describe, expect, it } from 'vitest';
import { attendedSessions } from './attended-sessions.js';

const session = (id: string): SessionFact => ({
  id,
  branchId: 'b1',
  itemCode: 'study',
  date: '2021-03-05',
});
const s1 = '7e1d2c3b-4a59-4687-b6a5-c4d3e2f1a0b9';
const s2 = 'f0e1d2c3-b4a5-4968-8776-655443322110';
const s3 = '0b8f3a52-6c1e-4d6a-9a0e-1f2d3c4b5a69';
// Shares its first seven digits with s1, and no more.
const s1Twin = '7e1d2c3f-0000-4000-8000-000000000000';

describe("a member's sign-ins, packed as their sessions' ids", () => {
  it("are the facts of the member's sessions they name, in the order packed", () => {
    const held = [session(s1), session(s2), session(s3)];
    expect(attendedSessions(`${s3}${s1}`, held)).toEqual([{ sessionId: s3 }, { sessionId: s1 }]);
    expect(attendedSessions('', held)).toEqual([]);
  });

  it('share one fact per session among the members of one list', () => {
    const held = [session(s1), session(s2)];
    const [first] = attendedSessions(s1, held);
    const [again] = attendedSessions(`${s2}${s1}`, held).slice(1);
    expect(again).toBe(first);
  });

  it('leave out a sign-in of a session the list does not hold, its digits alike or not', () => {
    const held = [session(s1), session(s2)];
    expect(attendedSessions(`${s1Twin}${s3}${s2}`, held)).toEqual([{ sessionId: s2 }]);
  });

  it('are found by their whole ids when two sessions of the list begin alike', () => {
    const held = [session(s1), session(s1Twin), session(s2)];
    expect(attendedSessions(`${s1Twin}${s2}${s1}${s3}`, held)).toEqual([
      { sessionId: s1Twin },
      { sessionId: s2 },
      { sessionId: s1 },
    ]);
  });
});
