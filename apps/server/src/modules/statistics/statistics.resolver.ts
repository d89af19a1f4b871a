import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Authorized, Ctx, ID, Info, Int, Query, Resolver } from 'type-graphql';
import { requestedFields } from '../../graphql/execution/requested-fields.js';
import { annualResultsExport } from './annual-results-export.js';
import { authed, type AppContext } from '../../graphql/context.js';
import { participationStatistics } from './participation.service.js';
import { ParticipationDimension, ParticipationStatistics } from './participation.types.js';
import { scoreStatistics } from './score-statistics.service.js';
import type { StatisticsParts } from './score-statistics.sql.js';
import { statisticsWorkbook } from './statistics-excel.js';
import {
  ScoreStatistics,
  StatisticsDimension,
  StatisticsFile,
  StatisticsFilter,
} from './statistics.types.js';

/** The parts of a statistics table the query selects (through fragments). */
function askedParts(info: GraphQLResolveInfo): StatisticsParts {
  const group = requestedFields(info, ['groups']);
  const aggregates = ['total', 'base', 'special', 'evaluation'].map((f) =>
    requestedFields(info, ['groups', f]),
  );
  return {
    base: group.has('base'),
    special: group.has('special'),
    evaluation: group.has('evaluation'),
    categories: group.has('categories'),
    bands: group.has('bands'),
    histogram: group.has('histogram'),
    asOf: requestedFields(info, []).has('asOf'),
    median:
      aggregates.some((a) => a.has('median')) ||
      requestedFields(info, ['groups', 'categories', 'score']).has('median'),
  };
}

@Resolver()
export class StatisticsResolver {
  @Authorized()
  @Query(() => ScoreStatistics, {
    description:
      '得分统计: 按支部、党小组、季度、月份、类别、项目、结果区间、党员类别分组的人数、均值、中位数、最值、各区间人数与分布; 仅限可查看的支部',
  })
  scoreStatistics(
    @Arg('filter', () => StatisticsFilter) filter: StatisticsFilter,
    @Arg('groupBy', () => [StatisticsDimension], { defaultValue: [] })
    groupBy: StatisticsDimension[],
    @Arg('bucketWidth', () => Int, { defaultValue: 10, description: '分布直方图的宽度 (分)' })
    bucketWidth: number,
    @Ctx() ctx: AppContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ScoreStatistics> {
    const { em, actor } = authed(ctx);
    return scoreStatistics(em, actor, filter, groupBy, {
      bucketWidth,
      minGroupSize: ctx.config.STATS_MIN_GROUP_SIZE,
      parts: askedParts(info),
      freshness: ctx.freshness,
    });
  }

  @Authorized()
  @Query(() => ParticipationStatistics, {
    description:
      '参与情况统计 (台账): 各组织生活项目开展次数与出席率、学习强国与每日一题平均值与达标占比、党费按时缴纳、违规违纪; 按支部、季度、月份分组; 仅限可查看的支部',
  })
  participationStatistics(
    @Arg('filter', () => StatisticsFilter) filter: StatisticsFilter,
    @Arg('groupBy', () => [ParticipationDimension], { defaultValue: [] })
    groupBy: ParticipationDimension[],
    @Ctx() ctx: AppContext,
  ): Promise<ParticipationStatistics> {
    const { em, actor } = authed(ctx);
    return participationStatistics(em, actor, filter, groupBy, ctx.config.STATS_MIN_GROUP_SIZE);
  }

  @Authorized()
  @Query(() => StatisticsFile, {
    description: '导出得分统计表 (.xlsx), 范围与分组同 scoreStatistics',
  })
  async scoreStatisticsExport(
    @Arg('filter', () => StatisticsFilter) filter: StatisticsFilter,
    @Arg('groupBy', () => [StatisticsDimension], { defaultValue: [] })
    groupBy: StatisticsDimension[],
    @Ctx() ctx: AppContext,
  ): Promise<StatisticsFile> {
    const { em, actor } = authed(ctx);
    const stats = await scoreStatistics(em, actor, filter, groupBy, {
      bucketWidth: 10,
      minGroupSize: ctx.config.STATS_MIN_GROUP_SIZE,
      freshness: ctx.freshness,
    });
    return statisticsWorkbook(filter.year, stats);
  }

  @Authorized()
  @Query(() => StatisticsFile, {
    description:
      '导出年度考核结果 (.xlsx): 支部、姓名、党员类别、基础分及各类别、特色分、评议分、合计、等次、结果运用; 指定支部或可查看的全部支部',
  })
  annualResultsExport(
    @Arg('year', () => Int) year: number,
    @Arg('branchId', () => ID, { nullable: true }) branchId: string | null,
    @Ctx() ctx: AppContext,
  ): Promise<StatisticsFile> {
    const { em, actor } = authed(ctx);
    return annualResultsExport(em, actor, year, branchId ?? null, ctx.freshness);
  }
}
