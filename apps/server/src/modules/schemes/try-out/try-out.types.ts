import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { MemberScore, ScoreLine } from '../../scores/scores.types.js';
import { LineChange } from './line-diff.js';

registerEnumType(LineChange, {
  name: 'LineChange',
  description: '试算说明的一行与现行方案相比: 相同、分值变化、草稿新增、草稿没有',
  valuesConfig: {
    SAME: { description: '相同' },
    CHANGED: { description: '分值或说明变化' },
    ADDED: { description: '仅草稿有' },
    REMOVED: { description: '仅现行方案有' },
  },
});

@ObjectType('TryOutLine', { description: '现行方案与草稿的说明, 逐行对照', simpleResolvers: true })
export class TryOutLine {
  @Field(() => String)
  key!: string;

  @Field(() => LineChange)
  change!: LineChange;

  @Field(() => ScoreLine, { nullable: true })
  current!: ScoreLine | null;

  @Field(() => ScoreLine, { nullable: true })
  draft!: ScoreLine | null;
}

@ObjectType('SchemeTryOut', {
  simpleResolvers: true,
  description: '方案试算: 某党员的真实台账分别按现行方案与草稿计算, 逐行对照',
})
export class SchemeTryOut {
  @Field(() => Int, { description: '所用台账的年度' })
  recordsYear!: number;

  @Field(() => String, { description: '台账计至月份' })
  asOf!: string;

  @Field(() => MemberScore, { description: '按台账年度现行方案的得分' })
  current!: MemberScore;

  @Field(() => MemberScore, { description: '按草稿的得分 (未保存的草稿: schemeVersion 为 0)' })
  draft!: MemberScore;

  @Field(() => String, { description: '草稿总分 − 现行总分, 精确值' })
  delta!: string;

  @Field(() => [TryOutLine])
  lines!: TryOutLine[];
}
