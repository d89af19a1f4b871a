import { Entity, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import type { Opt } from '@mikro-orm/core';
import type { Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { BureauOwned } from '../../../tenancy/bureau-owned.js';
import { Member } from '../members/member.entity.js';

/** A log-in. Linked to a member where the person is one; the hash never leaves the server. */
@ObjectType('UserAccount', { description: '用户账号', simpleResolvers: true })
@Entity({ tableName: 'user_account' })
// Unique per bureau (a distributed table's unique keys must hold bureau_id); login_name keeps names unique globally.
@Unique({ name: 'user_account_bureau_login_name_unique', properties: ['bureauId', 'loginName'] })
// One account per member.
@Unique({
  name: 'user_account_member_unique',
  expression:
    'create unique index "user_account_member_unique" on "user_account" ("bureau_id", "member_id")',
})
export class UserAccount extends BureauOwned {
  @Field(() => String)
  @Property({ type: 'text' })
  loginName!: string;

  @Property({ type: 'text', hidden: true })
  passwordHash!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  displayName!: string;

  @Field(() => Boolean)
  @Property({ type: 'boolean', default: false })
  disabled: boolean = false;

  @ManyToOne(() => Member, {
    fieldNames: ['bureau_id', 'member_id'],
    ownColumns: ['member_id'],
    ref: true,
    nullable: true,
  })
  member?: Ref<Member> | null;

  @Field(() => ID, { nullable: true })
  @Property({ type: 'uuid', fieldName: 'member_id', persist: false, nullable: true })
  memberId?: string | null;

  /** Consecutive failed log-ins; reset on success. Drives the per-account throttle. */
  @Property({ type: 'integer', default: 0 })
  failedLogins: number = 0;

  /** Set when the committee creates the account or resets its password; cleared by the user's own change. */
  @Field(() => Boolean, { description: '下次登录时须修改密码' })
  @Property({ type: 'boolean', default: false })
  mustChangePassword: boolean & Opt = false;

  @Field(() => Date, { nullable: true, description: '登录失败过多时锁定至' })
  @Property({ type: 'datetime', nullable: true })
  lockedUntil?: Date | null;

  @Property({ type: 'datetime', onCreate: () => new Date() })
  createdAt: Date & Opt = new Date();
}
