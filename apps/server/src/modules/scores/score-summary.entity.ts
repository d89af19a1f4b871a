import { Entity, Index, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import type { Opt, Ref } from '@mikro-orm/core';
import { BranchOwned } from '../../tenancy/branch-owned.js';
import { Member } from '../org/member.entity.js';

/** A category or item score as summarised: code, labels, rounded and exact value. */
export type SummaryPart = { code: string; zh: string; en: string; value: string; exact: string };

/**
 * A member's computed score for a year or a quarter, as the scoring package computed it from the
 * ledger. A cache for lists and rankings, refreshed in the same transaction as the facts it rests
 * on; never a second implementation. `branch_id` is the member's branch in the period's last
 * scored month (the receiving branch for a transfer), which is who sees it in lists.
 */
@Entity({ tableName: 'score_summary' })
@Unique({ properties: ['bureauId', 'year', 'period', 'memberId'] })
@Index({
  name: 'score_summary_ranking_index',
  expression:
    'create index "score_summary_ranking_index" on "score_summary" ("bureau_id", "year", "period", "total_sort" desc, "member_id")',
})
export class ScoreSummary extends BranchOwned {
  @Property({ type: 'integer' })
  year!: number;

  /** `year`, or `q1` … `q4`. */
  @Property({ type: 'text' })
  period!: string;

  @ManyToOne(() => Member, { fieldNames: ['bureau_id', 'member_id'], ref: true })
  member!: Ref<Member>;

  @Property({ type: 'uuid', fieldName: 'member_id', persist: false })
  memberId!: string;

  /** The exact total to 6 places, for ordering only; `total` is the published figure. */
  @Property({ type: 'decimal', precision: 14, scale: 6 })
  totalSort!: string;

  @Property({ type: 'text' })
  total!: string;

  @Property({ type: 'text' })
  totalExact!: string;

  @Property({ type: 'text' })
  base!: string;

  @Property({ type: 'text' })
  special!: string;

  @Property({ type: 'text', nullable: true })
  evaluation?: string | null;

  @Property({ type: 'jsonb' })
  categories!: SummaryPart[];

  @Property({ type: 'jsonb' })
  specialItems!: SummaryPart[];

  /** The outcome band (years only): priorityCandidate, incentive, none, yellowWarning, redWarning. */
  @Property({ type: 'text', nullable: true })
  outcomeBand?: string | null;

  @Property({ type: 'jsonb', nullable: true })
  outcome?: Record<string, unknown> | null;

  @Property({ type: 'uuid' })
  schemeId!: string;

  @Property({ type: 'integer' })
  schemeVersion!: number;

  /** The last month scored (`YYYY-MM`); a year in progress is scored up to it. */
  @Property({ type: 'string', columnType: 'char(7)' })
  asOf!: string;

  @Property({ type: 'datetime', onCreate: () => new Date(), onUpdate: () => new Date() })
  computedAt: Date & Opt = new Date();
}
