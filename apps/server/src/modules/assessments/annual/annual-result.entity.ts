import { Entity, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import type { Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { GraphQLJSON } from '../../../graphql/json-scalar.js';
import { AnnualAssessment } from './annual-assessment.entity.js';
import { FrozenScore } from '../frozen-score.js';

/**
 * A member's year as submitted to the committee (one row per revision): the composite score with
 * its evaluation part, the explanation, and the outcome decided by the scheme's thresholds.
 */
@ObjectType('AnnualResult', { description: '年度综合得分 (上报时冻结)', simpleResolvers: true })
@Entity({ tableName: 'annual_result' })
@Unique({ properties: ['bureauId', 'assessmentId', 'memberId', 'revision'] })
export class AnnualResult extends FrozenScore {
  @ManyToOne(() => AnnualAssessment, {
    fieldNames: ['bureau_id', 'assessment_id'],
    ownColumns: ['assessment_id'],
    ref: true,
  })
  assessment!: Ref<AnnualAssessment>;

  @Field(() => ID)
  @Property({ type: 'uuid', fieldName: 'assessment_id', persist: false })
  assessmentId!: string;

  @Field(() => Int)
  @Property({ type: 'integer' })
  year!: number;

  @Field(() => String, { description: '评议分' })
  @Property({ type: 'text' })
  evaluation!: string;

  @Field(() => String, { nullable: true, description: '民主评议等次' })
  @Property({ type: 'text', nullable: true })
  grade?: string | null;

  @Field(() => Boolean, { description: '预备党员' })
  @Property({ type: 'boolean' })
  probationary!: boolean;

  /** The scoring package's outcome band: priorityCandidate, incentive, none, yellowWarning, redWarning. */
  @Field(() => String)
  @Property({ type: 'text' })
  band!: string;

  /** The scoring package's Outcome flags. */
  @Field(() => GraphQLJSON)
  @Property({ type: 'jsonb' })
  outcome!: Record<string, unknown>;
}
