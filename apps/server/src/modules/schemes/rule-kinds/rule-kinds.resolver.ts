import { describeRuleKinds } from '@jifen/scoring';
import { Authorized, Query, Resolver } from 'type-graphql';
import { RuleFieldInput, RuleKindInfo } from './rule-kinds.types.js';

@Resolver()
export class RuleKindsResolver {
  @Authorized()
  @Query(() => [RuleKindInfo], {
    description: '积分计算包登记的计分规则类型: 方案编辑器的字段与考核表的记录方式由此而来',
  })
  ruleKinds(): RuleKindInfo[] {
    return describeRuleKinds().map((d) => ({
      kind: d.kind,
      labelZh: d.label.zh,
      labelEn: d.label.en,
      sections: [...d.sections],
      cell: d.cell,
      fields: d.fields.map((f) => ({
        key: f.key,
        input: f.input as RuleFieldInput,
        labelZh: f.label.zh,
        labelEn: f.label.en,
      })),
      defaults: { ...d.defaults },
    }));
  }
}
