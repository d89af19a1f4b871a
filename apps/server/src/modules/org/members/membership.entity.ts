import { Check, Entity, Index, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import type { Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { BranchOwned } from '../../../tenancy/branch-owned.js';
import { Member } from './member.entity.js';

/**
 * A stretch of months a member belonged to a branch (转入/转出). Each month's records belong to the
 * branch of that month; `toMonth` null means "still here". Months are 'YYYY-MM', both ends included.
 */
@ObjectType('Membership', {
  description: '组织关系: 党员在某支部的起止月份 (含首尾月)',
  simpleResolvers: true,
})
@Entity({ tableName: 'membership' })
// At most one open stretch per member: a transfer closes one and opens the next.
@Unique({
  name: 'membership_one_open_per_member',
  expression:
    'create unique index "membership_one_open_per_member" on "membership" ("bureau_id", "member_id") where "to_month" is null',
})
@Check({
  name: 'membership_months_valid',
  expression: `from_month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$' and (to_month is null or (to_month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$' and to_month >= from_month))`,
})
// Members of a year, counted from the index alone by the summaries' freshness check.
@Index({ properties: ['bureauId', 'memberId', 'fromMonth', 'toMonth'] })
// A branch's roster of a month (the monthly sheet, its save, the Excel form), by branch.
@Index({ properties: ['bureauId', 'branchId', 'fromMonth'] })
export class Membership extends BranchOwned {
  @ManyToOne(() => Member, {
    fieldNames: ['bureau_id', 'member_id'],
    ownColumns: ['member_id'],
    ref: true,
  })
  member!: Ref<Member>;

  @Field(() => ID)
  @Property({ type: 'uuid', fieldName: 'member_id', persist: false })
  memberId!: string;

  @Field(() => String)
  @Property({ type: 'string', columnType: 'char(7)' })
  fromMonth!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', columnType: 'char(7)', nullable: true })
  toMonth?: string | null;
}
