import { Entity, Property } from '@mikro-orm/decorators/legacy';
import { Field, ObjectType } from 'type-graphql';
import { BranchOwned } from '../../tenancy/branch-owned.js';

/** 党小组: a subgroup of a branch, led by a group leader (党小组长). */
@ObjectType('PartyGroup', { description: '党小组' })
@Entity({ tableName: 'party_group' })
export class PartyGroup extends BranchOwned {
  @Field(() => String)
  @Property({ type: 'text' })
  name!: string;
}
