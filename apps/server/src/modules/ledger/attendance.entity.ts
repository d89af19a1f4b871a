import { Entity, Index, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import type { Opt, Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { Member } from '../org/members/member.entity.js';
import { BranchSession } from './branch-session.entity.js';
import { LedgerRecord } from './ledger-record.js';

/**
 * A member's line on a session's sign-in sheet. Un-ticking keeps the row (`present` false) so
 * its version keeps counting and a stale editor is caught rather than recreating the cell.
 */
@ObjectType('Attendance', { description: '签到记录', simpleResolvers: true })
@Entity({ tableName: 'attendance' })
@Unique({ properties: ['bureauId', 'sessionId', 'memberId'] })
@Index({
  // A member's year of sign-ins read from the index alone (scoring reads only these columns): a
  // member's rows are spread over the table, written session by session, and a bureau's refresh
  // visited a heap page for nearly every one of its 800,000 sign-ins.
  name: 'attendance_bureau_id_member_id_month_index',
  expression:
    'create index "attendance_bureau_id_member_id_month_index" on "attendance" ("bureau_id", "member_id", "month") include ("id", "session_id", "branch_id", "present")',
})
// A branch's month (its sheet, the save, the Excel form) is read by branch, not member by member.
@Index({ properties: ['bureauId', 'branchId', 'month'] })
export class Attendance extends LedgerRecord {
  @ManyToOne(() => BranchSession, { fieldNames: ['bureau_id', 'session_id'], ref: true })
  session!: Ref<BranchSession>;

  @Field(() => ID)
  @Property({ type: 'uuid', fieldName: 'session_id', persist: false })
  sessionId!: string;

  @ManyToOne(() => Member, { fieldNames: ['bureau_id', 'member_id'], ref: true })
  member!: Ref<Member>;

  @Field(() => ID)
  @Property({ type: 'uuid', fieldName: 'member_id', persist: false })
  memberId!: string;

  /** The session's month, copied so a member's year loads without joining sessions. */
  @Field(() => String)
  @Property({ type: 'string', columnType: 'char(7)' })
  month!: string;

  @Field(() => Boolean)
  @Property({ type: 'boolean', default: true })
  present: boolean & Opt = true;
}
