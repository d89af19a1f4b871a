import { Entity, Enum, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import type { Opt, Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { BranchOwned } from '../../../tenancy/branch-owned.js';
import { UserAccount } from '../../org/users/user-account.entity.js';
import { QuarterState } from './quarter-machines.js';

/** 季度考评: one branch's quarter, from review through signing to its public notice. */
@ObjectType('QuarterAssessment', { description: '支部季度考评', simpleResolvers: true })
@Entity({ tableName: 'quarter_assessment' })
@Unique({ properties: ['bureauId', 'branchId', 'year', 'quarter'] })
export class QuarterAssessment extends BranchOwned {
  @Field(() => Int)
  @Property({ type: 'integer' })
  year!: number;

  @Field(() => Int)
  @Property({ type: 'integer' })
  quarter!: number;

  /** As stored; a published notice past its end reads as closed before it is stored so (see effectiveQuarterState). */
  @Enum({ items: () => QuarterState, nativeEnumName: 'quarter_state' })
  state: QuarterState & Opt = QuarterState.OPEN;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  reviewStartedAt?: Date | null;

  @ManyToOne(() => UserAccount, {
    fieldNames: ['bureau_id', 'signed_by_id'],
    ownColumns: ['signed_by_id'],
    ref: true,
    nullable: true,
  })
  signedBy?: Ref<UserAccount> | null;

  @Field(() => ID, { nullable: true, description: '签字的支部书记' })
  @Property({ type: 'uuid', fieldName: 'signed_by_id', persist: false, nullable: true })
  signedById?: string | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  signedAt?: Date | null;

  @Field(() => Date, { nullable: true, description: '首次公示时间' })
  @Property({ type: 'datetime', nullable: true })
  publishedAt?: Date | null;

  @Field(() => String, { nullable: true, description: '当前公示的截止日' })
  @Property({ type: 'date', nullable: true })
  noticeEndsOn?: string | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  closedAt?: Date | null;

  /**
   * Why the secretary signed while declarations of the quarter's months were still undecided
   * (written, kept with the signature; null when nothing was undecided).
   */
  @Field(() => String, { nullable: true, description: '签字时仍有未决申报的, 书记填写的理由' })
  @Property({ type: 'text', nullable: true })
  signOverrideReason?: string | null;

  /** The snapshot revision in force: 0 before signing, 1 at signing, +1 per applied correction. */
  @Field(() => Int)
  @Property({ type: 'integer', default: 0 })
  revision: number & Opt = 0;
}
