import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { authed, type AppContext } from '../../../graphql/context.js';
import {
  branchRecordedMonths,
  markMonthRecorded,
  unmarkMonthRecorded,
} from './recorded-months.service.js';
import { BranchRecordedMonths } from './recorded-months.types.js';

@Resolver()
export class RecordedMonthsResolver {
  @Authorized()
  @Query(() => BranchRecordedMonths, {
    description: '支部全年各月是否已录入; 进行中年度的分数计至最后一个已录入的月份',
  })
  recordedMonths(
    @Arg('branchId', () => ID) branchId: string,
    @Arg('year', () => Int) year: number,
    @Ctx() ctx: AppContext,
  ): Promise<BranchRecordedMonths> {
    const { em, actor } = authed(ctx);
    return branchRecordedMonths(em, actor, branchId, year);
  }

  @Authorized()
  @Mutation(() => BranchRecordedMonths, {
    description: '将支部某月标记为已录入 (按月份顺序; 月份结束后)',
  })
  markMonthRecorded(
    @Arg('branchId', () => ID) branchId: string,
    @Arg('month', () => String, { description: 'YYYY-MM' }) month: string,
    @Ctx() ctx: AppContext,
  ): Promise<BranchRecordedMonths> {
    const { em, actor } = authed(ctx);
    return markMonthRecorded(em, actor, branchId, month);
  }

  @Authorized()
  @Mutation(() => BranchRecordedMonths, {
    description: '撤销最后一个已录入月份的标记 (所在季度签字前)',
  })
  unmarkMonthRecorded(
    @Arg('branchId', () => ID) branchId: string,
    @Arg('month', () => String, { description: 'YYYY-MM' }) month: string,
    @Ctx() ctx: AppContext,
  ): Promise<BranchRecordedMonths> {
    const { em, actor } = authed(ctx);
    return unmarkMonthRecorded(em, actor, branchId, month);
  }
}
