import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import type { Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { BranchOwned } from '../../../tenancy/branch-owned.js';
import { PartyGroup } from '../branches/party-group.entity.js';

export enum MemberStatus {
  /** 正式党员 */
  FULL = 'full',
  /** 预备党员 */
  PROBATIONARY = 'probationary',
}
registerEnumType(MemberStatus, { name: 'MemberStatus', description: '正式党员 / 预备党员' });

export enum MemberGender {
  /** 男 */
  MALE = 'male',
  /** 女 */
  FEMALE = 'female',
}
registerEnumType(MemberGender, { name: 'MemberGender', description: '性别: 男 / 女' });

/**
 * 党员: a person assessed. `branch` is the branch the member belongs to now; the month-by-month
 * history lives in Membership. Only the roster fields the assessment needs are kept.
 */
@ObjectType('Member', { description: '党员', simpleResolvers: true })
@Entity({ tableName: 'member' })
// A branch's roster is read by branch: without this every roster scanned the bureau's members.
@Index({ properties: ['bureauId', 'branchId'] })
export class Member extends BranchOwned {
  /**
   * Compared in pinyin order (ICU's Chinese collation), so that every list ordered by name (the
   * roster, the monthly sheet, the review, exports) reads 曹, 程, 史, 严, 于 as a person expects,
   * not in the order of the characters' codes.
   */
  @Field(() => String)
  @Property({ type: 'text', collation: 'zh-x-icu' })
  name!: string;

  @Field(() => MemberStatus)
  @Enum({ items: () => MemberStatus, nativeEnumName: 'member_status' })
  status: MemberStatus = MemberStatus.FULL;

  /** 入党日期 */
  @Field(() => String, { nullable: true })
  @Property({ type: 'date', nullable: true })
  joinedOn?: string | null;

  /** 转正日期 */
  @Field(() => String, { nullable: true })
  @Property({ type: 'date', nullable: true })
  fullMemberOn?: string | null;

  /** 性别 */
  @Field(() => MemberGender, { nullable: true })
  @Enum({ items: () => MemberGender, nativeEnumName: 'member_gender', nullable: true })
  gender?: MemberGender | null;

  /** 出生日期 */
  @Field(() => String, { nullable: true })
  @Property({ type: 'date', nullable: true })
  birthDate?: string | null;

  /** 联系电话: personal data, resolved only for those who may edit the roster (member.resolver). */
  @Property({ type: 'text', nullable: true })
  phone?: string | null;

  /** 职务 or post, as the roster shows it. */
  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  position?: string | null;

  @ManyToOne(() => PartyGroup, {
    fieldNames: ['bureau_id', 'group_id'],
    ownColumns: ['group_id'],
    ref: true,
    nullable: true,
  })
  group?: Ref<PartyGroup> | null;

  @Field(() => ID, { nullable: true })
  @Property({ type: 'uuid', fieldName: 'group_id', persist: false, nullable: true })
  groupId?: string | null;

  /** False once the member has left the bureau (转出 outside it); records stay. */
  @Field(() => Boolean)
  @Property({ type: 'boolean', default: true })
  active: boolean = true;
}
