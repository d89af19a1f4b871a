import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLJSON } from '../../graphql/json-scalar.js';
import type { Plain } from '../../db/rows/plain-rows.js';
import { ScoreOutcome, ScorePart, ScoreProjection, ScoreSummary } from './score-summary.entity.js';

@ObjectType('ScoreAmount', { description: '分数: 舍入后与精确值', simpleResolvers: true })
export class ScoreAmount {
  @Field(() => String)
  value!: string;

  @Field(() => String)
  exact!: string;
}

@ObjectType('ScoreLine', { description: '得分说明的一行 (台账行)', simpleResolvers: true })
export class ScoreLine {
  @Field(() => String, { description: 'base | special | evaluation | total' })
  section!: string;

  @Field(() => String, { nullable: true })
  category!: string | null;

  @Field(() => String, { nullable: true })
  itemCode!: string | null;

  @Field(() => String, { description: '规则种类或计算步骤' })
  kind!: string;

  @Field(() => String, { nullable: true })
  month!: string | null;

  @Field(() => ID, { nullable: true })
  branchId!: string | null;

  @Field(() => String)
  labelZh!: string;

  @Field(() => String)
  labelEn!: string;

  @Field(() => String, {
    description: 'e.g. 登录学习强国 2026-03：应达 31 天，实达 29 天 → 10 − 2 × 0.5 = 9',
  })
  textZh!: string;

  @Field(() => String)
  textEn!: string;

  @Field(() => String, { description: 'The formula of raw, rendered' })
  formula!: string;

  @Field(() => String, { description: 'Points in the item’s own units (as on the form)' })
  raw!: string;

  @Field(() => String, { description: 'Exact contribution to the total; the lines add up to it' })
  points!: string;

  @Field(() => [ID], { description: 'Ids of the ledger records the line rests on' })
  records!: string[];

  @Field(() => GraphQLJSON)
  inputs!: unknown;
}

@ObjectType('ScoreWarning', { simpleResolvers: true })
export class ScoreWarning {
  @Field(() => String)
  code!: string;

  @Field(() => String)
  messageZh!: string;

  @Field(() => String)
  messageEn!: string;

  @Field(() => ID, { nullable: true })
  recordId!: string | null;
}

@ObjectType('MonthBaseScore', { description: '某月的基础分 (平均前)', simpleResolvers: true })
export class MonthBaseScore {
  @Field(() => String)
  month!: string;

  @Field(() => ID)
  branchId!: string;

  @Field(() => String)
  base!: string;

  @Field(() => [ScorePart])
  categories!: ScorePart[];
}

@ObjectType('MemberScore', {
  description: '党员某月、某季度或某年的得分及说明',
  simpleResolvers: true,
})
export class MemberScore {
  @Field(() => ID)
  memberId!: string;

  @Field(() => Int)
  year!: number;

  @Field(() => Int, { nullable: true })
  month!: number | null;

  @Field(() => Int, { nullable: true })
  quarter!: number | null;

  @Field(() => ID)
  schemeId!: string;

  @Field(() => Int, { description: '计算所用的方案版本' })
  schemeVersion!: number;

  @Field(() => String, {
    nullable: true,
    description: '计至月份: 最后一个计分的月份 (年度或季度: 已录入的月份); 空: 尚无已录入的月份',
  })
  asOf!: string | null;

  @Field(() => Boolean, { description: '暂定: 季度未签字或年度未审定, 分数仍可能变化' })
  provisional!: boolean;

  @Field(() => ScoreProjection, { nullable: true, description: '年度预计 (仅暂定年度)' })
  projection!: ScoreProjection | null;

  @Field(() => [ScoreLine], { description: '年度预计的逐行说明 (与预计总分相加一致)' })
  projectionLines!: ScoreLine[];

  @Field(() => ScoreAmount)
  total!: ScoreAmount;

  @Field(() => ScoreAmount)
  base!: ScoreAmount;

  @Field(() => ScoreAmount)
  special!: ScoreAmount;

  @Field(() => ScoreAmount, { nullable: true })
  evaluation!: ScoreAmount | null;

  @Field(() => [ScorePart])
  categories!: ScorePart[];

  @Field(() => [ScorePart])
  specialItems!: ScorePart[];

  @Field(() => [MonthBaseScore])
  months!: MonthBaseScore[];

  @Field(() => String, { nullable: true })
  evaluationGrade!: string | null;

  @Field(() => ScoreOutcome, { nullable: true, description: '积分运用结果 (仅已审定年度)' })
  outcome!: ScoreOutcome | null;

  @Field(() => [ScoreLine])
  lines!: ScoreLine[];

  @Field(() => [ScoreWarning])
  warnings!: ScoreWarning[];
}

export enum OutcomeBandFilter {
  PRIORITY_CANDIDATE = 'priorityCandidate',
  INCENTIVE = 'incentive',
  NONE = 'none',
  YELLOW_WARNING = 'yellowWarning',
  RED_WARNING = 'redWarning',
}
registerEnumType(OutcomeBandFilter, { name: 'OutcomeBand', description: '年度得分所在区间' });

@InputType('ScoreListFilter')
export class ScoreListFilter {
  @Field(() => Int)
  year!: number;

  @Field(() => Int, { nullable: true, description: '1–4; 空: 全年' })
  quarter?: number | null;

  @Field(() => ID, { nullable: true })
  branchId?: string | null;

  @Field(() => ID, { nullable: true })
  groupId?: string | null;

  @Field(() => OutcomeBandFilter, {
    nullable: true,
    description:
      '仅全年: 已审定年度按结果区间, 暂定年度按预计区间 (行的 provisional 与 projectionBand 说明是哪一种)',
  })
  outcome?: OutcomeBandFilter | null;
}

@ObjectType('ScoreEdge', { simpleResolvers: true })
export class ScoreEdge {
  @Field(() => String)
  cursor!: string;

  /** Without `categories`, `specialItems` and `outcome` when the query does not ask for them. */
  @Field(() => ScoreSummary)
  node!: Plain<ScoreSummary>;
}

@ObjectType('PageInfo', { simpleResolvers: true })
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

@ObjectType('ScoreConnection', {
  description: '按总分从高到低 (同分按党员编号) 排列',
  simpleResolvers: true,
})
export class ScoreConnection {
  @Field(() => [ScoreEdge])
  edges!: ScoreEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  /** Counted only when `totalCount` is asked for (scores.resolver.ts). */
  countTotal!: () => Promise<number>;
}
