import { Entity, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import type { Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { BranchOwned } from '../../tenancy/branch-owned.js';
import { Member } from './member.entity.js';

/**
 * A stretch of months a member belonged to a branch (转入/转出). Each month's records belong to the
 * branch of that month; `toMonth` null means "still here". Months are 'YYYY-MM'.
 */
@ObjectType('Membership', { description: '组织关系: 党员在某支部的起止月份' })
@Entity({ tableName: 'membership' })
export class Membership extends BranchOwned {
  @ManyToOne(() => Member, { fieldNames: ['bureau_id', 'member_id'], ref: true })
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
