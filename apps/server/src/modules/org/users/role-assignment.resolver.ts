import {
  Arg,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { Role } from '../../../auth/roles.js';
import type { Plain } from '../../../db/rows/plain-rows.js';
import type { AppContext } from '../../../graphql/context.js';
import { acting } from '../../../graphql/context.js';
import { Branch } from '../branches/branch.entity.js';
import { RoleAssignment } from './role-assignment.entity.js';
import { grantableRoles, grantRole, revokeRole } from './role-assignment.service.js';
import { GrantRoleInput } from './user.inputs.js';

@Resolver(() => RoleAssignment)
export class RoleAssignmentResolver {
  @Authorized()
  @Query(() => [Role], {
    description: '当前账号可在该支部分配和撤销的角色; 不填支部时为可分配的局级角色',
  })
  grantableRoles(
    @Arg('branchId', () => ID, { nullable: true }) branchId: string | null,
    @Ctx() ctx: AppContext,
  ): Role[] {
    return grantableRoles(acting(ctx), branchId);
  }

  @Authorized()
  @Mutation(() => RoleAssignment, {
    description: '分配角色: 局级角色和支部书记由机关党委分配; 其他支部角色也可由本支部书记分配',
  })
  grantRole(
    @Arg('input', () => GrantRoleInput) input: GrantRoleInput,
    @Ctx() ctx: AppContext,
  ): Promise<RoleAssignment> {
    return grantRole(acting(ctx), input);
  }

  @Authorized()
  @Mutation(() => Boolean, { description: '撤销角色 (权限同分配)' })
  revokeRole(@Arg('id', () => ID) id: string, @Ctx() ctx: AppContext): Promise<boolean> {
    return revokeRole(acting(ctx), id);
  }

  @FieldResolver(() => Branch, { nullable: true, description: '支部角色所在支部' })
  async branch(
    @Root() grant: RoleAssignment,
    @Ctx() ctx: AppContext,
  ): Promise<Plain<Branch> | null> {
    return grant.branchId ? ctx.loaders.branch.load(grant.branchId) : null;
  }
}
