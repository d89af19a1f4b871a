import { Entity, Enum, Index, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import type { Opt, Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { BranchOwned } from '../../tenancy/branch-owned.js';
import { RecordedItem } from './draw/recorded-item.js';
import { SpotCheckItemKind } from './spot-check-kind.js';
import { FindingState } from './spot-check-machine.js';
import { SpotCheck } from './spot-check.entity.js';

/**
 * One sampled record of a spot check and its finding: confirmed, or a discrepancy the branch
 * answers (with an explanation, or a correction through the correction flow) and the committee
 * closes. Owned by the record's branch, so a branch sees only the findings about itself.
 */
@ObjectType('SpotCheckItem', { description: '抽查项及核查结果', simpleResolvers: true })
@Entity({ tableName: 'spot_check_item' })
@Unique({ properties: ['bureauId', 'spotCheckId', 'kind', 'recordId'] })
@Index({ properties: ['bureauId', 'branchId', 'state'] })
export class SpotCheckItem extends BranchOwned {
  @ManyToOne(() => SpotCheck, {
    fieldNames: ['bureau_id', 'spot_check_id'],
    ownColumns: ['spot_check_id'],
    ref: true,
  })
  spotCheck!: Ref<SpotCheck>;

  @Field(() => ID)
  @Property({ type: 'uuid', fieldName: 'spot_check_id', persist: false })
  spotCheckId!: string;

  @Field(() => Int, { description: '在样本中的序号' })
  @Property({ type: 'integer' })
  position!: number;

  @Field(() => SpotCheckItemKind)
  @Enum({ items: () => SpotCheckItemKind, nativeEnumName: 'spot_check_item_kind' })
  kind!: SpotCheckItemKind;

  /** The sampled row (its table named by `kind`); no foreign key: the check outlives a deletion. */
  @Field(() => ID)
  @Property({ type: 'uuid' })
  recordId!: string;

  @Field(() => ID, { nullable: true })
  @Property({ type: 'uuid', nullable: true })
  memberId?: string | null;

  @Field(() => String)
  @Property({ type: 'string', columnType: 'char(7)' })
  month!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  itemCode!: string;

  @Field(() => RecordedItem)
  @Property({ type: 'jsonb' })
  recorded!: RecordedItem;

  @Field(() => FindingState)
  @Enum({ items: () => FindingState, nativeEnumName: 'finding_state' })
  state: FindingState & Opt = FindingState.PENDING;

  @Field(() => String, { nullable: true, description: '核查发现的问题' })
  @Property({ type: 'text', nullable: true })
  findingNote?: string | null;

  @Field(() => ID, { nullable: true })
  @Property({ type: 'uuid', nullable: true })
  checkedById?: string | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  checkedAt?: Date | null;

  @Field(() => String, { nullable: true, description: '支部的答复' })
  @Property({ type: 'text', nullable: true })
  answer?: string | null;

  @Field(() => ID, { nullable: true, description: '答复所附的更正' })
  @Property({ type: 'uuid', nullable: true })
  correctionId?: string | null;

  @Field(() => ID, { nullable: true })
  @Property({ type: 'uuid', nullable: true })
  answeredById?: string | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  answeredAt?: Date | null;

  @Field(() => String, { nullable: true, description: '关闭意见' })
  @Property({ type: 'text', nullable: true })
  closingNote?: string | null;

  @Field(() => ID, { nullable: true })
  @Property({ type: 'uuid', nullable: true })
  closedById?: string | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  closedAt?: Date | null;
}
