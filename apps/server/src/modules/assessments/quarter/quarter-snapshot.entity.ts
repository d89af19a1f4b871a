import { Entity, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import type { Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { FrozenScore } from '../frozen-score.js';
import { QuarterAssessment } from './quarter-assessment.entity.js';

/** A member's quarter as the secretary signed it (one row per revision). */
@ObjectType('QuarterSnapshot', { description: '季度得分快照 (签字时冻结)', simpleResolvers: true })
@Entity({ tableName: 'quarter_snapshot' })
@Unique({ properties: ['bureauId', 'assessmentId', 'memberId', 'revision'] })
export class QuarterSnapshot extends FrozenScore {
  @ManyToOne(() => QuarterAssessment, {
    fieldNames: ['bureau_id', 'assessment_id'],
    ownColumns: ['assessment_id'],
    ref: true,
  })
  assessment!: Ref<QuarterAssessment>;

  @Field(() => ID)
  @Property({ type: 'uuid', fieldName: 'assessment_id', persist: false })
  assessmentId!: string;
}
