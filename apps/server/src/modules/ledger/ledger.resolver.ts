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
import { BRANCH_READERS, requireRole } from '../../auth/permissions.js';
import { authed, type AppContext } from '../../graphql/context.js';
import { withBureauWideAccess } from '../../tenancy/bureau-wide-access.js';
import { Attendance } from './attendance.entity.js';
import { BranchSession } from './branch-session.entity.js';
import { RecordSessionInput, RecordViolationInput, UpdateSessionInput } from './sessions.inputs.js';
import { SessionService } from './sessions.service.js';
import { Violation } from './violation.entity.js';
import { recordViolation } from './violations.service.js';
import { bureauName, formTitle } from '../org/bureau-name.js';
import { writeSheetWorkbook } from './sheet/excel/sheet-excel.js';
import { XLSX_MIME } from '../../http/media-types.js';
import { importMonthlySheet, previewSheetImport } from './sheet/excel/sheet-import.service.js';
import {
  SheetFile,
  SheetImportInput,
  SheetImportPreview,
} from './sheet/excel/sheet-import.types.js';
import { buildMonthlySheet, checkMonth } from './sheet/monthly-sheet.service.js';
import { loadSheetView } from './sheet/sheet-view.js';
import { saveMonthlySheet } from './sheet/save/sheet-save.service.js';
import {
  MonthlySheet,
  SaveMonthlySheetInput,
  SaveMonthlySheetPayload,
  SheetCellInput,
} from './sheet/sheet.types.js';

/** The sheet of a branch's month, for readers of that branch (checked before the wide read). */
export function readMonthlySheet(
  ctx: AppContext,
  branchId: string,
  month: string,
  pending: readonly SheetCellInput[] = [],
): Promise<MonthlySheet> {
  const { em, actor } = authed(ctx);
  requireRole(actor, BRANCH_READERS, branchId);
  checkMonth(month);
  return withBureauWideAccess(em, async (wide) =>
    buildMonthlySheet(
      wide,
      await loadSheetView(wide, branchId, month, 'month', { values: true }),
      pending,
    ),
  );
}

@Resolver()
export class MonthlySheetResolver {
  @Authorized()
  @Query(() => MonthlySheet, { description: '支部某月考核表: 党员 × 项目, 应得、实得与合计' })
  monthlySheet(
    @Arg('branchId', () => ID) branchId: string,
    @Arg('month', () => String, { description: 'YYYY-MM' }) month: string,
    @Ctx() ctx: AppContext,
    @Arg('pending', () => [SheetCellInput], {
      nullable: true,
      description: '尚未保存的格: 得分按保存后的样子实时计算 (不写入)',
    })
    pending?: SheetCellInput[] | null,
  ): Promise<MonthlySheet> {
    return readMonthlySheet(ctx, branchId, month, pending ?? []);
  }

  @Authorized()
  @Mutation(() => SaveMonthlySheetPayload, {
    description:
      '保存一个月的修改: 全部成功或全部不写; 他人已改的格返回 CONFLICT; 同一幂等键只生效一次',
  })
  async saveMonthlySheet(
    @Arg('input', () => SaveMonthlySheetInput) input: SaveMonthlySheetInput,
    @Ctx() ctx: AppContext,
  ): Promise<SaveMonthlySheetPayload> {
    const { em, actor } = authed(ctx);
    const result = await saveMonthlySheet(em, actor, input);
    return { ...result, branchId: input.branchId, month: input.month };
  }
}

@Resolver(() => SaveMonthlySheetPayload)
export class SaveMonthlySheetPayloadResolver {
  @FieldResolver(() => MonthlySheet, { description: '保存后的考核表' })
  sheet(@Root() payload: SaveMonthlySheetPayload, @Ctx() ctx: AppContext): Promise<MonthlySheet> {
    return readMonthlySheet(ctx, payload.branchId, payload.month);
  }
}

@Resolver(() => BranchSession)
export class SessionsResolver {
  @Authorized()
  @Query(() => [BranchSession], { description: '支部某月举办的活动' })
  sessions(
    @Arg('branchId', () => ID) branchId: string,
    @Arg('month', () => String) month: string,
    @Ctx() ctx: AppContext,
  ): Promise<BranchSession[]> {
    const { em, actor } = authed(ctx);
    return new SessionService(em, actor).list(branchId, month);
  }

  @Authorized()
  @Mutation(() => BranchSession, {
    description: '记录支部举办的活动 (类型、日期、主题、签到表) 及签到党员',
  })
  recordSession(
    @Arg('input', () => RecordSessionInput) input: RecordSessionInput,
    @Ctx() ctx: AppContext,
  ): Promise<BranchSession> {
    const { em, actor } = authed(ctx);
    return new SessionService(em, actor).record(input);
  }

  @Authorized()
  @Mutation(() => BranchSession, { description: '修改活动的日期 (同月)、主题或签到表' })
  updateSession(
    @Arg('input', () => UpdateSessionInput) input: UpdateSessionInput,
    @Ctx() ctx: AppContext,
  ): Promise<BranchSession> {
    const { em, actor } = authed(ctx);
    return new SessionService(em, actor).update(input);
  }

  @Authorized()
  @Mutation(() => Boolean, { description: '删除误记的活动及其签到 (审计日志保留原记录)' })
  deleteSession(
    @Arg('id', () => ID) id: string,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Ctx() ctx: AppContext,
  ): Promise<boolean> {
    const { em, actor } = authed(ctx);
    return new SessionService(em, actor).remove(id, expectedVersion);
  }

  @Authorized()
  @Mutation(() => Violation, { description: '记录违反或违纪 (附支部委员会决定与佐证)' })
  recordViolation(
    @Arg('input', () => RecordViolationInput) input: RecordViolationInput,
    @Ctx() ctx: AppContext,
  ): Promise<Violation> {
    const { em, actor } = authed(ctx);
    return recordViolation(em, actor, input);
  }

  @FieldResolver(() => [Attendance], { description: '签到记录 (含撤销的)' })
  attendance(@Root() session: BranchSession, @Ctx() ctx: AppContext): Promise<Attendance[]> {
    return ctx.loaders.attendanceOfSession.load(session.id);
  }
}

@Resolver()
export class SheetExcelResolver {
  @Authorized()
  @Query(() => SheetFile, { description: '按局考核表格式导出某月 (.xlsx)' })
  async monthlySheetExcel(
    @Arg('branchId', () => ID) branchId: string,
    @Arg('month', () => String) month: string,
    @Ctx() ctx: AppContext,
  ): Promise<SheetFile> {
    const sheet = await readMonthlySheet(ctx, branchId, month);
    const content = await writeSheetWorkbook(
      sheet,
      formTitle(await bureauName(ctx.em, authed(ctx).actor.bureauId)),
    );
    return {
      fileName: `${sheet.branchName}-${month}-考核表.xlsx`,
      mimeType: XLSX_MIME,
      contentBase64: content.toString('base64'),
    };
  }

  @Authorized()
  @Query(() => SheetImportPreview, { description: '导入预览: 将改动的格与逐格错误, 不写入' })
  monthlySheetImportPreview(
    @Arg('input', () => SheetImportInput) input: SheetImportInput,
    @Ctx() ctx: AppContext,
  ): Promise<SheetImportPreview> {
    const { em, actor } = authed(ctx);
    return previewSheetImport(em, actor, input);
  }

  @Authorized()
  @Mutation(() => SaveMonthlySheetPayload, {
    description: '导入填好的考核表: 有任何错误则不写入; 与保存相同的冲突检查',
  })
  async importMonthlySheet(
    @Arg('input', () => SheetImportInput) input: SheetImportInput,
    @Ctx() ctx: AppContext,
  ): Promise<SaveMonthlySheetPayload> {
    const { em, actor } = authed(ctx);
    const result = await importMonthlySheet(em, actor, input);
    return { ...result, branchId: input.branchId, month: input.month };
  }
}
