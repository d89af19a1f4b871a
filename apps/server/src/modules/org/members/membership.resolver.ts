import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Plain } from '../../../db/rows/plain-rows.js';
import type { AppContext } from '../../../graphql/context.js';
import { Branch } from '../branches/branch.entity.js';
import { Membership } from './membership.entity.js';

@Resolver(() => Membership)
export class MembershipResolver {
  @FieldResolver(() => Branch)
  async branch(
    @Root() membership: Membership,
    @Ctx() ctx: AppContext,
  ): Promise<Plain<Branch> | null> {
    return ctx.loaders.branch.load(membership.branchId);
  }
}
