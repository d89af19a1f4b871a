import {
  Arg,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { AppContext } from '../../../graphql/context.js';
import { authed } from '../../../graphql/context.js';
import { NoticeObjectionInput, ObjectionDecisionInput } from '../cycle.inputs.js';
import { PublishedRowType } from '../cycle.types.js';
import { NoticeState, objectionMachine } from './notice-machines.js';
import { stateLabel } from '../workflow.types.js';
import { NoticeObjection } from './notice-objection.entity.js';
import { decideNoticeObjection, raiseNoticeObjection } from './notice.service.js';
import { Publication } from './publication.entity.js';
import { noticeStateOf } from './publication.service.js';
import { noticeActionsFor } from '../annual/year-actions.js';
import { correctedListNote } from '../corrections/correction-words.js';

@Resolver(() => Publication)
export class NoticeResolver {
  @Authorized()
  @Query(() => [Publication], { description: '公示名单 (本支部; 每份均为发布时的原样)' })
  publications(
    @Arg('year', () => Int) year: number,
    @Arg('branchId', () => ID, { nullable: true }) branchId: string | null,
    @Ctx() ctx: AppContext,
  ): Promise<Publication[]> {
    return authed(ctx).em.find(
      Publication,
      { year, ...(branchId ? { branchId } : {}) },
      { orderBy: { branchId: 'asc', kind: 'asc', quarter: 'asc', number: 'asc' } },
    );
  }

  @Authorized()
  @Query(() => Publication, { nullable: true })
  publication(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: AppContext,
  ): Promise<Publication | null> {
    return authed(ctx).em.findOne(Publication, { id });
  }

  @FieldResolver(() => [PublishedRowType], { description: '公示的名单, 与发布时完全一致' })
  rows(@Root() p: Publication): PublishedRowType[] {
    return p.rows;
  }

  @FieldResolver(() => String, { nullable: true, description: '更正说明 (更正后重新公示时)' })
  async note(@Root() p: Publication, @Ctx() ctx: AppContext): Promise<string | null> {
    if (!p.correctionId || p.note == null) return p.note ?? null;
    const correction = await ctx.loaders.correction.load(p.correctionId);
    // The reason as published, named as the correction names it.
    return correctedListNote(
      { reason: p.note, objectionId: correction?.objectionId ?? null },
      ctx.locale,
    );
  }

  @FieldResolver(() => NoticeState, { description: '公示中 / 已结束 (期满或已被更正后的名单取代)' })
  async noticeState(@Root() p: Publication, @Ctx() ctx: AppContext): Promise<NoticeState> {
    return noticeStateOf(p, await ctx.loaders.latestPublication.load(p));
  }

  @FieldResolver(() => [String], {
    description: '当前账号可进行的操作: raiseObjection (公示中), decideObjection (支委会)',
  })
  async availableActions(@Root() p: Publication, @Ctx() ctx: AppContext): Promise<string[]> {
    const state = noticeStateOf(p, await ctx.loaders.latestPublication.load(p));
    return noticeActionsFor(authed(ctx).actor, p, state);
  }

  @FieldResolver(() => [NoticeObjection])
  objections(@Root() p: Publication, @Ctx() ctx: AppContext): Promise<NoticeObjection[]> {
    return ctx.loaders.objectionsOf.load(p.id);
  }

  @Authorized()
  @Mutation(() => NoticeObjection, { description: '公示期内提出异议 (本支部任何人)' })
  raiseNoticeObjection(
    @Arg('input', () => NoticeObjectionInput) input: NoticeObjectionInput,
    @Ctx() ctx: AppContext,
  ): Promise<NoticeObjection> {
    const { em, actor } = authed(ctx);
    return raiseNoticeObjection(em, actor, input);
  }

  @Authorized()
  @Mutation(() => NoticeObjection, { description: '支委会处理公示异议 (成立则开启更正)' })
  decideNoticeObjection(
    @Arg('input', () => ObjectionDecisionInput) input: ObjectionDecisionInput,
    @Ctx() ctx: AppContext,
  ): Promise<NoticeObjection> {
    const { em, actor } = authed(ctx);
    return decideNoticeObjection(em, actor, input);
  }
}

@Resolver(() => NoticeObjection)
export class NoticeObjectionFieldsResolver {
  @FieldResolver(() => String, { description: '状态名称 (按请求的语言)' })
  stateLabel(@Root() objection: NoticeObjection, @Ctx() ctx: AppContext): string {
    return stateLabel(objectionMachine, objection.state, ctx.locale);
  }
}
