import { Entity, Index, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import type { Opt, Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { EvidenceFile } from '../evidence/evidence-file.entity.js';
import { Member } from '../org/members/member.entity.js';
import { LedgerRecord } from './ledger-record.js';

/**
 * Breaches recorded against a member in a month and item (政治建设 conduct items, 违纪违规 扣分),
 * with the branch committee's decision that they stand. `count` 0 means the cell was cleared.
 */
@ObjectType('Violation', {
  description: '违纪违规及违反日常表现记录 (附支委会决定)',
  simpleResolvers: true,
})
@Entity({ tableName: 'violation' })
@Unique({ properties: ['bureauId', 'memberId', 'month', 'itemCode'] })
// A branch's month (its sheet, the save, the Excel form) is read by branch, not member by member.
@Index({ properties: ['bureauId', 'branchId', 'month'] })
export class Violation extends LedgerRecord {
  @ManyToOne(() => Member, { fieldNames: ['bureau_id', 'member_id'], ref: true })
  member!: Ref<Member>;

  @Field(() => ID)
  @Property({ type: 'uuid', fieldName: 'member_id', persist: false })
  memberId!: string;

  @Field(() => String)
  @Property({ type: 'string', columnType: 'char(7)' })
  month!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  itemCode!: string;

  @Field(() => Int)
  @Property({ type: 'integer', default: 0 })
  count: number & Opt = 0;

  @Field(() => String, { nullable: true, description: '情况说明' })
  @Property({ type: 'text', nullable: true })
  note?: string | null;

  @Field(() => String, { nullable: true, description: '支部委员会决定' })
  @Property({ type: 'text', nullable: true })
  decision?: string | null;

  @Field(() => String, { nullable: true, description: '决定日期' })
  @Property({ type: 'date', nullable: true })
  decidedOn?: string | null;

  @ManyToOne(() => EvidenceFile, {
    fieldNames: ['bureau_id', 'evidence_id'],
    ref: true,
    nullable: true,
    // Evidence is never deleted while a record rests on it (and a composite key cannot be nulled).
    deleteRule: 'restrict',
  })
  evidence?: Ref<EvidenceFile> | null;

  @Field(() => ID, { nullable: true })
  @Property({ type: 'uuid', fieldName: 'evidence_id', persist: false, nullable: true })
  evidenceId?: string | null;
}
