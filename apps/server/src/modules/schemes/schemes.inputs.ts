import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';

export enum SchemeSource {
  DEFAULT_2021 = 'default-2021',
  PREVIOUS_YEAR = 'previous-year',
}
registerEnumType(SchemeSource, {
  name: 'SchemeSource',
  description: '新方案的来源: 2021 年默认方案或上一年度方案',
});

@InputType('ProposeBranchItemInput', { description: '支部自选特色分项目 (按个人申报计分)' })
export class ProposeBranchItemInput {
  @Field(() => ID)
  branchId!: string;

  @Field(() => Int)
  year!: number;

  @Field(() => String, { description: '小写字母、数字、连字符; 前面自动加上支部编码' })
  code!: string;

  @Field(() => String)
  nameZh!: string;

  @Field(() => String)
  nameEn!: string;

  @Field(() => String, { description: '每次申报至多计分, decimal text' })
  unitPoints!: string;

  @Field(() => String, { description: '全年上限, decimal text' })
  cap!: string;

  @Field(() => String)
  evidenceZh!: string;

  @Field(() => String, { nullable: true })
  evidenceEn?: string | null;

  @Field(() => String, { nullable: true })
  noteZh?: string | null;

  @Field(() => String, { description: '申请理由' })
  reason!: string;
}
