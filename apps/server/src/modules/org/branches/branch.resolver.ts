import type { Plain } from '../../../db/rows/plain-rows.js';
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
import type { AppContext } from '../../../graphql/context.js';
import { acting, authed } from '../../../graphql/context.js';
import { Branch } from './branch.entity.js';
import { CreateBranchInput, UpdateBranchInput } from './branch.inputs.js';
import { createBranch, deleteBranch, updateBranch } from './branch.service.js';
import { findBranch } from '../org-lookups.js';
import { PartyGroup } from './party-group.entity.js';
import { rosterActions } from '../roster/roster-access.js';

@Resolver(() => Branch)
export class BranchResolver {
  @Authorized()
  @Query(() => [Branch], { description: '本局的党支部 (组织架构, 全局可见)' })
  async branches(@Ctx() ctx: AppContext): Promise<Branch[]> {
    return authed(ctx).em.find(Branch, {}, { orderBy: { sortOrder: 'asc', name: 'asc' } });
  }

  @Authorized()
  @Query(() => Branch, { description: '一个党支部' })
  async branch(@Arg('id', () => ID) id: string, @Ctx() ctx: AppContext): Promise<Branch> {
    return findBranch(authed(ctx).em, id, 'id');
  }

  @Authorized()
  @Mutation(() => Branch, { description: '新建党支部 (机关党委)' })
  createBranch(
    @Arg('input', () => CreateBranchInput) input: CreateBranchInput,
    @Ctx() ctx: AppContext,
  ): Promise<Branch> {
    return createBranch(acting(ctx), input);
  }

  @Authorized()
  @Mutation(() => Branch, { description: '修改党支部 (机关党委)' })
  updateBranch(
    @Arg('input', () => UpdateBranchInput) input: UpdateBranchInput,
    @Ctx() ctx: AppContext,
  ): Promise<Branch> {
    return updateBranch(acting(ctx), input);
  }

  @Authorized()
  @Mutation(() => Boolean, { description: '删除党支部 (机关党委; 仅限空支部)' })
  deleteBranch(@Arg('id', () => ID) id: string, @Ctx() ctx: AppContext): Promise<boolean> {
    return deleteBranch(acting(ctx), id);
  }

  @FieldResolver(() => [PartyGroup], { description: '党小组 (仅当前账号可见的支部)' })
  groups(@Root() branch: Plain<Branch>, @Ctx() ctx: AppContext): Promise<PartyGroup[]> {
    return ctx.loaders.groupsOfBranch.load(branch.id);
  }

  @FieldResolver(() => [String], {
    description: '当前账号对本支部名册可做的事: create (新增党员), import (导入), export (导出)',
  })
  rosterActions(@Root() branch: Plain<Branch>, @Ctx() ctx: AppContext): string[] {
    return ctx.actor ? rosterActions(ctx.actor, branch.id) : [];
  }
}
