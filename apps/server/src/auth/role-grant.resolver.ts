import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Plain } from '../db/rows/plain-rows.js';
import type { AppContext } from '../graphql/context.js';
import { Branch } from '../modules/org/branches/branch.entity.js';
import { RoleGrantType } from './viewer.types.js';

@Resolver(() => RoleGrantType)
export class RoleGrantResolver {
  @FieldResolver(() => Branch, { nullable: true, description: '支部角色所在支部; 局级角色为 null' })
  async branch(
    @Root() grant: RoleGrantType,
    @Ctx() ctx: AppContext,
  ): Promise<Plain<Branch> | null> {
    return grant.branchId ? ctx.loaders.branch.load(grant.branchId) : null;
  }
}
