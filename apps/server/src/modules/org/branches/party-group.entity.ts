import { Entity, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import type { Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { BranchOwned } from '../../../tenancy/branch-owned.js';
import { Member } from '../members/member.entity.js';

/** 党小组: a subgroup of a branch, led by a group leader (党小组长). Names are unique in a branch. */
@ObjectType('PartyGroup', { description: '党小组', simpleResolvers: true })
@Entity({ tableName: 'party_group' })
@Unique({
  name: 'party_group_branch_name_unique',
  expression:
    'create unique index "party_group_branch_name_unique" on "party_group" ("bureau_id", "branch_id", "name")',
})
export class PartyGroup extends BranchOwned {
  @Field(() => String)
  @Property({ type: 'text' })
  name!: string;

  /** 党小组长: a member of the same branch (the role that lets them act is a role assignment). */
  @ManyToOne(() => Member, {
    fieldNames: ['bureau_id', 'leader_id'],
    ownColumns: ['leader_id'],
    ref: true,
    nullable: true,
    deleteRule: 'set null',
  })
  leader?: Ref<Member> | null;

  @Field(() => ID, { nullable: true })
  @Property({ type: 'uuid', fieldName: 'leader_id', persist: false, nullable: true })
  leaderId?: string | null;
}
