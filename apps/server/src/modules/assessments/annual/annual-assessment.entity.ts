import { Entity, Enum, Property, Unique } from '@mikro-orm/decorators/legacy';
import type { Opt } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BranchOwned } from '../../../tenancy/branch-owned.js';
import { AnnualState } from './annual-machine.js';

/**
 * 年度考评: a branch's year, early the next year — democratic evaluation, the branch committee's
 * re-review, submission to the committee, its approval (or return with reasons), publication.
 * Who did each step is in the decision rows and the audit log.
 */
@ObjectType('AnnualAssessment', { description: '支部年度考评', simpleResolvers: true })
@Entity({ tableName: 'annual_assessment' })
@Unique({ properties: ['bureauId', 'branchId', 'year'] })
export class AnnualAssessment extends BranchOwned {
  @Field(() => Int)
  @Property({ type: 'integer' })
  year!: number;

  @Field(() => AnnualState)
  @Enum({ items: () => AnnualState, nativeEnumName: 'annual_state' })
  state: AnnualState & Opt = AnnualState.OPEN;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  reviewedAt?: Date | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  submittedAt?: Date | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  approvedAt?: Date | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  publishedAt?: Date | null;

  @Field(() => String, { nullable: true, description: '当前公示的截止日' })
  @Property({ type: 'date', nullable: true })
  noticeEndsOn?: string | null;

  /** The result revision in force: 0 before submission, then +1 per submission or correction. */
  @Field(() => Int)
  @Property({ type: 'integer', default: 0 })
  revision: number & Opt = 0;
}
