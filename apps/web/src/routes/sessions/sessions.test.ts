import { describe, expect, it } from 'vitest';
import { attendanceCells, attendeesOf } from './attendance';

const session = {
  id: 's1',
  itemCode: 'party-lecture',
  attendance: [
    { id: 'a1', memberId: 'm1', present: true, version: 1 },
    { id: 'a2', memberId: 'm2', present: false, version: 3 },
    { id: 'a3', memberId: 'm3', present: true, version: 2 },
  ],
};

describe('ticking who came', () => {
  it('sends only the members whose sign-in changed, each over its record version', () => {
    expect(attendeesOf(session)).toEqual(new Set(['m1', 'm3']));
    const cells = attendanceCells(session, new Set(['m1', 'm2', 'm4']));
    expect(cells).toEqual([
      {
        memberId: 'm3',
        itemCode: 'party-lecture',
        sessionId: 's1',
        value: null,
        expectedVersion: 2,
      },
      {
        memberId: 'm2',
        itemCode: 'party-lecture',
        sessionId: 's1',
        value: '1',
        expectedVersion: 3,
      },
      {
        memberId: 'm4',
        itemCode: 'party-lecture',
        sessionId: 's1',
        value: '1',
        expectedVersion: 0,
      },
    ]);
    expect(attendanceCells(session, new Set(['m1', 'm3']))).toEqual([]);
  });
});
