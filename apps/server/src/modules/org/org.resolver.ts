import { Arg, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../graphql/context.js';
import { authed } from '../../graphql/context.js';
import { Branch } from './branch.entity.js';
import { Member } from './member.entity.js';

@Resolver(() => Member)
export class OrgResolver {
  @Authorized()
  @Query(() => [Branch], { description: '本局的党支部' })
  async branches(@Ctx() ctx: AppContext): Promise<Branch[]> {
    const { em } = authed(ctx);
    return em.find(Branch, {}, { orderBy: { sortOrder: 'asc', name: 'asc' } });
  }

  @Authorized()
  @Query(() => [Member], { description: '支部党员名册 (只含当前账号可见的支部)' })
  async members(
    @Arg('branchId', () => ID, { nullable: true }) branchId: string | null,
    @Ctx() ctx: AppContext,
  ): Promise<Member[]> {
    const { em } = authed(ctx);
    return em.find(Member, branchId ? { branchId } : {}, { orderBy: { name: 'asc' } });
  }

  @FieldResolver(() => Branch)
  async branch(@Root() member: Member, @Ctx() ctx: AppContext): Promise<Branch | null> {
    return ctx.loaders.branch.load(member.branchId);
  }
}
