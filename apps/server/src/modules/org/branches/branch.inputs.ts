import { Field, ID, InputType, Int } from 'type-graphql';

@InputType({ description: '新建党支部' })
export class CreateBranchInput {
  @Field(() => String)
  name!: string;

  @Field(() => String, { description: '编码: 字母、数字、下划线或连字符' })
  code!: string;

  @Field(() => Int, { nullable: true })
  sortOrder?: number | null;
}

@InputType({ description: '修改党支部: 未提供的字段保持不变' })
export class UpdateBranchInput {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true })
  code?: string | null;

  @Field(() => Int, { nullable: true })
  sortOrder?: number | null;
}
