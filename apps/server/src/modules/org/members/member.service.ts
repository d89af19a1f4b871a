import { ref, type EntityManager } from '@mikro-orm/postgresql';
import type { Acting } from '../../../auth/permissions.js';
import { BRANCH_MANAGERS, requireRole } from '../../../auth/permissions.js';
import { BadInputError } from '../../../graphql/errors.js';
import { Member, MemberStatus, type MemberGender } from './member.entity.js';
import { memberProblems, normalisePhone, type MemberFields } from './member-rules.js';
import { Membership } from './membership.entity.js';
import { isMonth } from '../months.js';
import { audit, findBranch, findGroup, findMember, memberSnapshot } from '../org-lookups.js';
import type { PartyGroup } from '../branches/party-group.entity.js';
import { removeSummariesOfMember } from '../../scores/summaries/summary-writes.js';

export type MemberInput = {
  name?: string | null;
  status?: MemberStatus | null;
  joinedOn?: string | null;
  fullMemberOn?: string | null;
  position?: string | null;
  gender?: MemberGender | null;
  birthDate?: string | null;
  phone?: string | null;
  groupId?: string | null;
};

/** Throws the first problem of the fields as they would be after the change, naming its input field. */
export function assertMemberFields(fields: MemberFields): void {
  const [problem] = memberProblems(fields);
  if (problem) throw new BadInputError(problem.zh, problem.en, `input.${problem.field}`);
}

/** A group the member can be put in: one of the member's own branch. */
export async function groupInBranch(
  em: EntityManager,
  groupId: string,
  branchId: string,
  field: string,
): Promise<PartyGroup> {
  const group = await findGroup(em, groupId, field);
  if (group.branchId !== branchId)
    throw new BadInputError(
      '党小组须属于党员所在支部',
      'The group must belong to the member’s branch',
      field,
    );
  return group;
}

export function assertMonth(value: string, field: string): void {
  if (!isMonth(value))
    throw new BadInputError('月份格式应为 YYYY-MM', 'The month must be written YYYY-MM', field);
}

/** 新增党员 (or 转入 from outside the bureau): the member and an open membership from `fromMonth`. */
export async function createMember(
  acting: Acting,
  input: MemberInput & { branchId: string; name: string; fromMonth: string },
): Promise<Member> {
  const grant = requireRole(acting.actor, BRANCH_MANAGERS, input.branchId);
  assertMonth(input.fromMonth, 'input.fromMonth');
  const fields: MemberFields = {
    name: input.name.trim(),
    status: input.status ?? MemberStatus.FULL,
    joinedOn: input.joinedOn ?? null,
    fullMemberOn: input.fullMemberOn ?? null,
    position: input.position?.trim() || null,
    gender: input.gender ?? null,
    birthDate: input.birthDate || null,
    phone: normalisePhone(input.phone),
  };
  assertMemberFields(fields);
  return acting.em.transactional(async (em) => {
    const branch = await findBranch(em, input.branchId, 'input.branchId');
    const group = input.groupId
      ? await groupInBranch(em, input.groupId, branch.id, 'input.groupId')
      : null;
    const member = em.create(Member, {
      bureauId: acting.actor.bureauId,
      branch,
      branchId: branch.id,
      ...fields,
      group,
      groupId: group?.id ?? null,
      active: true,
    });
    em.create(Membership, {
      bureauId: acting.actor.bureauId,
      member,
      memberId: member.id,
      branch,
      branchId: branch.id,
      fromMonth: input.fromMonth,
      toMonth: null,
    });
    await em.flush();
    await audit(em, acting, grant, {
      operation: 'member.create',
      entityName: 'Member',
      entityId: member.id,
      branchId: branch.id,
      after: { ...memberSnapshot(member), fromMonth: input.fromMonth },
    });
    return member;
  });
}

/** Corrects roster fields; a change of branch is a transfer, not an edit. */
export async function updateMember(
  acting: Acting,
  input: MemberInput & { id: string },
): Promise<Member> {
  return acting.em.transactional(async (em) => {
    const member = await findMember(em, input.id, 'input.id');
    const grant = requireRole(acting.actor, BRANCH_MANAGERS, member.branchId);
    const before = memberSnapshot(member);
    const fields: MemberFields = {
      name: input.name != null ? input.name.trim() : member.name,
      status: input.status ?? member.status,
      joinedOn: input.joinedOn !== undefined ? input.joinedOn : (member.joinedOn ?? null),
      fullMemberOn:
        input.fullMemberOn !== undefined ? input.fullMemberOn : (member.fullMemberOn ?? null),
      position:
        input.position !== undefined ? input.position?.trim() || null : (member.position ?? null),
      gender: input.gender !== undefined ? input.gender : (member.gender ?? null),
      birthDate:
        input.birthDate !== undefined ? input.birthDate || null : (member.birthDate ?? null),
      phone: input.phone !== undefined ? normalisePhone(input.phone) : (member.phone ?? null),
    };
    assertMemberFields(fields);
    Object.assign(member, fields);
    if (input.groupId !== undefined) {
      const group = input.groupId
        ? await groupInBranch(em, input.groupId, member.branchId, 'input.groupId')
        : null;
      member.group = group ? ref(group) : null;
      member.groupId = group?.id ?? null;
    }
    await em.flush();
    await audit(em, acting, grant, {
      operation: 'member.update',
      entityName: 'Member',
      entityId: member.id,
      branchId: member.branchId,
      before,
      after: memberSnapshot(member),
    });
    return member;
  });
}

/**
 * For a member entered by mistake: removes the member and their membership months. Once anything
 * else refers to the member (records, another branch's months), the database refuses and the
 * answer is to record the member leaving instead.
 */
export async function deleteMember(acting: Acting, id: string): Promise<boolean> {
  return acting.em.transactional(async (em) => {
    const member = await findMember(em, id, 'id');
    const grant = requireRole(acting.actor, BRANCH_MANAGERS, member.branchId);
    const before = memberSnapshot(member);
    // Months in another branch are out of sight here; the foreign key refuses the delete (CONFLICT).
    const memberships = await em.find(Membership, { memberId: member.id });
    em.remove(memberships);
    em.remove(member);
    await em.flush();
    await removeSummariesOfMember(em, id);
    await audit(em, acting, grant, {
      operation: 'member.delete',
      entityName: 'Member',
      entityId: id,
      branchId: before.branchId,
      before: {
        ...before,
        memberships: memberships.map((m) => ({ from: m.fromMonth, to: m.toMonth ?? null })),
      },
    });
    return true;
  });
}
