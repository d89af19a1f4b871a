import { Entity, Enum, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import type { Opt, Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { clock } from '../../calendar/clock.js';
import { BranchOwned } from '../../../tenancy/branch-owned.js';
import { Member } from '../../org/members/member.entity.js';
import { ACROSS_BRANCHES } from '../across-branches.js';
import { UserAccount } from '../../org/users/user-account.entity.js';
import { AnnualAssessment } from './annual-assessment.entity.js';

export enum GradeBasis {
  /** 民主评议党员 */
  DEMOCRATIC_EVALUATION = 'democratic_evaluation',
  /** 预备党员按日常表现评定 */
  DAILY_PERFORMANCE = 'daily_performance',
}
registerEnumType(GradeBasis, { name: 'GradeBasis', description: '民主评议 / 预备党员日常表现' });

/** A member's grade in the year's democratic evaluation: gives the evaluation score (评议分). */
@ObjectType('EvaluationGrade', { description: '民主评议等次', simpleResolvers: true })
@Entity({ tableName: 'evaluation_grade' })
@Unique({ properties: ['bureauId', 'assessmentId', 'memberId'] })
export class EvaluationGrade extends BranchOwned {
  @ManyToOne(() => AnnualAssessment, {
    fieldNames: ['bureau_id', 'assessment_id'],
    ownColumns: ['assessment_id'],
    ref: true,
  })
  assessment!: Ref<AnnualAssessment>;

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

  /** A grade code of the year's scheme (excellent, qualified …). */
  @Field(() => String)
  @Property({ type: 'text' })
  grade!: string;

  @Field(() => GradeBasis)
  @Enum({ items: () => GradeBasis, nativeEnumName: 'grade_basis' })
  basis!: GradeBasis;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  note?: string | null;

  @ManyToOne(() => UserAccount, {
    fieldNames: ['bureau_id', 'recorded_by_id'],
    ownColumns: ['recorded_by_id'],
    ref: true,
  })
  recordedBy!: Ref<UserAccount>;

  @Field(() => ID)
  @Property({ type: 'uuid', fieldName: 'recorded_by_id', persist: false })
  recordedById!: string;

  @Field(() => Date)
  @Property({ type: 'datetime', onCreate: () => clock().now() })
  recordedAt: Date & Opt = clock().now();
}
