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
import { todayInChina } from '../../calendar/clock.js';
import { AnnualAssessment } from './annual-assessment.entity.js';
import { approveYear, publishYear, returnYear, submitYear } from './annual-approval.service.js';
import {
  completeAnnualReview,
  recordEvaluationGrades,
  reviseYear,
  startAnnualEvaluation,
} from './annual-evaluation.service.js';
import { annualScores, myAnnualResult } from './annual-queries.js';
import { ANNUAL_STEP_LABELS, AnnualStep } from './annual-step.entity.js';
import { EvaluationGradeInput } from '../cycle.inputs.js';
import { ScoreView } from '../cycle.types.js';
import { EvaluationGrade } from './evaluation-grade.entity.js';
import { Publication } from '../notices/publication.entity.js';
import { annualMachine } from './annual-machine.js';
import { stateLabel, WorkflowStep, workflowOf } from '../workflow.types.js';
import { unstartedYearActions, yearActionsFor } from './year-actions.js';
import { say } from '../../../graphql/locale.js';

@Resolver(() => AnnualAssessment)
export class AnnualResolver {
  @Authorized()
  @Query(() => [AnnualAssessment], { description: '年度考评 (当前账号可见的支部)' })
  annualAssessments(
    @Arg('year', () => Int) year: number,
    @Arg('branchId', () => ID, { nullable: true }) branchId: string | null,
    @Ctx() ctx: AppContext,
  ): Promise<AnnualAssessment[]> {
    return authed(ctx).em.find(
      AnnualAssessment,
      { year, ...(branchId ? { branchId } : {}) },
      { orderBy: { branchId: 'asc' } },
    );
  }

  @Authorized()
  @Query(() => AnnualAssessment, { nullable: true })
  annualAssessment(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: AppContext,
  ): Promise<AnnualAssessment | null> {
    return authed(ctx).em.findOne(AnnualAssessment, { id });
  }

  @Authorized()
  @Query(() => [String], {
    description: '尚未开始的年度考评: 当前账号现在可进行的操作 (如 startEvaluation)',
  })
  annualStartActions(
    @Arg('branchId', () => ID) branchId: string,
    @Arg('year', () => Int) year: number,
    @Ctx() ctx: AppContext,
  ): string[] {
    return unstartedYearActions(authed(ctx).actor, { branchId, year }, todayInChina());
  }

  @Authorized()
  @Query(() => ScoreView, { nullable: true, description: '本人已公示的年度结果及计分说明' })
  myAnnualResult(
    @Arg('year', () => Int) year: number,
    @Ctx() ctx: AppContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    const { em, actor } = authed(ctx);
    return myAnnualResult(em, actor, year, requestedFields(info, []).has('lines'));
  }

  @FieldResolver(() => [String], {
    description: '当前账号在当前状态下可进行的操作 (按其在该支部的角色)',
  })
  availableActions(@Root() a: AnnualAssessment, @Ctx() ctx: AppContext): string[] {
    return yearActionsFor(authed(ctx).actor, a);
  }

  @FieldResolver(() => String, { description: '状态名称 (按请求的语言)' })
  stateLabel(@Root() a: AnnualAssessment, @Ctx() ctx: AppContext): string {
    return stateLabel(annualMachine, a.state, ctx.locale);
  }

  @FieldResolver(() => [WorkflowStep], {
    description: '年度考评的各步 (按顺序) 及当前所在的一步; 退回显示在审核一步',
  })
  workflow(@Root() a: AnnualAssessment, @Ctx() ctx: AppContext): WorkflowStep[] {
    return workflowOf(annualMachine, a.state, ctx.locale);
  }

  @FieldResolver(() => [ScoreView], { description: '年度综合得分 (上报前实时计算; 党员仅见本人)' })
  scores(
    @Root() a: AnnualAssessment,
    @Ctx() ctx: AppContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ScoreView[]> {
    const { em, actor } = authed(ctx);
    return annualScores(em, actor, a, requestedFields(info, []).has('lines'));
  }

  @FieldResolver(() => [EvaluationGrade])
  grades(@Root() a: AnnualAssessment, @Ctx() ctx: AppContext): Promise<EvaluationGrade[]> {
    return ctx.loaders.gradesOf.load(a.id);
  }

  @FieldResolver(() => [AnnualStep], { description: '复核、上报、审核、退回 (含原因)、公示记录' })
  steps(@Root() a: AnnualAssessment, @Ctx() ctx: AppContext): Promise<AnnualStep[]> {
    return ctx.loaders.stepsOf.load(a.id);
  }

  @FieldResolver(() => [Publication])
  publications(@Root() a: AnnualAssessment, @Ctx() ctx: AppContext): Promise<Publication[]> {
    return ctx.loaders.publicationsOf.load(a.id);
  }

  @Authorized()
  @Mutation(() => AnnualAssessment, { description: '开始年度民主评议 (支部书记、支委委员)' })
  startAnnualEvaluation(
    @Arg('branchId', () => ID) branchId: string,
    @Arg('year', () => Int) year: number,
    @Ctx() ctx: AppContext,
  ) {
    const { em, actor } = authed(ctx);
    return startAnnualEvaluation(em, actor, { branchId, year });
  }

  @Authorized()
  @Mutation(() => [EvaluationGrade], { description: '录入民主评议等次 (预备党员按日常表现)' })
  recordEvaluationGrades(
    @Arg('assessmentId', () => ID) assessmentId: string,
    @Arg('grades', () => [EvaluationGradeInput]) grades: EvaluationGradeInput[],
    @Ctx() ctx: AppContext,
  ) {
    const { em, actor } = authed(ctx);
    return recordEvaluationGrades(em, actor, { assessmentId, grades });
  }

  @Authorized()
  @Mutation(() => AnnualAssessment, { description: '支委会完成对基础分、特色分和综合得分的复核' })
  completeAnnualReview(
    @Arg('assessmentId', () => ID) assessmentId: string,
    @Arg('note', () => String, { nullable: true }) note: string | null,
    @Ctx() ctx: AppContext,
  ) {
    const { em, actor } = authed(ctx);
    return completeAnnualReview(em, actor, { assessmentId, note });
  }

  @Authorized()
  @Mutation(() => AnnualAssessment, { description: '退回修改 (支部书记)' })
  reviseYear(
    @Arg('assessmentId', () => ID) assessmentId: string,
    @Arg('reason', () => String) reason: string,
    @Ctx() ctx: AppContext,
  ) {
    const { em, actor } = authed(ctx);
    return reviseYear(em, actor, { assessmentId, reason });
  }

  @Authorized()
  @Mutation(() => AnnualAssessment, { description: '上报机关党委 (支部书记; 冻结综合得分)' })
  submitYear(@Arg('assessmentId', () => ID) assessmentId: string, @Ctx() ctx: AppContext) {
    const { em, actor } = authed(ctx);
    return submitYear(em, actor, assessmentId);
  }

  @Authorized()
  @Mutation(() => AnnualAssessment, { description: '机关党委审核通过 (开启预警处置)' })
  approveYear(
    @Arg('assessmentId', () => ID) assessmentId: string,
    @Arg('comment', () => String, { nullable: true }) comment: string | null,
    @Ctx() ctx: AppContext,
  ) {
    const { em, actor } = authed(ctx);
    return approveYear(em, actor, { assessmentId, comment });
  }

  @Authorized()
  @Mutation(() => AnnualAssessment, { description: '机关党委退回支部 (须说明原因)' })
  returnYear(
    @Arg('assessmentId', () => ID) assessmentId: string,
    @Arg('reason', () => String) reason: string,
    @Ctx() ctx: AppContext,
  ) {
    const { em, actor } = authed(ctx);
    return returnYear(em, actor, { assessmentId, reason });
  }

  @Authorized()
  @Mutation(() => AnnualAssessment, { description: '公示年度结果 (支部书记或机关党委)' })
  publishYear(@Arg('assessmentId', () => ID) assessmentId: string, @Ctx() ctx: AppContext) {
    const { em, actor } = authed(ctx);
    return publishYear(em, actor, assessmentId);
  }
}

@Resolver(() => AnnualStep)
export class AnnualStepFieldsResolver {
  @FieldResolver(() => String, { description: '此步骤的名称 (按请求的语言)' })
  kindLabel(@Root() step: AnnualStep, @Ctx() ctx: AppContext): string {
    return say(ANNUAL_STEP_LABELS[step.kind], ctx.locale);
  }
}
