import type { EntityManager } from '@mikro-orm/postgresql';
import { Member } from '../org/members/member.entity.js';
import { Membership } from '../org/members/membership.entity.js';
import { withBureauWideAccess } from '../../tenancy/bureau-wide-access.js';

/**
 * The members a branch reviews for a stretch of months: those who belonged to it in any of them
 * and either were still there in the last month, or are still on its roll (they left the bureau
 * while in it). A member who moved on to another branch is reviewed there: the receiving branch
 * reviews, as for the year (domain.md).
 */
export async function reviewRoster(
  em: EntityManager,
  branchId: string,
  months: readonly string[],
): Promise<Member[]> {
  const first = months[0]!;
  const last = months.at(-1)!;
  // The ORM would join each stretch's member to apply the tenant filter and so hide a member now
  // in another branch; the branch is named here and row-level security still walls the query.
  const stretches = await em.find(
    Membership,
    { branchId, fromMonth: { $lte: last }, $or: [{ toMonth: null }, { toMonth: { $gte: first } }] },
    { filters: false },
  );
  const ids = [...new Set(stretches.map((s) => s.memberId))];
  if (ids.length === 0) return [];
  const reachesEnd = new Set(
    stretches.filter((s) => !s.toMonth || s.toMonth >= last).map((s) => s.memberId),
  );
  // A member who has since moved on is no longer on this branch's roll, yet their rows here are
  // this branch's: read those members' roster rows across the branch wall, and nothing else.
  const members = await withBureauWideAccess(em, (wide) =>
    wide.find(Member, { id: { $in: ids } }, { orderBy: { name: 'asc', id: 'asc' } }),
  );
  return members.filter((m) => reachesEnd.has(m.id) || m.branchId === branchId);
}
