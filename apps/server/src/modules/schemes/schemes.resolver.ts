import { validateScheme } from '@jifen/scoring';
import type { Plain } from '../../db/rows/plain-rows.js';
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
import { authed, type AppContext } from '../../graphql/context.js';
import { say } from '../../graphql/locale.js';
import { GraphQLJSON } from '../../graphql/json-scalar.js';
import { Branch } from '../org/branches/branch.entity.js';
import {
  BranchItemProposal,
  PROPOSAL_STATUS_LABELS,
  ProposalStatus,
} from './branch-item-proposal.entity.js';
import { BranchItemService } from './branch-items.service.js';
import { Scheme, SCHEME_STATUS_LABELS, type SchemeStatus } from './scheme.entity.js';
import { SchemeService } from './scheme.service.js';
import { SCHEME_ORIGIN_LABELS, type SchemeOrigin } from './scheme-templates.js';
import { ProposeBranchItemInput, SchemeSource } from './schemes.inputs.js';
import { withFieldWords } from './scheme-problems.js';
import { ProposalStatusChoice, SchemeProblemType } from './schemes.types.js';

@Resolver(() => Scheme)
export class SchemesResolver {
  @Authorized()
  @Query(() => [Scheme], { description: '积分方案 (各年度各版本)' })
  schemes(
    @Arg('year', () => Int, { nullable: true }) year: number | null,
    @Ctx() ctx: AppContext,
  ): Promise<Scheme[]> {
    const { em, actor } = authed(ctx);
    return new SchemeService(em, actor).list(year);
  }

  @Authorized()
  @Query(() => Scheme)
  scheme(@Arg('id', () => ID) id: string, @Ctx() ctx: AppContext): Promise<Scheme> {
    const { em, actor } = authed(ctx);
    return new SchemeService(em, actor).get(id);
  }

  @Authorized()
  @Query(() => [SchemeProblemType], { description: '校验方案草稿 (不保存), 返回全部问题' })
  validateSchemeDefinition(
    @Arg('definition', () => GraphQLJSON) definition: unknown,
  ): SchemeProblemType[] {
    return withFieldWords(validateScheme(definition).problems);
  }

  @Authorized()
  @Mutation(() => Scheme, { description: '新建某年度方案草稿 (版本 1)' })
  createScheme(
    @Arg('year', () => Int) year: number,
    @Arg('from', () => SchemeSource) from: SchemeSource,
    @Ctx() ctx: AppContext,
  ): Promise<Scheme> {
    const { em, actor } = authed(ctx);
    return new SchemeService(em, actor).create(year, from);
  }

  @Authorized()
  @Mutation(() => Scheme, {
    description: '保存草稿; 不通过校验时返回全部问题 (BAD_USER_INPUT, details.problems)',
  })
  updateSchemeDraft(
    @Arg('id', () => ID) id: string,
    @Arg('definition', () => GraphQLJSON) definition: unknown,
    @Arg('expectedRevision', () => Int) expectedRevision: number,
    @Ctx() ctx: AppContext,
  ): Promise<Scheme> {
    const { em, actor } = authed(ctx);
    return new SchemeService(em, actor).updateDraft(id, definition, expectedRevision);
  }

  @Authorized()
  @Mutation(() => Scheme, { description: '发布草稿: 此后不可修改, 旧版本被取代, 得分随之重算' })
  async publishScheme(
    @Arg('id', () => ID) id: string,
    @Arg('expectedRevision', () => Int) expectedRevision: number,
    @Ctx() ctx: AppContext,
  ): Promise<Scheme> {
    const { em, actor } = authed(ctx);
    const scheme = await new SchemeService(em, actor).publish(id, expectedRevision);
    // Every summary of the bureau's year was rewritten: reads after it are planned on them.
    ctx.statistics.analyzeSoon('score_summary');
    return scheme;
  }

  @Authorized()
  @Mutation(() => Scheme, { description: '更正已发布方案: 新版本草稿, 自某月起生效, 须写明原因' })
  createSchemeCorrection(
    @Arg('year', () => Int) year: number,
    @Arg('effectiveFromMonth', () => String) effectiveFromMonth: string,
    @Arg('reason', () => String) reason: string,
    @Ctx() ctx: AppContext,
  ): Promise<Scheme> {
    const { em, actor } = authed(ctx);
    return new SchemeService(em, actor).createCorrection(year, effectiveFromMonth, reason);
  }

  @FieldResolver(() => String, { description: '来源名称 (按请求的语言)' })
  originLabel(@Root() scheme: Scheme, @Ctx() ctx: AppContext): string {
    const label = SCHEME_ORIGIN_LABELS[scheme.origin as SchemeOrigin];
    return label ? say(label, ctx.locale) : scheme.origin;
  }

  @FieldResolver(() => String, { description: '状态名称 (按请求的语言)' })
  statusLabel(@Root() scheme: Scheme, @Ctx() ctx: AppContext): string {
    const status: SchemeStatus = scheme.status;
    return say(SCHEME_STATUS_LABELS[status], ctx.locale);
  }
}

@Resolver(() => BranchItemProposal)
export class BranchItemsResolver {
  @Authorized()
  @Query(() => [BranchItemProposal], { description: '支部自选项目申请 (本账号可见的支部)' })
  branchItemProposals(
    @Arg('year', () => Int) year: number,
    @Arg('branchId', () => ID, { nullable: true }) branchId: string | null,
    @Ctx() ctx: AppContext,
  ): Promise<BranchItemProposal[]> {
    const { em, actor } = authed(ctx);
    return new BranchItemService(em, actor).list(year, branchId);
  }

  @Authorized()
  @Query(() => [ProposalStatusChoice], { description: '申请的各状态及其名称 (按请求的语言)' })
  branchItemProposalStatuses(@Ctx() ctx: AppContext): ProposalStatusChoice[] {
    return Object.values(ProposalStatus).map((status) => ({
      status,
      label: say(PROPOSAL_STATUS_LABELS[status], ctx.locale),
    }));
  }

  @Authorized()
  @Mutation(() => BranchItemProposal, { description: '支部申报自选项目, 报机关党委审批后实施' })
  proposeBranchItem(
    @Arg('input', () => ProposeBranchItemInput) input: ProposeBranchItemInput,
    @Ctx() ctx: AppContext,
  ): Promise<BranchItemProposal> {
    const { em, actor } = authed(ctx);
    return new BranchItemService(em, actor).propose(input);
  }

  @Authorized()
  @Mutation(() => BranchItemProposal, {
    description: '机关党委批准或不批准支部自选项目, 须写明意见',
  })
  decideBranchItem(
    @Arg('id', () => ID) id: string,
    @Arg('approve', () => Boolean) approve: boolean,
    @Arg('reason', () => String) reason: string,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Ctx() ctx: AppContext,
  ): Promise<BranchItemProposal> {
    const { em, actor } = authed(ctx);
    return new BranchItemService(em, actor).decide(id, approve, reason, expectedVersion);
  }

  @FieldResolver(() => Branch, { nullable: true })
  branch(
    @Root() proposal: BranchItemProposal,
    @Ctx() ctx: AppContext,
  ): Promise<Plain<Branch> | null> {
    return ctx.loaders.branch.load(proposal.branchId);
  }

  @FieldResolver(() => String, { description: '状态名称 (按请求的语言)' })
  statusLabel(@Root() proposal: BranchItemProposal, @Ctx() ctx: AppContext): string {
    const status: ProposalStatus = proposal.status;
    return say(PROPOSAL_STATUS_LABELS[status], ctx.locale);
  }
}
