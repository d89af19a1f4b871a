import { Field, ID, Int, ObjectType } from 'type-graphql';

/** One month of a branch's year and whether it counts as recorded. */
@ObjectType('RecordedMonthState', { description: '支部某月的录入状态', simpleResolvers: true })
export class RecordedMonthState {
  @Field(() => String, { description: 'YYYY-MM' })
  month!: string;

  @Field(() => Boolean, { description: '已录入: 计入本年度进行中的分数' })
  recorded!: boolean;

  @Field(() => Boolean, { description: '已关闭 (季度已签字或年度已审定), 视为已录入' })
  closed!: boolean;

  @Field(() => Date, { nullable: true, description: '标记为已录入的时间' })
  recordedAt!: Date | null;

  @Field(() => [String], { description: '当前用户可执行的操作: mark | unmark' })
  availableActions!: string[];
}

/** A branch's months of a year, with the month its scores are counted through. */
@ObjectType('BranchRecordedMonths', { description: '支部全年各月录入状态', simpleResolvers: true })
export class BranchRecordedMonths {
  @Field(() => ID)
  branchId!: string;

  @Field(() => Int)
  year!: number;

  @Field(() => String, {
    nullable: true,
    description: '本年度分数计至的月份 (最后一个已录入的月份); 空: 尚无',
  })
  recordedThrough!: string | null;

  @Field(() => [RecordedMonthState])
  months!: RecordedMonthState[];
}
