import { Entity, Enum, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import type { Opt, Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { BranchOwned } from '../../../tenancy/branch-owned.js';
import { Member } from '../../org/members/member.entity.js';
import { ACROSS_BRANCHES } from '../across-branches.js';
import { UserAccount } from '../../org/users/user-account.entity.js';
import { ObjectionState } from './notice-machines.js';
import { Publication } from './publication.entity.js';

/** An objection to a published list during its notice, decided by the branch committee. */
@ObjectType('NoticeObjection', { description: '公示期异议', simpleResolvers: true })
@Entity({ tableName: 'notice_objection' })
export class NoticeObjection extends BranchOwned {
  @ManyToOne(() => Publication, {
    fieldNames: ['bureau_id', 'publication_id'],
    ownColumns: ['publication_id'],
    ref: true,
  })
  publication!: Ref<Publication>;

  @Field(() => ID)
  @Property({ type: 'uuid', fieldName: 'publication_id', persist: false })
  publicationId!: string;

  @ManyToOne(() => Member, {
    fieldNames: ['bureau_id', 'member_id'],
    ownColumns: ['member_id'],
    ref: true,
    filters: ACROSS_BRANCHES,
  })
  member!: Ref<Member>;

  /** Whose result the objection is about. */
  @Field(() => ID)
  @Property({ type: 'uuid', fieldName: 'member_id', persist: false })
  memberId!: string;

  @ManyToOne(() => UserAccount, {
    fieldNames: ['bureau_id', 'raised_by_id'],
    ownColumns: ['raised_by_id'],
    ref: true,
  })
  raisedBy!: Ref<UserAccount>;

  @Field(() => ID)
  @Property({ type: 'uuid', fieldName: 'raised_by_id', persist: false })
  raisedById!: string;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  raisedAt!: Date;

  @Field(() => String)
  @Property({ type: 'text' })
  content!: string;

  @Field(() => ObjectionState)
  @Enum({ items: () => ObjectionState, nativeEnumName: 'objection_state' })
  state: ObjectionState & Opt = ObjectionState.RAISED;

  @Field(() => String, { nullable: true, description: '支委会处理结果' })
  @Property({ type: 'text', nullable: true })
  decision?: string | null;

  @ManyToOne(() => UserAccount, {
    fieldNames: ['bureau_id', 'decided_by_id'],
    ownColumns: ['decided_by_id'],
    ref: true,
    nullable: true,
  })
  decidedBy?: Ref<UserAccount> | null;

  @Field(() => ID, { nullable: true })
  @Property({ type: 'uuid', fieldName: 'decided_by_id', persist: false, nullable: true })
  decidedById?: string | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  decidedAt?: Date | null;

  /** The correction an upheld objection opened. */
  @Field(() => ID, { nullable: true })
  @Property({ type: 'uuid', nullable: true })
  correctionId?: string | null;
}
