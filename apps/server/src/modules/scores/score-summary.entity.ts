import { Entity, Index, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { Opt, Ref } from '@mikro-orm/core';
import type { FieldNeeds } from '../../db/rows/plain-rows.js';
import { BranchOwned } from '../../tenancy/branch-owned.js';
import { Branch } from '../org/branches/branch.entity.js';
import { Member } from '../org/members/member.entity.js';

/** A category or item score as summarised: code, labels, rounded and exact value. */
@ObjectType('ScorePart', { description: '类别或项目得分', simpleResolvers: true })
export class ScorePart {
  @Field(() => String)
  code!: string;

  /** GraphQL's `nameZh` and `nameEn` (summary-parts.resolver.ts): a summary's are looked up. */
  nameZh!: string;

  nameEn!: string;

  @Field(() => String, { description: '按方案舍入后的分数' })
  value!: string;

  @Field(() => String, { description: '精确值 (小数或分数, e.g. "74/3")' })
  exact!: string;
}

/**
 * A category's or item's score as a summary stores it: its code, its value rounded by the scheme
 * and its exact value. Named from the scheme version on reading (`summary-parts.ts`).
 */
export type StoredPart = [code: string, value: string, exact: string];

/**
 * One month of a year summary: its exact base score and exact category scores, in the order of
 * the row's `categories` (null for a category the month does not score), and its branch when that
 * is not the row's (a member transferred during the year). Nothing is repeated in each month: a
 * year row stays under PostgreSQL's 2 KB threshold, uncompressed, and a publication writes a
 * quarter fewer bytes.
 */
export type SummaryMonth = {
  month: string;
  base: string;
  categories: (string | null)[];
  branchId?: string;
};

/** The outcome flags of an annual total (积分运用), as the scoring package decided them. */
@ObjectType('ScoreOutcome', { description: '积分运用结果 (年度)', simpleResolvers: true })
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
 * What a provisional year is on course for (scoring package `Projection`): labelled 预计 wherever
 * shown, never a final outcome. Final bands and warning cases come only from approved years.
 */
@ObjectType('ScoreProjection', {
  description: '年度预计 (年度未审定前; 非最终结果)',
  simpleResolvers: true,
})
export class ScoreProjection {
  @Field(() => String, { description: '预计年度总分 (舍入后)' })
  total!: string;

  @Field(() => String)
  totalExact!: string;

  @Field(() => String, { description: '已录入月份的平均基础分' })
  base!: string;

  @Field(() => String, { description: '截至目前已审核的特色分' })
  special!: string;

  @Field(() => String, { description: '评议分: 已评议按实际等次, 否则按方案预设等次' })
  evaluation!: string;

  @Field(() => String, { description: '评议等次代码 (方案中)' })
  evaluationGrade!: string;

  @Field(() => String, { description: '评议等次名称' })
  evaluationGradeZh!: string;

  @Field(() => String)
  evaluationGradeEn!: string;

  @Field(() => Boolean, { description: '评议等次为方案预设 (尚未评议)' })
  assumedGrade!: boolean;

  @Field(() => Int, { description: '预计所依据的月数' })
  monthsScored!: number;

  @Field(() => String, {
    description: '预计所在区间: priorityCandidate | incentive | none | yellowWarning | redWarning',
  })
  band!: string;

  @Field(() => String, {
    nullable: true,
    description: '进度预警: yellowWarning | redWarning (预计落入该区间), 否则为空',
  })
  earlyWarning!: string | null;
}

/**
 * A member's computed score for a year or a quarter, as the scoring package computed it from the
 * ledger. A cache for lists and rankings, refreshed in the same transaction as the facts it rests
 * on; never a second implementation. `branch_id` is the member's branch in the period's last
 * scored month (the receiving branch for a transfer), which is who sees it in lists. Its pages
 * are filled to half (a migration: the ORM has no word for it), so that a rewrite that leaves the
 * indexed columns as they were stays on its page and adds no index entry.
 */
@ObjectType('ScoreSummary', {
  description: '党员年度或季度得分 (由积分计算包算出)',
  simpleResolvers: true,
})
@Entity({ tableName: 'score_summary' })
@Unique({ properties: ['bureauId', 'year', 'period', 'memberId'] })
@Index({
  // Walked backwards by the ranking: `(total_sort_key, member_id) < cursor` seeks instead of
  // filtering, under row-level security too (bigint and uuid comparisons are leakproof). The
  // branch rides along so that the ranking's count, whose walls read only the branch, is
  // answered from the index alone instead of visiting a wide row per member.
  name: 'score_summary_ranking_index',
  expression:
    'create index "score_summary_ranking_index" on "score_summary" ("bureau_id", "year", "period", "total_sort_key", "member_id") include ("branch_id")',
})
// The freshness check before a list counts the summaries of the current as-of month from the
// index alone (score-summaries.service.ts), instead of visiting every wide row.
@Index({ properties: ['bureauId', 'year', 'period', 'asOf'] })
export class ScoreSummary extends BranchOwned {
  /** Parts are named from the scheme version the row was scored under (`summary-parts.ts`). */
  static readonly fieldNeeds: FieldNeeds = {
    categories: ['year', 'schemeId'],
    specialItems: ['year', 'schemeId'],
  };

  @Field(() => Int)
  @Property({ type: 'integer' })
  year!: number;

  /** `year`, or `q1` … `q4`. */
  @Field(() => String, { description: 'year | q1 | q2 | q3 | q4' })
  @Property({ type: 'text' })
  period!: string;

  // A cache, rewritten whole on publication: no foreign keys, which were checked row by row (the
  // upsert holds its members instead: summary-writes.ts).
  @ManyToOne(() => Member, {
    fieldNames: ['bureau_id', 'member_id'],
    ref: true,
    createForeignKeyConstraint: false,
  })
  member!: Ref<Member>;

  @ManyToOne(() => Branch, {
    fieldNames: ['bureau_id', 'branch_id'],
    ownColumns: ['branch_id'],
    ref: true,
    createForeignKeyConstraint: false,
  })
  declare branch: Ref<Branch>;

  @Field(() => ID)
  @Property({ type: 'uuid', fieldName: 'member_id', persist: false })
  memberId!: string;

  /** The exact total to 6 places, for ordering only; `total` is the published figure. */
  @Property({ type: 'decimal', precision: 14, scale: 6 })
  totalSort!: string;

  /**
   * `total_sort` in millionths, kept by PostgreSQL: what the ranking orders and seeks by. Under
   * row-level security only leakproof comparisons may run before the policy's, and `numeric`'s
   * are not, so a keyset on `total_sort` filtered every earlier row instead of seeking.
   */
  @Property({
    type: 'bigint',
    generated: '(((total_sort * 1000000))::bigint) stored',
    lazy: true,
  })
  totalSortKey?: string;

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

  /** Exact section values (decimal or fraction text), for exact statistics in SQL. */
  @Property({ type: 'text', nullable: true })
  baseExact?: string | null;

  @Property({ type: 'text', nullable: true })
  specialExact?: string | null;

  @Property({ type: 'text', nullable: true })
  evaluationExact?: string | null;

  /**
   * A year's months (year rows only, `SummaryMonth`) with exact texts, so statistics can group
   * by month without a row per member-month.
   */
  @Property({ type: 'jsonb', nullable: true, lazy: true })
  months?: SummaryMonth[] | null;

  /**
   * The base score's categories as `[code, value, exact]`, in the scheme's order. Their names are
   * the scheme version's, looked up when a query asks for them (`summary-parts.ts`): a
   * publication writes every member's five rows, and the names were two fifths of their bytes.
   */
  @Property({ type: 'jsonb' })
  categories!: StoredPart[];

  /** The special items as `[code, value, exact]`, in the scheme's order (see `categories`). */
  @Property({ type: 'jsonb' })
  specialItems!: StoredPart[];

  /**
   * The outcome band of a judged (approved) year: priorityCandidate, incentive, none,
   * yellowWarning, redWarning. Null for quarters and for a provisional year (see `projection`).
   */
  @Field(() => String, { nullable: true, description: '年度结果区间 (仅已审定年度)' })
  @Property({ type: 'text', nullable: true })
  outcomeBand?: string | null;

  @Field(() => ScoreOutcome, { nullable: true, description: '积分运用结果 (仅已审定年度)' })
  @Property({ type: 'jsonb', nullable: true })
  outcome?: ScoreOutcome | null;

  /** Not yet judged: a quarter not signed, a year not approved (by the branch of `branchId`). */
  @Field(() => Boolean, { description: '暂定: 季度未签字或年度未审定, 分数仍可能变化' })
  @Property({ type: 'boolean', default: false })
  provisional: boolean & Opt = false;

  @Field(() => ScoreProjection, { nullable: true, description: '年度预计 (仅暂定年度)' })
  @Property({ type: 'jsonb', nullable: true })
  projection?: ScoreProjection | null;

  /** The projection's band, as a column so lists can group and filter by it. */
  @Field(() => String, { nullable: true, description: '预计所在区间 (仅暂定年度)' })
  @Property({ type: 'text', nullable: true })
  projectionBand?: string | null;

  @Field(() => ID)
  @Property({ type: 'uuid' })
  schemeId!: string;

  @Field(() => Int, { description: '计算所用的方案版本' })
  @Property({ type: 'integer' })
  schemeVersion!: number;

  /**
   * The last month scored (`YYYY-MM`): a year in progress is scored through each branch's
   * recorded months, so this is the member's last recorded month of the period.
   */
  @Field(() => String, { description: '计至月份 (最后一个已录入的月份)' })
  @Property({ type: 'string', columnType: 'char(7)' })
  asOf!: string;

  @Field(() => Date)
  @Property({ type: 'datetime', onCreate: () => new Date(), onUpdate: () => new Date() })
  computedAt: Date & Opt = new Date();
}
