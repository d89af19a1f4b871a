import { Field, ID, Int, ObjectType } from 'type-graphql';
import { OutcomeBandFilter } from '../../scores/scores.types.js';

@ObjectType('WhatIfMember', {
  description: '党员按现行方案与草稿的全年总分',
  simpleResolvers: true,
})
export class WhatIfMember {
  @Field(() => ID)
  memberId!: string;

  @Field(() => String)
  name!: string;

  @Field(() => ID, { description: '党员现所在支部' })
  branchId!: string;

  @Field(() => String)
  branchName!: string;

  @Field(() => String, { description: '现行方案总分 (公布值)' })
  current!: string;

  @Field(() => String, { description: '草稿总分 (公布值)' })
  draft!: string;

  @Field(() => String, { description: '草稿 − 现行' })
  delta!: string;

  @Field(() => OutcomeBandFilter)
  currentBand!: OutcomeBandFilter;

  @Field(() => OutcomeBandFilter)
  draftBand!: OutcomeBandFilter;

  @Field(() => Boolean, { description: '总分或任一结果标志有变化' })
  changed!: boolean;

  @Field(() => Boolean, {
    description: '该党员的年度尚未审定: 两个总分与结果都是预计 (按已录入月份、假定评议等次)',
  })
  projected!: boolean;
}

@ObjectType('WhatIfBandShift', { description: '某一结果档次的人数变化', simpleResolvers: true })
export class WhatIfBandShift {
  @Field(() => OutcomeBandFilter)
  band!: OutcomeBandFilter;

  @Field(() => Int, { description: '现行方案下的人数' })
  current!: number;

  @Field(() => Int, { description: '草稿下的人数' })
  draft!: number;

  @Field(() => Int, { description: '按草稿进入此档的人数' })
  movedIn!: number;

  @Field(() => Int, { description: '按草稿离开此档的人数' })
  movedOut!: number;
}

@ObjectType('WhatIfBucket', {
  description: '总分分布的一段 [from, to), 最后一段含 100',
  simpleResolvers: true,
})
export class WhatIfBucket {
  @Field(() => Int)
  from!: number;

  @Field(() => Int)
  to!: number;

  @Field(() => Int)
  current!: number;

  @Field(() => Int)
  draft!: number;
}

@ObjectType('WhatIfSummary', { description: '全局或某支部的对比汇总', simpleResolvers: true })
export class WhatIfSummary {
  @Field(() => ID, { nullable: true, description: '空: 全局' })
  branchId!: string | null;

  @Field(() => String, { nullable: true })
  branchName!: string | null;

  @Field(() => Int)
  members!: number;

  @Field(() => String, { description: '现行方案平均分' })
  meanCurrent!: string;

  @Field(() => String, { description: '草稿平均分' })
  meanDraft!: string;

  @Field(() => String)
  meanShift!: string;

  @Field(() => Int, { description: '总分或结果有变化的人数' })
  changed!: number;

  @Field(() => Int, { description: '结果档次变化的人数' })
  bandChanged!: number;

  @Field(() => [WhatIfBandShift])
  bands!: WhatIfBandShift[];

  @Field(() => [WhatIfBucket])
  distribution!: WhatIfBucket[];
}

@ObjectType('SchemeWhatIf', {
  description: '对比试算: 全局党员的真实台账分别按现行方案与草稿计算',
  simpleResolvers: true,
})
export class SchemeWhatIf {
  @Field(() => Int)
  recordsYear!: number;

  @Field(() => String, { description: '台账计至月份 (进行中的年度: 各支部已录入的最后月份)' })
  asOf!: string;

  @Field(() => Boolean, {
    description:
      '台账年度尚未审定 (进行中): 按预计结果对比, 总分与档次均为预计, 不是最终结果; 尚无已录入月份的党员不列入',
  })
  provisional!: boolean;

  @Field(() => Int, { description: '现行方案版本' })
  currentVersion!: number;

  @Field(() => Int, { description: '草稿所属年度' })
  draftYear!: number;

  @Field(() => WhatIfSummary)
  bureau!: WhatIfSummary;

  @Field(() => [WhatIfSummary])
  branches!: WhatIfSummary[];

  @Field(() => [WhatIfMember], { description: '全部党员; 按支部、姓名排列' })
  members!: WhatIfMember[];
}

@ObjectType('WhatIfFile', { description: '对比试算导出的 .xlsx 文件', simpleResolvers: true })
export class WhatIfFile {
  @Field(() => String)
  fileName!: string;

  @Field(() => String)
  mimeType!: string;

  @Field(() => String)
  contentBase64!: string;

  @Field(() => Int, { description: '档次变化的党员人数 (表中的行数)' })
  rowCount!: number;
}
