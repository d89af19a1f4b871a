import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Plain } from '../../db/rows/plain-rows.js';
import { authed, type AppContext } from '../../graphql/context.js';
import { Member } from '../org/members/member.entity.js';
import { say } from '../../graphql/locale.js';
import { declarationActions } from './declaration-actions.js';
import { DeclarationEvent } from './declaration-event.entity.js';
import {
  Declaration,
  DECLARATION_STATUS_LABELS,
  DECLARATION_STEP_LABELS,
  type DeclarationStatus,
} from './declaration.entity.js';
import {
  DecideDeclarationInput,
  DeclarationFilter,
  DisputeDeclarationInput,
  ResolveDeclarationDisputeInput,
  SubmitDeclarationInput,
} from './declarations.inputs.js';
import { DeclarationService } from './declarations.service.js';

@Resolver(() => Declaration)
export class DeclarationsResolver {
  @Authorized()
  @Query(() => [Declaration], { description: '个人申报: 本人的, 及有权查看的支部的' })
  declarations(
    @Arg('filter', () => DeclarationFilter) filter: DeclarationFilter,
    @Ctx() ctx: AppContext,
  ): Promise<Declaration[]> {
    const { em, actor } = authed(ctx);
    return new DeclarationService(em, actor).list(filter);
  }

  @Authorized()
  @Mutation(() => Declaration, { description: '党员申报特色分 (附佐证材料)' })
  submitDeclaration(
    @Arg('input', () => SubmitDeclarationInput) input: SubmitDeclarationInput,
    @Ctx() ctx: AppContext,
  ): Promise<Declaration> {
    const { em, actor } = authed(ctx);
    return new DeclarationService(em, actor).submit(input);
  }

  @Authorized()
  @Mutation(() => Declaration, { description: '记分员采纳或不采纳 (须写明理由)' })
  decideDeclaration(
    @Arg('input', () => DecideDeclarationInput) input: DecideDeclarationInput,
    @Ctx() ctx: AppContext,
  ): Promise<Declaration> {
    const { em, actor } = authed(ctx);
    return new DeclarationService(em, actor).decide(input);
  }

  @Authorized()
  @Mutation(() => Declaration, { description: '申报人对决定提出异议' })
  disputeDeclaration(
    @Arg('input', () => DisputeDeclarationInput) input: DisputeDeclarationInput,
    @Ctx() ctx: AppContext,
  ): Promise<Declaration> {
    const { em, actor } = authed(ctx);
    return new DeclarationService(em, actor).dispute(input);
  }

  @Authorized()
  @Mutation(() => Declaration, { description: '支部委员会维持或改变记分员的决定' })
  resolveDeclarationDispute(
    @Arg('input', () => ResolveDeclarationDisputeInput) input: ResolveDeclarationDisputeInput,
    @Ctx() ctx: AppContext,
  ): Promise<Declaration> {
    const { em, actor } = authed(ctx);
    return new DeclarationService(em, actor).resolveDispute(input);
  }

  @FieldResolver(() => String, { description: '状态名称 (按请求的语言)' })
  statusLabel(@Root() declaration: Declaration, @Ctx() ctx: AppContext): string {
    const status: DeclarationStatus = declaration.status;
    return say(DECLARATION_STATUS_LABELS[status], ctx.locale);
  }

  @FieldResolver(() => [DeclarationEvent], { description: '处理记录, 按时间顺序' })
  events(@Root() declaration: Declaration, @Ctx() ctx: AppContext): Promise<DeclarationEvent[]> {
    return ctx.loaders.declarationEvents.load(declaration.id);
  }

  @FieldResolver(() => [String], {
    description:
      '当前用户可执行的下一步: DECIDE (采纳/不采纳), DISPUTE (提出异议), RESOLVE_DISPUTE (处理异议)',
  })
  availableActions(@Root() declaration: Declaration, @Ctx() ctx: AppContext): string[] {
    return ctx.actor ? declarationActions(ctx.actor, declaration) : [];
  }

  @FieldResolver(() => Member, { nullable: true })
  member(@Root() declaration: Declaration, @Ctx() ctx: AppContext): Promise<Plain<Member> | null> {
    return ctx.loaders.member.load(declaration.memberId);
  }
}

@Resolver(() => DeclarationEvent)
export class DeclarationEventFieldsResolver {
  @FieldResolver(() => String, { nullable: true, description: '操作人姓名' })
  async actorName(@Root() event: DeclarationEvent, @Ctx() ctx: AppContext): Promise<string | null> {
    return (await ctx.loaders.userAccount.load(event.actorUserId))?.displayName ?? null;
  }

  @FieldResolver(() => String, { description: '此步骤的名称 (按请求的语言)' })
  stepLabel(@Root() event: DeclarationEvent, @Ctx() ctx: AppContext): string {
    return say(DECLARATION_STEP_LABELS[event.step], ctx.locale);
  }
}
