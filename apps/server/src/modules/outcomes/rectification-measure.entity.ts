import { Entity, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import type { Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { BranchOwned } from '../../tenancy/branch-owned.js';
import { OutcomeCase } from './outcome-case.entity.js';

/** 整改措施: one measure of a warning case, with its deadline and when it was done. */
@ObjectType('RectificationMeasure', { description: '整改措施', simpleResolvers: true })
@Entity({ tableName: 'rectification_measure' })
export class RectificationMeasure extends BranchOwned {
  @ManyToOne(() => OutcomeCase, {
    fieldNames: ['bureau_id', 'case_id'],
    ownColumns: ['case_id'],
    ref: true,
  })
  outcomeCase!: Ref<OutcomeCase>;

  @Field(() => ID)
  @Property({ type: 'uuid', fieldName: 'case_id', persist: false })
  caseId!: string;

  @Field(() => Int)
  @Property({ type: 'integer' })
  position!: number;

  @Field(() => String)
  @Property({ type: 'text' })
  description!: string;

  @Field(() => String, { description: '整改期限' })
  @Property({ type: 'date' })
  deadline!: string;

  @Field(() => String, { nullable: true, description: '完成日期' })
  @Property({ type: 'date', nullable: true })
  doneOn?: string | null;

  @Field(() => String, { nullable: true, description: '完成情况' })
  @Property({ type: 'text', nullable: true })
  doneNote?: string | null;
}
