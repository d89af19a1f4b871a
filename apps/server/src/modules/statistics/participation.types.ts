import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

/** What participation statistics may be grouped by; every group lists its items. */
export enum ParticipationDimension {
  BRANCH = 'branch',
  QUARTER = 'quarter',
  MONTH = 'month',
}
registerEnumType(ParticipationDimension, {
  name: 'ParticipationDimension',
  description: '参与情况的分组维度: 支部、季度、月份 (每组都按项目列出)',
});

@ObjectType('ParticipationKey', {
  description: '一组的维度取值; 未按其分组的维度为空',
  simpleResolvers: true,
})
export class ParticipationKey {
  @Field(() => ID, { nullable: true })
  branchId!: string | null;

  @Field(() => String, { nullable: true })
  branchName!: string | null;

  @Field(() => Int, { nullable: true })
  quarter!: number | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM' })
  month!: string | null;
}

@ObjectType('SessionParticipation', {
  description: '某一组织生活项目: 开展次数与出席情况',
  simpleResolvers: true,
})
export class SessionParticipation {
  @Field(() => String)
  itemCode!: string;

  @Field(() => String)
  nameZh!: string;

  @Field(() => String)
  nameEn!: string;

  @Field(() => Int, { description: '开展次数' })
  held!: number;

  @Field(() => Int, { description: '应到人次 (每次活动时在该支部的党员)' })
  expected!: number;

  @Field(() => Int, { description: '实到人次 (签到)' })
  attended!: number;

  @Field(() => String, { nullable: true, description: '出席率 (%), 精确计算后保留两位小数' })
  attendanceRate!: string | null;
}

@ObjectType('QuotaParticipation', {
  simpleResolvers: true,
  description: '按月记数的项目 (学习强国登录天数、每日一题积分): 平均值与达标月份占比',
})
export class QuotaParticipation {
  @Field(() => String)
  itemCode!: string;

  @Field(() => String)
  nameZh!: string;

  @Field(() => String)
  nameEn!: string;

  @Field(() => String, { description: '单位, 如 天、分' })
  unitZh!: string;

  @Field(() => String)
  unitEn!: string;

  @Field(() => Int, { description: '已记录的人·月数' })
  entries!: number;

  @Field(() => String, { nullable: true, description: '每人每月平均值, 保留两位小数' })
  average!: string | null;

  @Field(() => Int, { description: '达到满分目标的人·月数' })
  fullMonths!: number;

  @Field(() => String, { nullable: true, description: '达标月份占比 (%), 保留两位小数' })
  fullShare!: string | null;
}

@ObjectType('DuesParticipation', {
  description: '按月缴纳的项目 (党费): 按时、逾期、未缴',
  simpleResolvers: true,
})
export class DuesParticipation {
  @Field(() => String)
  itemCode!: string;

  @Field(() => String)
  nameZh!: string;

  @Field(() => String)
  nameEn!: string;

  @Field(() => Int)
  onTime!: number;

  @Field(() => Int)
  late!: number;

  @Field(() => Int)
  missing!: number;

  @Field(() => String, { nullable: true, description: '按时缴纳占比 (%), 保留两位小数' })
  onTimeShare!: string | null;
}

@ObjectType('ViolationParticipation', {
  description: '违规违纪类项目: 记录次数与涉及人数',
  simpleResolvers: true,
})
export class ViolationParticipation {
  @Field(() => String)
  itemCode!: string;

  @Field(() => String)
  nameZh!: string;

  @Field(() => String)
  nameEn!: string;

  @Field(() => Int, { description: '次数' })
  count!: number;

  @Field(() => Int, { description: '涉及人数' })
  members!: number;
}

@ObjectType('ParticipationGroup', {
  simpleResolvers: true,
  description: '一组的参与情况; 人数少于下限的组不显示数字 (suppressed)',
})
export class ParticipationGroup {
  @Field(() => ParticipationKey)
  key!: ParticipationKey;

  @Field(() => Boolean, {
    description: '尚未定稿: 该组的月份中有支部尚未签字或审定 (进行中的年度), 数字还会变化',
  })
  provisional!: boolean;

  @Field(() => Boolean, { description: '人数少于最小分组人数, 为保护个人不显示数字' })
  suppressed!: boolean;

  @Field(() => Int, { nullable: true, description: '期间内在该组支部的党员人数' })
  memberCount!: number | null;

  @Field(() => String, {
    nullable: true,
    description: '全部组织生活项目合计出席率 (%): 实到人次 ÷ 应到人次, 精确计算后保留两位小数',
  })
  attendanceRate!: string | null;

  @Field(() => [SessionParticipation])
  sessions!: SessionParticipation[];

  @Field(() => [QuotaParticipation])
  quotas!: QuotaParticipation[];

  @Field(() => [DuesParticipation])
  dues!: DuesParticipation[];

  @Field(() => [ViolationParticipation])
  violations!: ViolationParticipation[];
}

@ObjectType('ParticipationStatistics', {
  description: '组织生活与日常参与情况统计 (台账)',
  simpleResolvers: true,
})
export class ParticipationStatistics {
  @Field(() => [ParticipationDimension])
  groupBy!: ParticipationDimension[];

  @Field(() => Int, { description: '最小分组人数 (更小的组不显示数字)' })
  minGroupSize!: number;

  @Field(() => [ParticipationGroup])
  groups!: ParticipationGroup[];
}
