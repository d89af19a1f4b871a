import { outcomeBandLabel } from '@jifen/scoring';
import { BadInputError } from '../../graphql/errors.js';
import { UUID } from '../org/org-lookups.js';
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
import { holdsRole } from '../../auth/permissions.js';
import { Role } from '../../auth/roles.js';
import type { AppContext } from '../../graphql/context.js';
import { say } from '../../graphql/locale.js';
import { authed } from '../../graphql/context.js';
import { ForbiddenError } from '../../graphql/errors.js';
import { yearOutcomes } from '../assessments/annual/annual-queries.js';
import { canReadBranch } from '../assessments/cycle-roles.js';
import { InterviewInput, MeasureDoneInput, MeasureInputType } from '../assessments/cycle.inputs.js';
import { YearOutcomeRow } from '../assessments/cycle.types.js';
import { Member } from '../org/members/member.entity.js';
import { stateLabel, WorkflowStep, workflowOf } from '../assessments/workflow.types.js';
import { caseMachine, CaseState } from './outcome-case-machine.js';
import { LEVEL_BANDS, OutcomeCase } from './outcome-case.entity.js';
import {
  closeOutcomeCase,
  completeMeasure,
  recordInterview,
  setRectificationMeasures,
} from './outcome-case.service.js';
import { RectificationMeasure } from './rectification-measure.entity.js';
import { caseActionsFor } from './case-actions.js';
import { withdrawnCaseNote } from '../assessments/corrections/correction-words.js';

@Resolver(() => OutcomeCase)
export class OutcomeResolver {
  @Authorized()
  @Query(() => [OutcomeCase], {
    description: '预警处置 (党员仅见本人); 指定党员时可不指定年度: 该党员历年的预警处置',
  })
  async outcomeCases(
    @Arg('year', () => Int, { nullable: true, description: '预警所依据的年度; 不指定党员时必填' })
    year: number | null,
    @Arg('branchId', () => ID, { nullable: true }) branchId: string | null,
    @Arg('state', () => CaseState, { nullable: true }) state: CaseState | null,
    @Ctx() ctx: AppContext,
    @Arg('memberId', () => ID, { nullable: true, description: '只看一名党员的 (党员信息页)' })
    memberId?: string | null,
  ): Promise<OutcomeCase[]> {
    const { em, actor } = authed(ctx);
    if (memberId && !UUID.test(memberId))
      throw new BadInputError('党员编号无效', 'The member id is not valid', 'memberId');
    if (year == null && !memberId)
      throw new BadInputError('请指定年度', 'Give the year (or a member)', 'year');
    const cases = await em.find(
      OutcomeCase,
      {
        ...(year != null ? { year } : {}),
        ...(branchId ? { branchId } : {}),
        ...(state ? { state } : {}),
        ...(memberId ? { memberId } : {}),
      },
      // A member's own cases come newest year first; a branch's, by branch and as opened.
      {
        orderBy:
          year == null ? { year: 'desc' } : { branchId: 'asc', openedAt: 'asc', memberId: 'asc' },
      },
    );
    return cases.filter((c) => canReadBranch(actor, c.branchId) || c.memberId === actor.memberId);
  }

  @Authorized()
  @Query(() => [YearOutcomeRow], { description: '年度积分运用 (审核通过的结果)' })
  async yearOutcomes(
    @Arg('year', () => Int) year: number,
    @Arg('branchId', () => ID, { nullable: true }) branchId: string | null,
    @Ctx() ctx: AppContext,
  ): Promise<YearOutcomeRow[]> {
    const { em, actor } = authed(ctx);
    const rows = await yearOutcomes(em, year, branchId);
    return rows.filter((r) => canReadBranch(actor, r.branchId) || r.memberId === actor.memberId);
  }

  @Authorized(Role.COMMITTEE_ADMIN, Role.ANALYST)
  @Query(() => [YearOutcomeRow], { description: '连续两年低于 60 分, 报机关党委处理的党员' })
  async committeeFlags(
    @Arg('year', () => Int) year: number,
    @Ctx() ctx: AppContext,
  ): Promise<YearOutcomeRow[]> {
    const { em, actor } = authed(ctx);
    if (!holdsRole(actor, [Role.COMMITTEE_ADMIN, Role.ANALYST], null)) {
      throw new ForbiddenError('仅机关党委可查看', 'Only the committee may see this');
    }
    return (await yearOutcomes(em, year, null)).filter((r) => r.redTwoYearsRunning);
  }

  @FieldResolver(() => Member, { nullable: true })
  member(@Root() c: OutcomeCase, @Ctx() ctx: AppContext): Promise<Plain<Member> | null> {
    return ctx.loaders.member.load(c.memberId);
  }

  @FieldResolver(() => String, { description: '预警名称 (按请求的语言): 即年度得分区间的名称' })
  levelLabel(@Root() c: OutcomeCase, @Ctx() ctx: AppContext): string {
    // A case's level is the band of the year that opened it.
    return say(outcomeBandLabel(LEVEL_BANDS[c.level]), ctx.locale);
  }

  @FieldResolver(() => String, { nullable: true, description: '结案意见, 或更正撤销预警的原因' })
  closingNote(@Root() c: OutcomeCase, @Ctx() ctx: AppContext): string | null {
    if (c.closingNote == null || c.withdrawnTotal == null) return c.closingNote ?? null;
    return withdrawnCaseNote(c.withdrawnTotal, c.closingNote, ctx.locale);
  }

  @FieldResolver(() => String, { description: '状态名称 (按请求的语言)' })
  stateLabel(@Root() c: OutcomeCase, @Ctx() ctx: AppContext): string {
    return stateLabel(caseMachine, c.state, ctx.locale);
  }

  @FieldResolver(() => [WorkflowStep], { description: '处置的各步 (按顺序) 及当前所在的一步' })
  workflow(@Root() c: OutcomeCase, @Ctx() ctx: AppContext): WorkflowStep[] {
    return workflowOf(caseMachine, c.state, ctx.locale);
  }

  @FieldResolver(() => [RectificationMeasure])
  measures(@Root() c: OutcomeCase, @Ctx() ctx: AppContext): Promise<RectificationMeasure[]> {
    return ctx.loaders.measuresOf.load(c.id);
  }

  @FieldResolver(() => [String], {
    description: '当前账号在当前状态下可进行的操作 (按其在该支部的角色)',
  })
  availableActions(@Root() c: OutcomeCase, @Ctx() ctx: AppContext): string[] {
    return caseActionsFor(authed(ctx).actor, c);
  }

  @Authorized()
  @Mutation(() => OutcomeCase, { description: '记录约谈 (支部书记)' })
  recordInterview(
    @Arg('input', () => InterviewInput) input: InterviewInput,
    @Ctx() ctx: AppContext,
  ) {
    const { em, actor } = authed(ctx);
    return recordInterview(em, actor, input);
  }

  @Authorized()
  @Mutation(() => OutcomeCase, { description: '制定整改措施及期限' })
  setRectificationMeasures(
    @Arg('caseId', () => ID) caseId: string,
    @Arg('measures', () => [MeasureInputType]) measures: MeasureInputType[],
    @Ctx() ctx: AppContext,
  ) {
    const { em, actor } = authed(ctx);
    return setRectificationMeasures(em, actor, { caseId, measures });
  }

  @Authorized()
  @Mutation(() => RectificationMeasure, { description: '登记整改措施完成' })
  completeMeasure(
    @Arg('input', () => MeasureDoneInput) input: MeasureDoneInput,
    @Ctx() ctx: AppContext,
  ) {
    const { em, actor } = authed(ctx);
    return completeMeasure(em, actor, input);
  }

  @Authorized()
  @Mutation(() => OutcomeCase, { description: '结案 (整改措施均已完成)' })
  closeOutcomeCase(
    @Arg('caseId', () => ID) caseId: string,
    @Arg('note', () => String) note: string,
    @Ctx() ctx: AppContext,
  ) {
    const { em, actor } = authed(ctx);
    return closeOutcomeCase(em, actor, { caseId, note });
  }
}
