import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { BRANCH_READERS, requireRole } from '../../auth/permissions.js';
import { authed, type AppContext } from '../../graphql/context.js';
import { withBureauWideAccess } from '../scores/bureau-wide-access.js';
import { buildMonthlySheet, checkMonth, loadSheetContext } from './monthly-sheet.service.js';
import { saveMonthlySheet } from './sheet-save.service.js';
import { MonthlySheet, SaveMonthlySheetInput, SaveMonthlySheetPayload } from './sheet.types.js';

/** The sheet of a branch's month, for readers of that branch (checked before the wide read). */
export function readMonthlySheet(
  ctx: AppContext,
  branchId: string,
  month: string,
): Promise<MonthlySheet> {
  const { em, actor } = authed(ctx);
  requireRole(actor, BRANCH_READERS, branchId);
  checkMonth(month);
  return withBureauWideAccess(em, async (wide) =>
    buildMonthlySheet(wide, await loadSheetContext(wide, branchId, month)),
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
  ): Promise<MonthlySheet> {
    return readMonthlySheet(ctx, branchId, month);
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
    return { ...result, sheet: await readMonthlySheet(ctx, input.branchId, input.month) };
  }
}
