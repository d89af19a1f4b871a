import { ref, type EntityManager } from '@mikro-orm/postgresql';
import type { Acting } from '../../../auth/permissions.js';
import { BRANCH_MANAGERS, COMMITTEE, requireRole } from '../../../auth/permissions.js';
import { refreshScoreSummaries } from '../../scores/summaries/score-summaries.service.js';
import { BadInputError, ConflictError } from '../../../graphql/errors.js';
import type { Member } from './member.entity.js';
import { assertMonth, groupInBranch } from './member.service.js';
import { Membership } from './membership.entity.js';
import { addMonths } from '../months.js';
import { audit, findBranch, findMember, memberSnapshot } from '../org-lookups.js';

const stretch = (m: Membership) => ({
  id: m.id,
  branchId: m.branchId,
  fromMonth: m.fromMonth,
  toMonth: m.toMonth ?? null,
});

async function openMembership(em: EntityManager, member: Member): Promise<Membership> {
  const open = await em.findOne(Membership, { memberId: member.id, toMonth: null });
  if (!open)
    throw new ConflictError(
      '该党员没有当前的组织关系（可能已转出）',
      'The member has no current membership (they may have left)',
    );
  return open;
}

/**
 * 组织关系转接 inside the bureau: the member's months up to `month − 1` stay with the branch they
 * were in, months from `month` on belong to the receiving branch, and the member moves there. Done
 * by the committee, since it writes in two branches (each branch's secretary sees only its own).
 */
export async function transferMember(
  acting: Acting,
  input: { memberId: string; toBranchId: string; month: string; toGroupId?: string | null },
): Promise<Member> {
  const grant = requireRole(acting.actor, COMMITTEE, null);
  assertMonth(input.month, 'input.month');
  return acting.em.transactional(async (em) => {
    const member = await findMember(em, input.memberId, 'input.memberId');
    const target = await findBranch(em, input.toBranchId, 'input.toBranchId');
    if (!member.active)
      throw new ConflictError('该党员已转出本局', 'The member has left the bureau');
    if (target.id === member.branchId)
      throw new BadInputError(
        '转入支部与当前支部相同',
        'The receiving branch is the member’s current branch',
        'input.toBranchId',
      );
    const group = input.toGroupId
      ? await groupInBranch(em, input.toGroupId, target.id, 'input.toGroupId')
      : null;
    const current = await openMembership(em, member);
    if (input.month <= current.fromMonth)
      throw new BadInputError(
        `转入月份须晚于在原支部的起始月份（${current.fromMonth}）`,
        `The month must be after the month the member joined their current branch (${current.fromMonth})`,
        'input.month',
      );
    const before = { member: memberSnapshot(member), membership: stretch(current) };
    current.toMonth = addMonths(input.month, -1);
    // Close the old stretch before opening the new one (the ORM inserts before it updates, and at
    // most one stretch may be open per member).
    await em.flush();
    const next = em.create(Membership, {
      bureauId: member.bureauId,
      member,
      memberId: member.id,
      branch: target,
      branchId: target.id,
      fromMonth: input.month,
      toMonth: null,
    });
    member.branch = ref(target);
    member.branchId = target.id;
    member.group = group ? ref(group) : null;
    member.groupId = group?.id ?? null;
    await em.flush();
    const after = {
      member: memberSnapshot(member),
      closed: stretch(current),
      opened: stretch(next),
    };
    // One entry per side, so each branch's audit trail shows its own half of the move, naming
    // only that branch's rows: the other branch's group and membership stretch are behind its wall.
    const withoutGroup = (m: typeof before.member) =>
      Object.fromEntries(Object.entries(m).filter(([key]) => key !== 'groupId'));
    await audit(em, acting, grant, {
      operation: 'member.transferOut',
      entityName: 'Member',
      entityId: member.id,
      branchId: before.member.branchId,
      before,
      after: { member: withoutGroup(after.member), closed: after.closed },
    });
    await audit(em, acting, grant, {
      operation: 'member.transferIn',
      entityName: 'Member',
      entityId: member.id,
      branchId: target.id,
      before: { member: withoutGroup(before.member) },
      after: { member: after.member, opened: after.opened },
    });
    // The member's scores of that year now span two branches: their summaries move with them.
    await refreshScoreSummaries(em, Number(input.month.slice(0, 4)), [member.id]);
    return member;
  });
}

/**
 * 转出本局: the member's last month in the branch is `lastMonth`; their records stay with the
 * branch, and the member is no longer on the roster.
 */
export async function recordMemberLeaving(
  acting: Acting,
  input: { memberId: string; lastMonth: string },
): Promise<Member> {
  assertMonth(input.lastMonth, 'input.lastMonth');
  return acting.em.transactional(async (em) => {
    const member = await findMember(em, input.memberId, 'input.memberId');
    const grant = requireRole(acting.actor, BRANCH_MANAGERS, member.branchId);
    if (!member.active)
      throw new ConflictError('该党员已转出本局', 'The member has already left the bureau');
    const current = await openMembership(em, member);
    if (input.lastMonth < current.fromMonth)
      throw new BadInputError(
        `最后所在月份不能早于在本支部的起始月份（${current.fromMonth}）`,
        `The last month cannot be before the member joined this branch (${current.fromMonth})`,
        'input.lastMonth',
      );
    const before = { member: memberSnapshot(member), membership: stretch(current) };
    current.toMonth = input.lastMonth;
    member.active = false;
    await em.flush();
    await audit(em, acting, grant, {
      operation: 'member.leave',
      entityName: 'Member',
      entityId: member.id,
      branchId: member.branchId,
      before,
      after: { member: memberSnapshot(member), membership: stretch(current) },
    });
    await refreshScoreSummaries(em, Number(input.lastMonth.slice(0, 4)), [member.id]);
    return member;
  });
}
