import type { SessionFieldsFragment } from '../../graphql/graphql';

type Session = SessionFieldsFragment;

/** Who came to a session: the members ticked present on its sign-in sheet. */
export const attendeesOf = (session: Pick<Session, 'attendance'>) =>
  new Set(session.attendance.filter((a) => a.present).map((a) => a.memberId));

/**
 * The sheet cells that turn `before` into `after` for one session, each with the version of the
 * member's sign-in record (0 when there is none), as `saveMonthlySheet` takes them.
 */
export function attendanceCells(
  session: Pick<Session, 'id' | 'itemCode' | 'attendance'>,
  after: ReadonlySet<string>,
) {
  const before = attendeesOf(session);
  const versions = new Map(session.attendance.map((a) => [a.memberId, a.version]));
  const changed = new Set([...before, ...after].filter((id) => before.has(id) !== after.has(id)));
  return [...changed].map((memberId) => ({
    memberId,
    itemCode: session.itemCode,
    sessionId: session.id,
    value: after.has(memberId) ? '1' : null,
    expectedVersion: versions.get(memberId) ?? 0,
  }));
}
