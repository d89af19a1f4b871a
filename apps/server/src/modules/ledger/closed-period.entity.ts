import { Entity, Property, Unique } from '@mikro-orm/decorators/legacy';
import type { Opt } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BranchOwned } from '../../tenancy/branch-owned.js';
import { clock } from '../calendar/clock.js';

/**
 * A month of a branch's ledger that no longer takes writes: its quarter was signed by the
 * secretary or its year approved. The assessment cycle adds a row per month when it closes a
 * period and removes it when a correction reopens one; the ledger only reads this table.
 */
@ObjectType('ClosedPeriod', {
  description: '已关闭的月份 (季度已签字或年度已审定)',
  simpleResolvers: true,
})
@Entity({ tableName: 'closed_period' })
@Unique({ properties: ['bureauId', 'branchId', 'month'] })
export class ClosedPeriod extends BranchOwned {
  @Field(() => String)
  @Property({ type: 'string', columnType: 'char(7)' })
  month!: string;

  @Field(() => String, { description: '关闭原因, e.g. 2026年第一季度已签字' })
  @Property({ type: 'text' })
  reason!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The reason in English, e.g. Q1 2026 signed',
  })
  @Property({ type: 'text', nullable: true })
  reasonEn?: string | null;

  @Property({ type: 'uuid', nullable: true })
  closedById?: string | null;

  @Field(() => Date)
  @Property({ type: 'datetime', onCreate: () => clock().now() })
  closedAt: Date & Opt = clock().now();
}
