import { Entity, Index, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { Opt, Ref } from '@mikro-orm/core';
import { BranchOwned } from '../../tenancy/branch-owned.js';
import { Member } from '../org/member.entity.js';

/** A category or item score as summarised: code, labels, rounded and exact value. */
@ObjectType('ScorePart', { description: '类别或项目得分' })
export class ScorePart {
  @Field(() => String)
  code!: string;

  @Field(() => String)
  nameZh!: string;

  @Field(() => String)
  nameEn!: string;

  @Field(() => String, { description: '按方案舍入后的分数' })
  value!: string;

  @Field(() => String, { description: '精确值 (小数或分数, e.g. "74/3")' })
  exact!: string;
}

/** The outcome flags of an annual total (积分运用), as the scoring package decided them. */
@ObjectType('ScoreOutcome', { description: '积分运用结果 (年度)' })
export class ScoreOutcome {
  @Field(() => String, {
    description: 'priorityCandidate | incentive | none | yellowWarning | redWarning',
  })
  band!: string;

  @Field(() => Boolean, { description: '≥ 80: 优先推荐' })
  priorityCandidate!: boolean;

  @Field(() => Boolean, { description: '≥ 70: 学习培训激励' })
  incentive!: boolean;

  @Field(() => Boolean, { description: '60–69.x: 黄色预警' })
  yellowWarning!: boolean;

  @Field(() => Boolean, { description: '< 60: 红色预警' })
  redWarning!: boolean;

  @Field(() => Boolean, { description: '连续两年低于 60' })
  redTwoYearsRunning!: boolean;

  @Field(() => Boolean, { description: '预备党员 < 70: 约谈提醒' })
  probationaryInterview!: boolean;

  @Field(() => Boolean, { description: '预备党员 < 60: 视情延长预备期' })
  probationExtension!: boolean;
}

/**
 * A member's computed score for a year or a quarter, as the scoring package computed it from the
 * ledger. A cache for lists and rankings, refreshed in the same transaction as the facts it rests
 * on; never a second implementation. `branch_id` is the member's branch in the period's last
 * scored month (the receiving branch for a transfer), which is who sees it in lists.
 */
@ObjectType('ScoreSummary', { description: '党员年度或季度得分 (由积分计算包算出)' })
@Entity({ tableName: 'score_summary' })
@Unique({ properties: ['bureauId', 'year', 'period', 'memberId'] })
@Index({
  // Walked backwards by the ranking: `(total_sort, member_id) < cursor` seeks instead of filtering.
  name: 'score_summary_ranking_index',
  expression:
    'create index "score_summary_ranking_index" on "score_summary" ("bureau_id", "year", "period", "total_sort", "member_id")',
})
// The freshness check before a list counts the summaries of the current as-of month from the
// index alone (score-summaries.service.ts), instead of visiting every wide row.
@Index({ properties: ['bureauId', 'year', 'period', 'asOf'] })
export class ScoreSummary extends BranchOwned {
  @Field(() => Int)
  @Property({ type: 'integer' })
  year!: number;

  /** `year`, or `q1` … `q4`. */
  @Field(() => String, { description: 'year | q1 | q2 | q3 | q4' })
  @Property({ type: 'text' })
  period!: string;

  @ManyToOne(() => Member, { fieldNames: ['bureau_id', 'member_id'], ref: true })
  member!: Ref<Member>;

  @Field(() => ID)
  @Property({ type: 'uuid', fieldName: 'member_id', persist: false })
  memberId!: string;

  /** The exact total to 6 places, for ordering only; `total` is the published figure. */
  @Property({ type: 'decimal', precision: 14, scale: 6 })
  totalSort!: string;

  @Field(() => String, { description: '总分 (舍入后)' })
  @Property({ type: 'text' })
  total!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  totalExact!: string;

  @Field(() => String, { description: '基础分' })
  @Property({ type: 'text' })
  base!: string;

  @Field(() => String, { description: '特色分' })
  @Property({ type: 'text' })
  special!: string;

  @Field(() => String, { nullable: true, description: '评议分 (年度)' })
  @Property({ type: 'text', nullable: true })
  evaluation?: string | null;

  @Field(() => [ScorePart], { description: '基础分各类别' })
  @Property({ type: 'jsonb' })
  categories!: ScorePart[];

  @Field(() => [ScorePart], { description: '特色分各项目' })
  @Property({ type: 'jsonb' })
  specialItems!: ScorePart[];

  /** The outcome band (years only): priorityCandidate, incentive, none, yellowWarning, redWarning. */
  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  outcomeBand?: string | null;

  @Field(() => ScoreOutcome, { nullable: true })
  @Property({ type: 'jsonb', nullable: true })
  outcome?: ScoreOutcome | null;

  @Field(() => ID)
  @Property({ type: 'uuid' })
  schemeId!: string;

  @Field(() => Int, { description: '计算所用的方案版本' })
  @Property({ type: 'integer' })
  schemeVersion!: number;

  /** The last month scored (`YYYY-MM`); a year in progress is scored up to it. */
  @Field(() => String, { description: '计至月份' })
  @Property({ type: 'string', columnType: 'char(7)' })
  asOf!: string;

  @Field(() => Date)
  @Property({ type: 'datetime', onCreate: () => new Date(), onUpdate: () => new Date() })
  computedAt: Date & Opt = new Date();
}
