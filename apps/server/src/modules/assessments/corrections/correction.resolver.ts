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
import { applyCorrection, withdrawCorrection } from './correction-apply.service.js';
import { Correction } from './correction.entity.js';
import { openCorrection } from './correction.service.js';
import { CorrectionInput } from '../cycle.inputs.js';
import { correctionReason } from './correction-words.js';

@Resolver(() => Correction)
export class CorrectionResolver {
  @FieldResolver(() => String, { description: '更正原因 (因公示异议成立的, 注明之)' })
  reason(@Root() c: Correction, @Ctx() ctx: AppContext): string {
    return correctionReason(c, ctx.locale);
  }

  @Authorized()
  @Query(() => [Correction], { description: '已关闭期间的更正 (原结果保留在记录中)' })
  corrections(
    @Arg('year', () => Int) year: number,
    @Arg('branchId', () => ID, { nullable: true }) branchId: string | null,
    @Ctx() ctx: AppContext,
  ): Promise<Correction[]> {
    return authed(ctx).em.find(
      Correction,
      { year, ...(branchId ? { branchId } : {}) },
      { orderBy: { seq: 'asc' } },
    );
  }

  @Authorized()
  @Mutation(() => Correction, {
    description: '提出更正: 季度由支部书记或机关党委, 年度由机关党委; 只重新开放所涉党员与月份',
  })
  openCorrection(
    @Arg('input', () => CorrectionInput) input: CorrectionInput,
    @Ctx() ctx: AppContext,
  ): Promise<Correction> {
    const { em, actor } = authed(ctx);
    return openCorrection(em, actor, input);
  }

  @Authorized()
  @Mutation(() => Correction, { description: '更正签字生效: 冻结新版本, 已公示的重新公示' })
  applyCorrection(
    @Arg('correctionId', () => ID) correctionId: string,
    @Ctx() ctx: AppContext,
  ): Promise<Correction> {
    const { em, actor } = authed(ctx);
    return applyCorrection(em, actor, correctionId);
  }

  @Authorized()
  @Mutation(() => Correction, { description: '撤回更正: 恢复原状' })
  withdrawCorrection(
    @Arg('correctionId', () => ID) correctionId: string,
    @Arg('reason', () => String) reason: string,
    @Ctx() ctx: AppContext,
  ): Promise<Correction> {
    const { em, actor } = authed(ctx);
    return withdrawCorrection(em, actor, { correctionId, reason });
  }
}
