import { Field, ObjectType } from 'type-graphql';

@ObjectType('SchemeProblem', { description: '方案校验问题 (来自积分计算包)' })
export class SchemeProblemType {
  @Field(() => String, { description: 'e.g. sections.base.categories[0].weight' })
  path!: string;

  @Field(() => String)
  code!: string;

  @Field(() => String)
  messageZh!: string;

  @Field(() => String)
  messageEn!: string;
}
