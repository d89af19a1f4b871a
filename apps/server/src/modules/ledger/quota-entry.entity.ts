import { Entity, Index, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import type { Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { Member } from '../org/members/member.entity.js';
import { LedgerRecord } from './ledger-record.js';

/**
 * A measured monthly value of a member (学习强国 login days, 每日一题 points). One row per member,
 * month and item; `value` null means the cell was cleared (no record: the rule counts 0).
 */
@ObjectType('QuotaEntry', {
  description: '月度定额记录 (学习强国登录天数、每日一题得分)',
  simpleResolvers: true,
})
@Entity({ tableName: 'quota_entry' })
@Unique({ properties: ['bureauId', 'memberId', 'month', 'itemCode'] })
// A branch's month (its sheet, the save, the Excel form) is read by branch, not member by member.
@Index({ properties: ['bureauId', 'branchId', 'month'] })
export class QuotaEntry extends LedgerRecord {
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

  @Field(() => String, { nullable: true, description: 'decimal text' })
  @Property({ type: 'decimal', precision: 10, scale: 2, nullable: true })
  value?: string | null;
}
