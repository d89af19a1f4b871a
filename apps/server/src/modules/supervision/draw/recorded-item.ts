import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType('RecordedEvidence', { description: '抽取时所附的佐证材料', simpleResolvers: true })
export class RecordedEvidence {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  fileName!: string;

  @Field(() => String)
  mimeType!: string;
}

/**
 * The item as it stood when it was drawn, so the check reads what was recorded then even if the
 * branch changes it afterwards (a correction is the answer, not a silent edit of the sample).
 */
@ObjectType('RecordedItem', { description: '抽取时的记录内容', simpleResolvers: true })
export class RecordedItem {
  @Field(() => String, { nullable: true, description: '党员姓名 (支部活动为空)' })
  memberName?: string | null;

  @Field(() => String, { description: '考核项目名称' })
  itemNameZh!: string;

  @Field(() => String)
  itemNameEn!: string;

  @Field(() => String, { nullable: true, description: '定额记录的数值' })
  value?: string | null;

  @Field(() => String, { nullable: true, description: '党费: onTime / late / missing' })
  dutyStatus?: string | null;

  @Field(() => String, { nullable: true, description: '缴纳日期' })
  paidOn?: string | null;

  @Field(() => Int, { nullable: true, description: '违纪违规次数' })
  count?: number | null;

  @Field(() => String, { nullable: true, description: '情况说明或申报内容' })
  note?: string | null;

  @Field(() => String, { nullable: true, description: '支部委员会决定' })
  decision?: string | null;

  @Field(() => String, { nullable: true, description: '活动或决定日期' })
  date?: string | null;

  @Field(() => String, { nullable: true, description: '活动主题' })
  topic?: string | null;

  @Field(() => [String], { nullable: true, description: '签到的党员' })
  attendees?: string[] | null;

  @Field(() => String, { nullable: true, description: '计入的分值' })
  points?: string | null;

  @Field(() => RecordedEvidence, { nullable: true })
  evidence?: RecordedEvidence | null;
}
