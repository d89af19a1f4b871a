import { Field, Float, ID, InputType, Int } from 'type-graphql';

@InputType('DrawSpotCheckInput')
export class DrawSpotCheckInput {
  @Field(() => String, { description: '抽查名称' })
  title!: string;

  @Field(() => String, { description: '起始月份 YYYY-MM' })
  fromMonth!: string;

  @Field(() => String, { description: '截止月份 YYYY-MM (同一年度)' })
  toMonth!: string;

  @Field(() => Int, { nullable: true, description: '抽样数量 (与比例二选一)' })
  size?: number | null;

  @Field(() => Float, { nullable: true, description: '抽样比例, 0–1 (与数量二选一)' })
  share?: number | null;

  @Field(() => String, { nullable: true, description: '抽样种子; 不填则随机生成并保存' })
  seed?: string | null;
}

@InputType('SpotCheckFindingInput')
export class SpotCheckFindingInput {
  @Field(() => ID)
  itemId!: string;

  @Field(() => Boolean, { description: 'true: 发现问题, 转支部答复; false: 核查无误' })
  discrepancy!: boolean;

  @Field(() => String, { nullable: true, description: '发现的问题 (有问题时必填)' })
  note?: string | null;
}

@InputType('AnswerSpotCheckInput')
export class AnswerSpotCheckInput {
  @Field(() => ID)
  itemId!: string;

  @Field(() => String, { description: '答复说明' })
  answer!: string;

  @Field(() => ID, { nullable: true, description: '已提出的更正 (已关闭期间的记录有误时)' })
  correctionId?: string | null;
}

@InputType('CloseSpotCheckInput')
export class CloseSpotCheckInput {
  @Field(() => ID)
  itemId!: string;

  @Field(() => String, { nullable: true, description: '关闭意见' })
  note?: string | null;
}
