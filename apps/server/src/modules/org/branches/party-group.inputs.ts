import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: '新建党小组' })
export class CreatePartyGroupInput {
  @Field(() => ID)
  branchId!: string;

  @Field(() => String)
  name!: string;

  @Field(() => ID, { nullable: true, description: '党小组长: 本支部在册党员' })
  leaderMemberId?: string | null;
}

@InputType({ description: '修改党小组: 未提供的字段保持不变; leaderMemberId 为 null 时取消组长' })
export class UpdatePartyGroupInput {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => ID, { nullable: true })
  leaderMemberId?: string | null;
}
