import { ref } from '@mikro-orm/postgresql';
import type { Acting } from '../../../auth/permissions.js';
import { BRANCH_MANAGERS, requireRole } from '../../../auth/permissions.js';
import { BadInputError, ConflictError } from '../../../graphql/errors.js';
import { Member } from '../members/member.entity.js';
import { audit, findBranch, findGroup, findMember } from '../org-lookups.js';
import { PartyGroup } from './party-group.entity.js';

function groupSnapshot(g: PartyGroup) {
  return { name: g.name, branchId: g.branchId, leaderId: g.leaderId ?? null };
}

async function checkedName(
  { em }: Acting,
  branchId: string,
  raw: string,
  id: string | null,
): Promise<string> {
  const name = raw.trim();
  if (!name || [...name].length > 30)
    throw new BadInputError(
      '党小组名称须为 1–30 个字',
      'The group name must be 1–30 characters',
      'input.name',
    );
  const clash = await em.findOne(PartyGroup, {
    branchId,
    name,
    ...(id ? { id: { $ne: id } } : {}),
  });
  if (clash)
    throw new BadInputError(
      '本支部已有同名党小组',
      'The branch already has a group with this name',
      'input.name',
    );
  return name;
}

/** The leader must be a current member of the group's own branch. */
async function checkedLeader({ em }: Acting, branchId: string, memberId: string): Promise<Member> {
  const leader = await findMember(em, memberId, 'input.leaderMemberId');
  if (leader.branchId !== branchId || !leader.active)
    throw new BadInputError(
      '党小组长须是本支部在册党员',
      'The group leader must be a current member of the same branch',
      'input.leaderMemberId',
    );
  return leader;
}

export async function createPartyGroup(
  acting: Acting,
  input: { branchId: string; name: string; leaderMemberId?: string | null },
): Promise<PartyGroup> {
  const grant = requireRole(acting.actor, BRANCH_MANAGERS, input.branchId);
  return acting.em.transactional(async (em) => {
    const here = { ...acting, em };
    const branch = await findBranch(em, input.branchId, 'input.branchId');
    const name = await checkedName(here, branch.id, input.name, null);
    const leader = input.leaderMemberId
      ? await checkedLeader(here, branch.id, input.leaderMemberId)
      : null;
    const group = em.create(PartyGroup, {
      bureauId: acting.actor.bureauId,
      branch,
      branchId: branch.id,
      name,
      leader,
      leaderId: leader?.id ?? null,
    });
    await em.flush();
    await audit(em, acting, grant, {
      operation: 'partyGroup.create',
      entityName: 'PartyGroup',
      entityId: group.id,
      branchId: branch.id,
      after: groupSnapshot(group),
    });
    return group;
  });
}

export async function updatePartyGroup(
  acting: Acting,
  input: { id: string; name?: string | null; leaderMemberId?: string | null },
): Promise<PartyGroup> {
  return acting.em.transactional(async (em) => {
    const here = { ...acting, em };
    const group = await findGroup(em, input.id, 'input.id');
    const grant = requireRole(acting.actor, BRANCH_MANAGERS, group.branchId);
    const before = groupSnapshot(group);
    if (input.name !== undefined && input.name !== null)
      group.name = await checkedName(here, group.branchId, input.name, group.id);
    if (input.leaderMemberId !== undefined) {
      const leader = input.leaderMemberId
        ? await checkedLeader(here, group.branchId, input.leaderMemberId)
        : null;
      group.leader = leader ? ref(leader) : null;
      group.leaderId = leader?.id ?? null;
    }
    await em.flush();
    await audit(em, acting, grant, {
      operation: 'partyGroup.update',
      entityName: 'PartyGroup',
      entityId: group.id,
      branchId: group.branchId,
      before,
      after: groupSnapshot(group),
    });
    return group;
  });
}

/** A group with members cannot go: move them first, so no member loses their group silently. */
export async function deletePartyGroup(acting: Acting, id: string): Promise<boolean> {
  return acting.em.transactional(async (em) => {
    const group = await findGroup(em, id, 'id');
    const grant = requireRole(acting.actor, BRANCH_MANAGERS, group.branchId);
    if ((await em.count(Member, { groupId: group.id })) > 0)
      throw new ConflictError(
        '该党小组仍有党员，请先调整党员的党小组',
        'The group still has members; move them to another group first',
      );
    const before = groupSnapshot(group);
    em.remove(group);
    await em.flush();
    await audit(em, acting, grant, {
      operation: 'partyGroup.delete',
      entityName: 'PartyGroup',
      entityId: id,
      branchId: before.branchId,
      before,
    });
    return true;
  });
}
