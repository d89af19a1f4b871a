import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { MemberStatus } from '../org/members/member.entity.js';

/** What a statistics table may be grouped by (any combination, CATEGORY and ITEM excepted). */
export enum StatisticsDimension {
  BRANCH = 'branch',
  GROUP = 'group',
  QUARTER = 'quarter',
  MONTH = 'month',
  CATEGORY = 'category',
  ITEM = 'item',
  BAND = 'band',
  MEMBER_STATUS = 'memberStatus',
}
registerEnumType(StatisticsDimension, {
  name: 'StatisticsDimension',
  description: '分组维度: 支部、党小组、季度、月份、基础分类别、特色分项目、结果区间、党员类别',
});

@InputType('StatisticsFilter', { description: '统计范围; 支部只能是当前账号可查看的支部' })
export class StatisticsFilter {
  @Field(() => Int)
  year!: number;

  @Field(() => Int, { nullable: true, description: '1–4' })
  quarter?: number | null;

  @Field(() => Int, { nullable: true, description: '1–12 (月度只有基础分)' })
  month?: number | null;

  @Field(() => [ID], { nullable: true, description: '空: 可查看的全部支部' })
  branchIds?: string[] | null;

  @Field(() => [ID], { nullable: true })
  groupIds?: string[] | null;

  @Field(() => [MemberStatus], { nullable: true, description: '党员类别 (当前)' })
  memberStatuses?: MemberStatus[] | null;
}

@ObjectType('StatisticsAggregate', {
  simpleResolvers: true,
  description: '均值、中位数、最小值、最大值 (PostgreSQL 精确计算, 按方案舍入)',
})
export class StatisticsAggregate {
  @Field(() => Int, { description: '有此分数的条数' })
  count!: number;

  @Field(() => String, { nullable: true })
  mean!: string | null;

  @Field(() => String, { nullable: true })
  median!: string | null;

  @Field(() => String, { nullable: true })
  min!: string | null;

  @Field(() => String, { nullable: true })
  max!: string | null;
}

@ObjectType('StatisticsPart', { description: '基础分某一类别的统计', simpleResolvers: true })
export class StatisticsPart {
  @Field(() => String)
  code!: string;

  @Field(() => String)
  nameZh!: string;

  @Field(() => String)
  nameEn!: string;

  @Field(() => StatisticsAggregate)
  score!: StatisticsAggregate;
}

@ObjectType('StatisticsBandCount', { description: '某一结果区间的人数', simpleResolvers: true })
export class StatisticsBandCount {
  @Field(() => String, {
    description: 'priorityCandidate | incentive | none | yellowWarning | redWarning',
  })
  band!: string;

  @Field(() => String)
  labelZh!: string;

  @Field(() => String)
  labelEn!: string;

  @Field(() => Int)
  count!: number;

  @Field(() => Int, {
    description: '其中按年度预计计入的人数 (年度未审定); 与 count 相等时整组为预计, 标签写明“预计”',
  })
  projectedCount!: number;
}

@ObjectType('StatisticsBucket', {
  description: '分布直方图的一格: [from, to)',
  simpleResolvers: true,
})
export class StatisticsBucket {
  @Field(() => String)
  from!: string;

  @Field(() => String)
  to!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType('StatisticsKey', {
  description: '一组的维度取值; 未按其分组的维度为空',
  simpleResolvers: true,
})
export class StatisticsKey {
  @Field(() => ID, { nullable: true })
  branchId!: string | null;

  @Field(() => String, { nullable: true })
  branchName!: string | null;

  @Field(() => ID, { nullable: true })
  groupId!: string | null;

  @Field(() => String, { nullable: true, description: '未分党小组时为空' })
  groupName!: string | null;

  @Field(() => Int, { nullable: true })
  quarter!: number | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM' })
  month!: string | null;

  @Field(() => String, { nullable: true, description: '类别或项目代码' })
  partCode!: string | null;

  @Field(() => String, { nullable: true })
  partNameZh!: string | null;

  @Field(() => String, { nullable: true })
  partNameEn!: string | null;

  @Field(() => String, { nullable: true })
  band!: string | null;

  @Field(() => String, { nullable: true })
  bandLabelZh!: string | null;

  @Field(() => String, { nullable: true })
  bandLabelEn!: string | null;

  @Field(() => MemberStatus, { nullable: true })
  memberStatus!: MemberStatus | null;

  @Field(() => String, { nullable: true, description: '正式党员 / 预备党员' })
  memberStatusLabelZh!: string | null;

  @Field(() => String, { nullable: true })
  memberStatusLabelEn!: string | null;
}

@ObjectType('StatisticsGroup', {
  simpleResolvers: true,
  description:
    '一组的统计. 按类别或项目分组时 total 为该类别或项目的得分; 人数少于下限的组不显示数字 (suppressed)',
})
export class StatisticsGroup {
  @Field(() => StatisticsKey)
  key!: StatisticsKey;

  @Field(() => Boolean, { description: '人数少于最小分组人数, 为保护个人不显示数字' })
  suppressed!: boolean;

  @Field(() => Int, { nullable: true })
  memberCount!: number | null;

  @Field(() => StatisticsAggregate, { nullable: true, description: '合计 (或所分组的类别、项目)' })
  total!: StatisticsAggregate | null;

  @Field(() => StatisticsAggregate, { nullable: true, description: '基础分' })
  base!: StatisticsAggregate | null;

  @Field(() => StatisticsAggregate, { nullable: true, description: '特色分 (季度、全年)' })
  special!: StatisticsAggregate | null;

  @Field(() => StatisticsAggregate, { nullable: true, description: '评议分 (全年)' })
  evaluation!: StatisticsAggregate | null;

  @Field(() => [StatisticsPart], { description: '基础分各类别' })
  categories!: StatisticsPart[];

  @Field(() => [StatisticsBandCount], {
    description: '各结果区间人数: 已审定年度按结果区间, 未审定年度按预计区间 (见 projectedCount)',
  })
  bands!: StatisticsBandCount[];

  @Field(() => Boolean, {
    description: '暂定: 组内有年度 (或季度所属年度) 尚未审定的党员, 其区间为预计, 不是最终结果',
  })
  provisional!: boolean;

  @Field(() => [StatisticsBucket], { description: '按所选宽度的分布 (舍入后的分数)' })
  histogram!: StatisticsBucket[];
}

@ObjectType('ScoreStatistics', { description: '得分统计', simpleResolvers: true })
export class ScoreStatistics {
  @Field(() => [StatisticsDimension])
  groupBy!: StatisticsDimension[];

  @Field(() => Int, { description: '最小分组人数 (更小的组不显示数字)' })
  minGroupSize!: number;

  @Field(() => String, { description: '计至月份 YYYY-MM' })
  asOf!: string;

  @Field(() => [StatisticsGroup])
  groups!: StatisticsGroup[];
}

@ObjectType('StatisticsFile', { description: '导出的统计表 (.xlsx)', simpleResolvers: true })
export class StatisticsFile {
  @Field(() => String)
  fileName!: string;

  @Field(() => String)
  mimeType!: string;

  @Field(() => String)
  contentBase64!: string;

  @Field(() => Int)
  rowCount!: number;
}
