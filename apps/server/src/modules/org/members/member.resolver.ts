import type { GraphQLResolveInfo } from 'graphql';
import { type Plain, selectPlain } from '../../../db/rows/plain-rows.js';
import {
  Arg,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Info,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { AppContext } from '../../../graphql/context.js';
import { acting, authed } from '../../../graphql/context.js';
import { prefetchRosterScores } from '../../scores/roster-scores.js';
import { Branch } from '../branches/branch.entity.js';
import { Member } from './member.entity.js';
import {
  CreateMemberInput,
  RecordFullMembershipInput,
  RecordMemberLeavingInput,
  TransferMemberInput,
  UpdateMemberInput,
} from './member.inputs.js';
import { createMember, deleteMember, updateMember } from './member.service.js';
import { Membership } from './membership.entity.js';
import { findMember } from '../org-lookups.js';
import { PartyGroup } from '../branches/party-group.entity.js';
import { recordFullMembership } from './full-membership.service.js';
import { memberActions, seesPhone } from '../roster/roster-access.js';
import { recordMemberLeaving, transferMember } from './transfer.service.js';

@Resolver(() => Member)
export class MemberResolver {
  @Authorized()
  @Query(() => [Member], { description: '党员名册 (只含当前账号可见的支部)' })
  async members(
    @Arg('branchId', () => ID, { nullable: true }) branchId: string | null,
    @Arg('includeInactive', () => Boolean, { defaultValue: false, description: '含已转出本局的' })
    includeInactive: boolean,
    @Ctx() ctx: AppContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Plain<Member>[]> {
    // A roster is only shown: plain rows, and their loaders batch the rest.
    const where = ['true'];
    const params: unknown[] = [];
    if (branchId) {
      where.push('m.branch_id = ?::uuid');
      params.push(branchId);
    }
    if (!includeInactive) where.push('m.active');
    const members = await selectPlain(
      authed(ctx).em,
      Member,
      'm',
      { sql: where.join(' and '), params },
      { orderBy: 'm.name, m.id' },
    );
    await prefetchRosterScores(authed(ctx), info, members);
    return members;
  }

  @Authorized()
  @Query(() => Member, { description: '一名党员' })
  member(@Arg('id', () => ID) id: string, @Ctx() ctx: AppContext): Promise<Member> {
    return findMember(authed(ctx).em, id, 'id');
  }

  @Authorized()
  @Mutation(() => Member, { description: '新增党员 (支部书记、机关党委)' })
  createMember(
    @Arg('input', () => CreateMemberInput) input: CreateMemberInput,
    @Ctx() ctx: AppContext,
  ): Promise<Member> {
    return createMember(acting(ctx), input);
  }

  @Authorized()
  @Mutation(() => Member, { description: '修改党员信息 (支部书记、机关党委)' })
  updateMember(
    @Arg('input', () => UpdateMemberInput) input: UpdateMemberInput,
    @Ctx() ctx: AppContext,
  ): Promise<Member> {
    return updateMember(acting(ctx), input);
  }

  @Authorized()
  @Mutation(() => Member, { description: '转正: 预备党员转为正式党员 (支部书记、机关党委)' })
  recordFullMembership(
    @Arg('input', () => RecordFullMembershipInput) input: RecordFullMembershipInput,
    @Ctx() ctx: AppContext,
  ): Promise<Member> {
    return recordFullMembership(acting(ctx), input);
  }

  @Authorized()
  @Mutation(() => Boolean, { description: '删除误录的党员 (已有记录的党员请办理转出)' })
  deleteMember(@Arg('id', () => ID) id: string, @Ctx() ctx: AppContext): Promise<boolean> {
    return deleteMember(acting(ctx), id);
  }

  @Authorized()
  @Mutation(() => Member, { description: '组织关系转接: 局内转到另一支部 (机关党委)' })
  transferMember(
    @Arg('input', () => TransferMemberInput) input: TransferMemberInput,
    @Ctx() ctx: AppContext,
  ): Promise<Member> {
    return transferMember(acting(ctx), input);
  }

  @Authorized()
  @Mutation(() => Member, { description: '转出本局 (支部书记、机关党委)' })
  recordMemberLeaving(
    @Arg('input', () => RecordMemberLeavingInput) input: RecordMemberLeavingInput,
    @Ctx() ctx: AppContext,
  ): Promise<Member> {
    return recordMemberLeaving(acting(ctx), input);
  }

  @FieldResolver(() => Branch, { description: '当前所在支部' })
  async branch(
    @Root() member: Plain<Member>,
    @Ctx() ctx: AppContext,
  ): Promise<Plain<Branch> | null> {
    return ctx.loaders.branch.load(member.branchId);
  }

  @FieldResolver(() => PartyGroup, { nullable: true })
  async group(@Root() member: Plain<Member>, @Ctx() ctx: AppContext): Promise<PartyGroup | null> {
    return member.groupId ? ctx.loaders.partyGroup.load(member.groupId) : null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: '联系电话 (个人信息): 仅机关党委、本支部书记和本人可见, 其他账号为 null',
  })
  phone(@Root() member: Plain<Member>, @Ctx() ctx: AppContext): string | null {
    return ctx.actor && seesPhone(ctx.actor, member) ? (member.phone ?? null) : null;
  }

  @FieldResolver(() => [Membership], {
    description: '组织关系 (按月): 只含当前账号可见支部的那几段',
  })
  memberships(@Root() member: Plain<Member>, @Ctx() ctx: AppContext): Promise<Membership[]> {
    return ctx.loaders.membershipsOfMember.load(member.id);
  }

  @FieldResolver(() => [String], {
    description:
      '当前账号对此党员可做的事: update, recordFullMembership (转正), delete, transfer, recordLeaving, readAudit (可查其审计日志)',
  })
  availableActions(@Root() member: Plain<Member>, @Ctx() ctx: AppContext): string[] {
    return ctx.actor ? memberActions(ctx.actor, member) : [];
  }
}
