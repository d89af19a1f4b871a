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
import { Member } from '../members/member.entity.js';
import { PartyGroup } from './party-group.entity.js';
import { inGroupOrder } from './group-order.js';
import { CreatePartyGroupInput, UpdatePartyGroupInput } from './party-group.inputs.js';
import { createPartyGroup, deletePartyGroup, updatePartyGroup } from './party-group.service.js';

@Resolver(() => PartyGroup)
export class PartyGroupResolver {
  @Authorized()
  @Query(() => [PartyGroup], { description: '党小组 (只含当前账号可见的支部)' })
  partyGroups(
    @Arg('branchId', () => ID, { nullable: true }) branchId: string | null,
    @Ctx() ctx: AppContext,
  ): Promise<PartyGroup[]> {
    return authed(ctx)
      .em.find(PartyGroup, branchId ? { branchId } : {})
      .then(inGroupOrder);
  }

  @Authorized()
  @Mutation(() => PartyGroup, { description: '新建党小组 (支部书记、机关党委)' })
  createPartyGroup(
    @Arg('input', () => CreatePartyGroupInput) input: CreatePartyGroupInput,
    @Ctx() ctx: AppContext,
  ): Promise<PartyGroup> {
    return createPartyGroup(acting(ctx), input);
  }

  @Authorized()
  @Mutation(() => PartyGroup, { description: '修改党小组 (支部书记、机关党委)' })
  updatePartyGroup(
    @Arg('input', () => UpdatePartyGroupInput) input: UpdatePartyGroupInput,
    @Ctx() ctx: AppContext,
  ): Promise<PartyGroup> {
    return updatePartyGroup(acting(ctx), input);
  }

  @Authorized()
  @Mutation(() => Boolean, { description: '删除党小组 (须无党员)' })
  deletePartyGroup(@Arg('id', () => ID) id: string, @Ctx() ctx: AppContext): Promise<boolean> {
    return deletePartyGroup(acting(ctx), id);
  }

  @FieldResolver(() => Branch)
  async branch(@Root() group: PartyGroup, @Ctx() ctx: AppContext): Promise<Plain<Branch> | null> {
    return ctx.loaders.branch.load(group.branchId);
  }

  @FieldResolver(() => Member, { nullable: true, description: '党小组长' })
  async leader(@Root() group: PartyGroup, @Ctx() ctx: AppContext): Promise<Plain<Member> | null> {
    return group.leaderId ? ctx.loaders.member.load(group.leaderId) : null;
  }

  @FieldResolver(() => [Member], { description: '在册党员' })
  members(@Root() group: PartyGroup, @Ctx() ctx: AppContext): Promise<Member[]> {
    return ctx.loaders.membersOfGroup.load(group.id);
  }
}
