import { Field, ObjectType } from 'type-graphql';
import { ProposalStatus } from './branch-item-proposal.entity.js';

@ObjectType('SchemeProblem', {
  description: '方案校验问题 (来自积分计算包)',
  simpleResolvers: true,
})
export class SchemeProblemType {
  @Field(() => String, { description: 'e.g. sections.base.categories[0].weight' })
  path!: string;

  @Field(() => String)
  code!: string;

  @Field(() => String)
  messageZh!: string;

  @Field(() => String)
  messageEn!: string;

  @Field(() => String, { description: '问题所在的设置 (中文), e.g. 特色分第 2 项的上限' })
  fieldZh!: string;

  @Field(() => String, { description: "The setting in words, e.g. special item 2's cap" })
  fieldEn!: string;
}

/** A status a branch's item proposal can be in, named in the request's language (the filters). */
@ObjectType('ProposalStatusChoice', {
  description: '支部自选项目申请的状态及其名称',
  simpleResolvers: true,
})
export class ProposalStatusChoice {
  @Field(() => ProposalStatus)
  status!: ProposalStatus;

  @Field(() => String)
  label!: string;
}
