import { OUTCOME_BANDS } from '@jifen/scoring';
import { Authorized, Field, ObjectType, Query, Resolver } from 'type-graphql';
import { OutcomeBandFilter } from './scores.types.js';

@ObjectType('OutcomeBandInfo', {
  description: '年度得分区间及其名称 (积分运用), 由好到差',
  simpleResolvers: true,
})
export class OutcomeBandInfo {
  @Field(() => OutcomeBandFilter)
  band!: OutcomeBandFilter;

  @Field(() => String, { description: '得分与统计中的区间代码 (e.g. "yellowWarning")' })
  code!: string;

  @Field(() => String)
  labelZh!: string;

  @Field(() => String)
  labelEn!: string;
}

@Resolver()
export class OutcomeBandsResolver {
  @Authorized()
  @Query(() => [OutcomeBandInfo], {
    description: '年度得分的各区间, 由好到差, 及其名称: 各页面与导出所用的同一套名称',
  })
  outcomeBands(): OutcomeBandInfo[] {
    return OUTCOME_BANDS.map(({ band, label }) => ({
      band: band as OutcomeBandFilter,
      code: band,
      labelZh: label.zh,
      labelEn: label.en,
    }));
  }
}
