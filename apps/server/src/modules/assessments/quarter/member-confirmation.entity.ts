import { Entity, Enum, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import type { Opt, Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { BranchOwned } from '../../../tenancy/branch-owned.js';
import { Member } from '../../org/members/member.entity.js';
import { ACROSS_BRANCHES } from '../across-branches.js';
import { UserAccount } from '../../org/users/user-account.entity.js';
import { QuarterAssessment } from './quarter-assessment.entity.js';
import { ConfirmationMethod, ConfirmationState } from './quarter-machines.js';

/** A member's check of their quarter record: confirmed, or objected and decided by the panel. */
@ObjectType('MemberConfirmation', {
  description: '党员对季度记录的核对确认',
  simpleResolvers: true,
})
@Entity({ tableName: 'member_confirmation' })
@Unique({ properties: ['bureauId', 'assessmentId', 'memberId'] })
export class MemberConfirmation extends BranchOwned {
  @ManyToOne(() => QuarterAssessment, {
    fieldNames: ['bureau_id', 'assessment_id'],
    ownColumns: ['assessment_id'],
    ref: true,
  })
  assessment!: Ref<QuarterAssessment>;

  @Field(() => ID)
  @Property({ type: 'uuid', fieldName: 'assessment_id', persist: false })
  assessmentId!: string;

  @ManyToOne(() => Member, {
    fieldNames: ['bureau_id', 'member_id'],
    ownColumns: ['member_id'],
    ref: true,
    filters: ACROSS_BRANCHES,
  })
  member!: Ref<Member>;

  @Field(() => ID)
  @Property({ type: 'uuid', fieldName: 'member_id', persist: false })
  memberId!: string;

  @Field(() => ConfirmationState)
  @Enum({ items: () => ConfirmationState, nativeEnumName: 'confirmation_state' })
  state: ConfirmationState & Opt = ConfirmationState.PENDING;

  /** The total the member saw when confirming: a later change asks them again. */
  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  seenTotal?: string | null;

  @ManyToOne(() => UserAccount, {
    fieldNames: ['bureau_id', 'responded_by_id'],
    ownColumns: ['responded_by_id'],
    ref: true,
    nullable: true,
  })
  respondedBy?: Ref<UserAccount> | null;

  /** The member's own account, or the panel member who recorded the member's answer in person. */
  @Field(() => ID, { nullable: true })
  @Property({ type: 'uuid', fieldName: 'responded_by_id', persist: false, nullable: true })
  respondedById?: string | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  respondedAt?: Date | null;

  /** How the answer was given: the member's own account, or in person at the panel's meeting. */
  @Field(() => ConfirmationMethod, { nullable: true })
  @Enum({ items: () => ConfirmationMethod, nativeEnumName: 'confirmation_method', nullable: true })
  method?: ConfirmationMethod | null;

  @Field(() => String, { nullable: true, description: '当面确认的日期 (考评小组会议)' })
  @Property({ type: 'date', nullable: true })
  inPersonOn?: string | null;

  @Field(() => String, { nullable: true, description: '当面确认的说明' })
  @Property({ type: 'text', nullable: true })
  inPersonNote?: string | null;

  @Field(() => String, { nullable: true, description: '异议内容' })
  @Property({ type: 'text', nullable: true })
  objection?: string | null;

  @Field(() => String, { nullable: true, description: '支委会处理结果' })
  @Property({ type: 'text', nullable: true })
  resolution?: string | null;

  @ManyToOne(() => UserAccount, {
    fieldNames: ['bureau_id', 'resolved_by_id'],
    ownColumns: ['resolved_by_id'],
    ref: true,
    nullable: true,
  })
  resolvedBy?: Ref<UserAccount> | null;

  @Field(() => ID, { nullable: true })
  @Property({ type: 'uuid', fieldName: 'resolved_by_id', persist: false, nullable: true })
  resolvedById?: string | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  resolvedAt?: Date | null;

  /** 1 for the first round; a reopening (correction, changed record) starts the next. */
  @Field(() => Int)
  @Property({ type: 'integer', default: 1 })
  round: number & Opt = 1;
}
