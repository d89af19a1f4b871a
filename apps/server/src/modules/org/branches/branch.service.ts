import type { Acting } from '../../../auth/permissions.js';
import { COMMITTEE, requireRole } from '../../../auth/permissions.js';
import { BadInputError, ConflictError } from '../../../graphql/errors.js';
import { Branch } from './branch.entity.js';
import { Member } from '../members/member.entity.js';
import { Membership } from '../members/membership.entity.js';
import { audit, findBranch } from '../org-lookups.js';
import { PartyGroup } from './party-group.entity.js';
import { RoleAssignment } from '../users/role-assignment.entity.js';

export type BranchFields = {
  name?: string | null;
  code?: string | null;
  sortOrder?: number | null;
};

const CODE = /^[A-Za-z0-9_-]{1,20}$/;

function branchSnapshot(b: Branch) {
  return { name: b.name, code: b.code, sortOrder: b.sortOrder };
}

/** Checks and normalises the fields being set; `id` is the branch being changed, if any. */
async function checkedFields(
  { em }: Acting,
  fields: BranchFields,
  id: string | null,
): Promise<{ name?: string; code?: string; sortOrder?: number }> {
  const out: { name?: string; code?: string; sortOrder?: number } = {};
  if (fields.name !== undefined && fields.name !== null) {
    const name = fields.name.trim();
    if (!name || [...name].length > 50)
      throw new BadInputError(
        '支部名称须为 1–50 个字',
        'The branch name must be 1–50 characters',
        'input.name',
      );
    const clash = await em.findOne(Branch, { name, ...(id ? { id: { $ne: id } } : {}) });
    if (clash)
      throw new BadInputError('已有同名党支部', 'A branch with this name exists', 'input.name');
    out.name = name;
  }
  if (fields.code !== undefined && fields.code !== null) {
    const code = fields.code.trim();
    if (!CODE.test(code))
      throw new BadInputError(
        '支部编码须为 1–20 位字母、数字、下划线或连字符',
        'The branch code must be 1–20 letters, digits, underscores or hyphens',
        'input.code',
      );
    const clash = await em.findOne(Branch, { code, ...(id ? { id: { $ne: id } } : {}) });
    if (clash)
      throw new BadInputError('支部编码已被使用', 'This branch code is taken', 'input.code');
    out.code = code;
  }
  if (fields.sortOrder !== undefined && fields.sortOrder !== null) {
    if (!Number.isInteger(fields.sortOrder) || fields.sortOrder < 0 || fields.sortOrder > 9999)
      throw new BadInputError(
        '排序须为 0–9999 的整数',
        'The sort order must be a whole number from 0 to 9999',
        'input.sortOrder',
      );
    out.sortOrder = fields.sortOrder;
  }
  return out;
}

/** 新建党支部: the committee's to do. */
export async function createBranch(
  acting: Acting,
  input: { name: string; code: string; sortOrder?: number | null },
): Promise<Branch> {
  const grant = requireRole(acting.actor, COMMITTEE, null);
  return acting.em.transactional(async (em) => {
    const fields = await checkedFields({ ...acting, em }, input, null);
    const branch = em.create(Branch, {
      bureauId: acting.actor.bureauId,
      name: fields.name!,
      code: fields.code!,
      sortOrder: fields.sortOrder ?? 0,
    });
    await em.flush();
    await audit(em, acting, grant, {
      operation: 'branch.create',
      entityName: 'Branch',
      entityId: branch.id,
      branchId: branch.id,
      after: branchSnapshot(branch),
    });
    return branch;
  });
}

export async function updateBranch(
  acting: Acting,
  input: BranchFields & { id: string },
): Promise<Branch> {
  const grant = requireRole(acting.actor, COMMITTEE, null);
  return acting.em.transactional(async (em) => {
    const branch = await findBranch(em, input.id, 'input.id');
    const before = branchSnapshot(branch);
    Object.assign(branch, await checkedFields({ ...acting, em }, input, branch.id));
    await em.flush();
    await audit(em, acting, grant, {
      operation: 'branch.update',
      entityName: 'Branch',
      entityId: branch.id,
      branchId: branch.id,
      before,
      after: branchSnapshot(branch),
    });
    return branch;
  });
}

/** Only an empty branch can go: anything it ever recorded keeps it (records are never dropped silently). */
export async function deleteBranch(acting: Acting, id: string): Promise<boolean> {
  const grant = requireRole(acting.actor, COMMITTEE, null);
  return acting.em.transactional(async (em) => {
    const branch = await findBranch(em, id, 'id');
    const used =
      (await em.count(Member, { branchId: branch.id })) +
      (await em.count(Membership, { branchId: branch.id })) +
      (await em.count(PartyGroup, { branchId: branch.id })) +
      (await em.count(RoleAssignment, { branchId: branch.id }));
    if (used > 0)
      throw new ConflictError(
        '该党支部仍有党员、党小组、组织关系或角色，不能删除',
        'The branch still has members, groups, memberships or roles; it cannot be deleted',
      );
    const before = branchSnapshot(branch);
    em.remove(branch);
    await em.flush();
    await audit(em, acting, grant, {
      operation: 'branch.delete',
      entityName: 'Branch',
      entityId: id,
      branchId: id,
      before,
    });
    return true;
  });
}
