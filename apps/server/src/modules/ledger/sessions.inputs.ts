import { Field, ID, InputType, Int } from 'type-graphql';

@InputType('RecordSessionInput', { description: '记录支部举办的一次活动及签到' })
export class RecordSessionInput {
  @Field(() => ID)
  branchId!: string;

  @Field(() => String, { description: '按次计分的项目编码, e.g. party-lecture' })
  itemCode!: string;

  @Field(() => String, { description: 'YYYY-MM-DD' })
  date!: string;

  @Field(() => String)
  topic!: string;

  @Field(() => ID, { nullable: true, description: '签到表 (先上传佐证材料)' })
  evidenceId?: string | null;

  @Field(() => [ID], { description: '签到的党员' })
  attendeeIds!: string[];
}

@InputType('UpdateSessionInput')
export class UpdateSessionInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  expectedVersion!: number;

  @Field(() => String, { nullable: true, description: '同月内的日期 YYYY-MM-DD' })
  date?: string | null;

  @Field(() => String, { nullable: true })
  topic?: string | null;

  @Field(() => ID, { nullable: true })
  evidenceId?: string | null;
}

@InputType('RecordViolationInput', { description: '记录违纪违规或违反日常表现, 附支部委员会决定' })
export class RecordViolationInput {
  @Field(() => ID)
  branchId!: string;

  @Field(() => ID)
  memberId!: string;

  @Field(() => String, { description: 'YYYY-MM' })
  month!: string;

  @Field(() => String)
  itemCode!: string;

  @Field(() => Int, { description: '次数; 0 撤销' })
  count!: number;

  @Field(() => String, { nullable: true, description: '情况说明' })
  note?: string | null;

  @Field(() => String, { description: '支部委员会的决定' })
  decision!: string;

  @Field(() => String, { nullable: true, description: '决定日期 YYYY-MM-DD' })
  decidedOn?: string | null;

  @Field(() => ID, { nullable: true })
  evidenceId?: string | null;

  @Field(() => Int, { description: '读取时的 version (无记录为 0)' })
  expectedVersion!: number;
}
