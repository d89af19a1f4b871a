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
import type { Plain } from '../../db/rows/plain-rows.js';
import { authed, type AppContext } from '../../graphql/context.js';
import { SheetFile } from '../ledger/sheet/excel/sheet-import.types.js';
import { XLSX_MIME } from '../../http/media-types.js';
import { Branch } from '../org/branches/branch.entity.js';
import { bureauName } from '../org/bureau-name.js';
import {
  availableActions,
  mayReadFindings,
  visibleSpotCheck,
  visibleSpotChecks,
} from './spot-check-access.js';
import { drawSpotCheck } from './draw/spot-check-draw.service.js';
import { writeSpotCheckWorkbook } from './spot-check-excel.js';
import { answerFollowUp, closeFollowUp, recordFinding } from './spot-check-finding.service.js';
import { SpotCheckItem } from './spot-check-item.entity.js';
import { findingMachine, FindingState } from './spot-check-machine.js';
import { stateLabel } from '../assessments/workflow.types.js';
import { say } from '../../graphql/locale.js';
import { KIND_LABELS } from './spot-check-kind.js';
import { SpotCheck } from './spot-check.entity.js';
import {
  AnswerSpotCheckInput,
  CloseSpotCheckInput,
  DrawSpotCheckInput,
  SpotCheckFindingInput,
} from './supervision.inputs.js';
import { FindingStateCount } from './supervision.types.js';

/** The check's items the viewer may read, optionally of one branch. */
async function itemsFor(
  ctx: AppContext,
  check: SpotCheck,
  branchId: string | null,
): Promise<SpotCheckItem[]> {
  const { actor } = authed(ctx);
  const items = await ctx.loaders.spotCheckItems.load(check.id);
  return items.filter(
    (i) => mayReadFindings(actor, i.branchId) && (!branchId || i.branchId === branchId),
  );
}

@Resolver(() => SpotCheck)
export class SpotCheckResolver {
  @Authorized()
  @Query(() => [SpotCheck], {
    description: '随机抽查: 机关党委与分析员见全部, 支部仅见抽到本支部的抽查及本支部的抽查项',
  })
  spotChecks(@Ctx() ctx: AppContext): Promise<SpotCheck[]> {
    const { em, actor } = authed(ctx);
    return visibleSpotChecks(em, actor);
  }

  @Authorized()
  @Query(() => SpotCheck, { description: '一次抽查' })
  spotCheck(@Arg('id', () => ID) id: string, @Ctx() ctx: AppContext): Promise<SpotCheck> {
    const { em, actor } = authed(ctx);
    return visibleSpotCheck(em, actor, id);
  }

  @Authorized()
  @Query(() => SheetFile, { description: '导出抽查结果 (.xlsx): 可见的抽查项及其核查、答复与关闭' })
  async spotCheckExcel(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: AppContext,
  ): Promise<SheetFile> {
    const { em, actor } = authed(ctx);
    const check = await visibleSpotCheck(em, actor, id);
    const items = await itemsFor(ctx, check, null);
    const branches = await ctx.loaders.branch.loadMany([...new Set(items.map((i) => i.branchId))]);
    const names = new Map(
      branches.flatMap((b) => (b && !(b instanceof Error) ? [[b.id, b.name] as const] : [])),
    );
    const content = await writeSpotCheckWorkbook(
      check,
      items,
      names,
      await bureauName(em, actor.bureauId),
    );
    return {
      fileName: `${check.title}-随机抽查.xlsx`,
      mimeType: XLSX_MIME,
      contentBase64: content.toString('base64'),
    };
  }

  @FieldResolver(() => [SpotCheckItem], { description: '可见的抽查项 (可限定支部)' })
  items(
    @Root() check: SpotCheck,
    @Arg('branchId', () => ID, { nullable: true }) branchId: string | null,
    @Ctx() ctx: AppContext,
  ): Promise<SpotCheckItem[]> {
    return itemsFor(ctx, check, branchId);
  }

  @FieldResolver(() => [FindingStateCount], { description: '可见抽查项按状态计数' })
  async stateCounts(
    @Root() check: SpotCheck,
    @Arg('branchId', () => ID, { nullable: true }) branchId: string | null,
    @Ctx() ctx: AppContext,
  ): Promise<FindingStateCount[]> {
    const items = await itemsFor(ctx, check, branchId);
    return Object.values(FindingState).map((state) => ({
      state,
      label: stateLabel(findingMachine, state, ctx.locale),
      count: items.filter((i) => i.state === state).length,
    }));
  }

  @Authorized()
  @Mutation(() => SpotCheck, {
    description: '抽取样本 (机关党委): 按支部分层, 每个有记录的支部至少一项; 种子保存, 可复现',
  })
  drawSpotCheck(
    @Arg('input', () => DrawSpotCheckInput) input: DrawSpotCheckInput,
    @Ctx() ctx: AppContext,
  ): Promise<SpotCheck> {
    const { em, actor } = authed(ctx);
    return drawSpotCheck(em, actor, input);
  }

  @Authorized()
  @Mutation(() => SpotCheckItem, {
    description: '登记核查结果 (机关党委): 无误, 或有问题转支部答复',
  })
  recordSpotCheckFinding(
    @Arg('input', () => SpotCheckFindingInput) input: SpotCheckFindingInput,
    @Ctx() ctx: AppContext,
  ): Promise<SpotCheckItem> {
    const { em, actor } = authed(ctx);
    return recordFinding(em, actor, input);
  }

  @Authorized()
  @Mutation(() => SpotCheckItem, {
    description: '答复抽查发现的问题 (支部书记、支委): 说明, 可附已提出的更正',
  })
  answerSpotCheckFollowUp(
    @Arg('input', () => AnswerSpotCheckInput) input: AnswerSpotCheckInput,
    @Ctx() ctx: AppContext,
  ): Promise<SpotCheckItem> {
    const { em, actor } = authed(ctx);
    return answerFollowUp(em, actor, input);
  }

  @Authorized()
  @Mutation(() => SpotCheckItem, { description: '关闭已答复的问题 (机关党委)' })
  closeSpotCheckFollowUp(
    @Arg('input', () => CloseSpotCheckInput) input: CloseSpotCheckInput,
    @Ctx() ctx: AppContext,
  ): Promise<SpotCheckItem> {
    const { em, actor } = authed(ctx);
    return closeFollowUp(em, actor, input);
  }
}

@Resolver(() => SpotCheckItem)
export class SpotCheckItemFieldsResolver {
  @FieldResolver(() => Branch, { nullable: true })
  branch(@Root() item: SpotCheckItem, @Ctx() ctx: AppContext): Promise<Plain<Branch> | null> {
    return ctx.loaders.branch.load(item.branchId);
  }

  @FieldResolver(() => String, { description: '抽查项类别名称 (按请求的语言)' })
  kindLabel(@Root() item: SpotCheckItem, @Ctx() ctx: AppContext): string {
    return say(KIND_LABELS[item.kind], ctx.locale);
  }

  @FieldResolver(() => String, { description: '状态名称 (按请求的语言)' })
  stateLabel(@Root() item: SpotCheckItem, @Ctx() ctx: AppContext): string {
    return stateLabel(findingMachine, item.state, ctx.locale);
  }

  @FieldResolver(() => [String], {
    description: '当前账号可执行的操作: confirm / flag / answer / close',
  })
  availableActions(@Root() item: SpotCheckItem, @Ctx() ctx: AppContext): string[] {
    return availableActions(authed(ctx).actor, item);
  }
}
