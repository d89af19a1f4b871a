import type { Plain } from '../../../db/rows/plain-rows.js';
import {
  Arg,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Info,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { AppContext } from '../../../graphql/context.js';
import { requestedFields } from '../../../graphql/execution/requested-fields.js';
import { authed } from '../../../graphql/context.js';
import { say } from '../../../graphql/locale.js';
import { Member } from '../../org/members/member.entity.js';
import { Correction } from '../corrections/correction.entity.js';
import { QuarterRecordResponseInput, QuarterKeyInput } from '../cycle.inputs.js';
import { QuarterReviewRow } from '../cycle.types.js';
import { MemberConfirmation } from './member-confirmation.entity.js';
import { publishQuarter } from '../notices/notice.service.js';
import { Publication } from '../notices/publication.entity.js';
import { effectiveQuarterState } from '../notices/publication.service.js';
import { QuarterAssessment } from './quarter-assessment.entity.js';
import {
  ConfirmationState,
  confirmationMachine,
  quarterMachine,
  QuarterState,
  CONFIRMATION_METHOD_LABELS,
} from './quarter-machines.js';
import { stateLabel, WorkflowStep, workflowOf } from '../workflow.types.js';
import { quarterRows } from './quarter-queries.js';
import { quarterActionsFor, unstartedQuarterActions } from './viewer-actions.js';
import { checkQuarter } from './quarter-period.js';
import { todayInChina } from '../../calendar/clock.js';
import {
  recordPanelConfirmations,
  resolveQuarterObjection,
  respondToQuarterRecord,
} from './quarter-confirmation.service.js';
import { refreshQuarterRoster, signQuarter, startQuarterReview } from './quarter-review.service.js';

@Resolver(() => QuarterAssessment)
export class QuarterResolver {
  @Authorized()
  @Query(() => [QuarterAssessment], { description: '季度考评 (当前账号可见的支部)' })
  quarterAssessments(
    @Arg('year', () => Int) year: number,
    @Arg('branchId', () => ID, { nullable: true }) branchId: string | null,
    @Ctx() ctx: AppContext,
  ): Promise<QuarterAssessment[]> {
    return authed(ctx).em.find(
      QuarterAssessment,
      { year, ...(branchId ? { branchId } : {}) },
      { orderBy: { branchId: 'asc', quarter: 'asc' } },
    );
  }

  @Authorized()
  @Query(() => QuarterAssessment, { nullable: true })
  quarterAssessment(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: AppContext,
  ): Promise<QuarterAssessment | null> {
    return authed(ctx).em.findOne(QuarterAssessment, { id });
  }

  @Authorized()
  @Query(() => [String], {
    description: '尚未开始考评的季度: 当前账号现在可进行的操作 (如 startReview)',
  })
  quarterStartActions(
    @Arg('input', () => QuarterKeyInput) input: QuarterKeyInput,
    @Ctx() ctx: AppContext,
  ): string[] {
    checkQuarter(input.year, input.quarter);
    return unstartedQuarterActions(authed(ctx).actor, input, todayInChina());
  }

  @FieldResolver(() => QuarterState, { description: '状态 (公示期满即为公示结束)' })
  state(@Root() q: QuarterAssessment): QuarterState {
    return effectiveQuarterState(q);
  }

  @FieldResolver(() => String, { description: '状态名称 (按请求的语言)' })
  stateLabel(@Root() q: QuarterAssessment, @Ctx() ctx: AppContext): string {
    return stateLabel(quarterMachine, effectiveQuarterState(q), ctx.locale);
  }

  @FieldResolver(() => [WorkflowStep], { description: '考评的各步 (按顺序) 及当前所在的一步' })
  workflow(@Root() q: QuarterAssessment, @Ctx() ctx: AppContext): WorkflowStep[] {
    return workflowOf(quarterMachine, effectiveQuarterState(q), ctx.locale);
  }

  @FieldResolver(() => [String], {
    description: '当前账号在当前状态下可进行的操作 (按其在该支部的角色)',
  })
  availableActions(@Root() q: QuarterAssessment, @Ctx() ctx: AppContext): string[] {
    return quarterActionsFor(authed(ctx).actor, q);
  }

  @FieldResolver(() => [QuarterReviewRow], { description: '各党员的记录与确认 (党员仅见本人)' })
  rows(
    @Root() q: QuarterAssessment,
    @Ctx() ctx: AppContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<QuarterReviewRow[]> {
    const { em, actor } = authed(ctx);
    return quarterRows(em, actor, q, requestedFields(info, ['score']).has('lines'));
  }

  @FieldResolver(() => [Publication], { description: '历次公示 (含更正后的重新公示)' })
  publications(@Root() q: QuarterAssessment, @Ctx() ctx: AppContext): Promise<Publication[]> {
    return ctx.loaders.publicationsOf.load(q.id);
  }

  @FieldResolver(() => [Correction])
  corrections(@Root() q: QuarterAssessment, @Ctx() ctx: AppContext): Promise<Correction[]> {
    return ctx.loaders.correctionsOf.load(q.id);
  }

  @Authorized()
  @Mutation(() => QuarterAssessment, { description: '开始季度考评 (支部书记、支委委员)' })
  startQuarterReview(
    @Arg('input', () => QuarterKeyInput) input: QuarterKeyInput,
    @Ctx() ctx: AppContext,
  ): Promise<QuarterAssessment> {
    const { em, actor } = authed(ctx);
    return startQuarterReview(em, actor, input);
  }

  @Authorized()
  @Mutation(() => QuarterAssessment, { description: '刷新考评名单 (考评中有转入转出时)' })
  refreshQuarterRoster(
    @Arg('assessmentId', () => ID) assessmentId: string,
    @Ctx() ctx: AppContext,
  ): Promise<QuarterAssessment> {
    const { em, actor } = authed(ctx);
    return refreshQuarterRoster(em, actor, assessmentId);
  }

  @Authorized()
  @Mutation(() => MemberConfirmation, { description: '党员核对确认本人季度记录, 或提出异议' })
  respondToQuarterRecord(
    @Arg('input', () => QuarterRecordResponseInput) input: QuarterRecordResponseInput,
    @Ctx() ctx: AppContext,
  ): Promise<MemberConfirmation> {
    const { em, actor } = authed(ctx);
    return respondToQuarterRecord(em, actor, input);
  }

  @Authorized()
  @Mutation(() => [MemberConfirmation], {
    description: '考评小组登记党员在会上当面核对确认的结果 (批量)',
  })
  recordPanelConfirmations(
    @Arg('assessmentId', () => ID) assessmentId: string,
    @Arg('memberIds', () => [ID]) memberIds: string[],
    @Arg('confirmedOn', () => String, {
      nullable: true,
      description: '考评小组会议日期 (YYYY-MM-DD, 默认今天)',
    })
    confirmedOn: string | null,
    @Arg('note', () => String, { nullable: true, description: '当面确认的说明' })
    note: string | null,
    @Ctx() ctx: AppContext,
  ): Promise<MemberConfirmation[]> {
    const { em, actor } = authed(ctx);
    return recordPanelConfirmations(em, actor, { assessmentId, memberIds, confirmedOn, note });
  }

  @Authorized()
  @Mutation(() => MemberConfirmation, { description: '支委会处理党员在考评中的异议' })
  resolveQuarterObjection(
    @Arg('confirmationId', () => ID) confirmationId: string,
    @Arg('resolution', () => String) resolution: string,
    @Ctx() ctx: AppContext,
  ): Promise<MemberConfirmation> {
    const { em, actor } = authed(ctx);
    return resolveQuarterObjection(em, actor, { confirmationId, resolution });
  }

  @Authorized()
  @Mutation(() => QuarterAssessment, { description: '支部书记签字 (冻结季度得分, 关闭台账月份)' })
  signQuarter(
    @Arg('assessmentId', () => ID) assessmentId: string,
    @Arg('overrideReason', () => String, {
      nullable: true,
      description: '本季度仍有未决申报或申报异议时, 书记签字须填写的理由 (予以保留)',
    })
    overrideReason: string | null,
    @Ctx() ctx: AppContext,
  ): Promise<QuarterAssessment> {
    const { em, actor } = authed(ctx);
    return signQuarter(em, actor, assessmentId, overrideReason);
  }

  @Authorized()
  @Mutation(() => QuarterAssessment, { description: '在支部内公示 5 个工作日 (支部书记)' })
  publishQuarter(
    @Arg('assessmentId', () => ID) assessmentId: string,
    @Ctx() ctx: AppContext,
  ): Promise<QuarterAssessment> {
    const { em, actor } = authed(ctx);
    return publishQuarter(em, actor, assessmentId);
  }
}

@Resolver(() => QuarterReviewRow)
export class QuarterReviewRowResolver {
  @FieldResolver(() => String, {
    description: '确认状态名称 (按请求的语言; 尚无确认记录即为待确认)',
  })
  confirmationLabel(@Root() row: QuarterReviewRow, @Ctx() ctx: AppContext): string {
    const state: ConfirmationState = row.confirmation?.state ?? ConfirmationState.PENDING;
    return stateLabel(confirmationMachine, state, ctx.locale);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: '确认方式名称 (按请求的语言; 尚未确认为 null)',
  })
  confirmationMethodLabel(@Root() row: QuarterReviewRow, @Ctx() ctx: AppContext): string | null {
    const method = row.confirmation?.method;
    return method ? say(CONFIRMATION_METHOD_LABELS[method], ctx.locale) : null;
  }

  @FieldResolver(() => Member, { nullable: true })
  member(@Root() row: QuarterReviewRow, @Ctx() ctx: AppContext): Promise<Plain<Member> | null> {
    return ctx.loaders.member.load(row.memberId);
  }
}
