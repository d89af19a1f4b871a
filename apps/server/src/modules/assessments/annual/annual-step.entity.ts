import { Entity, Enum, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import type { Opt, Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { Label } from '../../../graphql/locale.js';
import { BranchOwned } from '../../../tenancy/branch-owned.js';
import { UserAccount } from '../../org/users/user-account.entity.js';
import { AnnualAssessment } from './annual-assessment.entity.js';
import { clock } from '../../calendar/clock.js';

export enum AnnualStepKind {
  REVIEWED = 'reviewed',
  SUBMITTED = 'submitted',
  APPROVED = 'approved',
  RETURNED = 'returned',
  REVISED = 'revised',
  PUBLISHED = 'published',
}
registerEnumType(AnnualStepKind, { name: 'AnnualStepKind', description: '年度考评的一步' });

/** What each step of the year's record is called (an act, unlike the state it leads to). */
export const ANNUAL_STEP_LABELS: Record<AnnualStepKind, Label> = {
  [AnnualStepKind.REVIEWED]: { zh: '支委会完成复核', en: 'Re-review completed' },
  [AnnualStepKind.REVISED]: { zh: '退回修改', en: 'Reopened for revision' },
  [AnnualStepKind.SUBMITTED]: { zh: '上报机关党委', en: 'Submitted to the committee' },
  [AnnualStepKind.APPROVED]: { zh: '机关党委审核通过', en: 'Approved by the committee' },
  [AnnualStepKind.RETURNED]: { zh: '机关党委退回', en: 'Returned by the committee' },
  [AnnualStepKind.PUBLISHED]: { zh: '公示', en: 'Published' },
};

/** One step of a year's path, with who took it and why: a return always carries its reasons. */
@ObjectType('AnnualStep', { description: '年度考评流转记录', simpleResolvers: true })
@Entity({ tableName: 'annual_step' })
export class AnnualStep extends BranchOwned {
  @ManyToOne(() => AnnualAssessment, {
    fieldNames: ['bureau_id', 'assessment_id'],
    ownColumns: ['assessment_id'],
    ref: true,
  })
  assessment!: Ref<AnnualAssessment>;

  @Field(() => ID)
  @Property({ type: 'uuid', fieldName: 'assessment_id', persist: false })
  assessmentId!: string;

  @Field(() => AnnualStepKind)
  @Enum({ items: () => AnnualStepKind, nativeEnumName: 'annual_step_kind' })
  kind!: AnnualStepKind;

  /** The result revision the step concerned. */
  @Field(() => Int)
  @Property({ type: 'integer' })
  revision!: number;

  @Field(() => String, { nullable: true, description: '意见或退回原因' })
  @Property({ type: 'text', nullable: true })
  reason?: string | null;

  @ManyToOne(() => UserAccount, {
    fieldNames: ['bureau_id', 'by_id'],
    ownColumns: ['by_id'],
    ref: true,
  })
  by!: Ref<UserAccount>;

  @Field(() => ID)
  @Property({ type: 'uuid', fieldName: 'by_id', persist: false })
  byId!: string;

  @Field(() => Date)
  @Property({ type: 'datetime', onCreate: () => clock().now() })
  at: Date & Opt = clock().now();

  /** The order written in, which is the order taken, even when two share a moment. */
  @Property({ type: 'bigint', autoincrement: true })
  seq?: string & Opt;
}
