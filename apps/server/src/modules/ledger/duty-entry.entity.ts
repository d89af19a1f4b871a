import { Entity, Index, Enum, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import type { Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Member } from '../org/members/member.entity.js';
import { LedgerRecord } from './ledger-record.js';

/** The scoring package's duty statuses, spelled as it spells them. */
export enum DutyStatus {
  ON_TIME = 'onTime',
  LATE = 'late',
  MISSING = 'missing',
}
registerEnumType(DutyStatus, { name: 'DutyStatus', description: '按时缴纳 / 延期缴纳 / 未缴纳' });

/**
 * A monthly duty of a member (党费缴纳): paid on time, late, or not paid. `status` null means the
 * cell was cleared (the rule then counts the month as not paid).
 */
@ObjectType('DutyEntry', { description: '月度义务记录 (党费缴纳)', simpleResolvers: true })
@Entity({ tableName: 'duty_entry' })
@Unique({ properties: ['bureauId', 'memberId', 'month', 'itemCode'] })
// A branch's month (its sheet, the save, the Excel form) is read by branch, not member by member.
@Index({ properties: ['bureauId', 'branchId', 'month'] })
export class DutyEntry extends LedgerRecord {
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

  @Field(() => DutyStatus, { nullable: true })
  @Enum({ items: () => DutyStatus, nativeEnumName: 'duty_status', nullable: true })
  status?: DutyStatus | null;

  @Field(() => String, { nullable: true, description: '缴纳日期' })
  @Property({ type: 'date', nullable: true })
  paidOn?: string | null;
}
