import { Entity, Enum, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import type { Opt, Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { BureauOwned } from '../../../tenancy/bureau-owned.js';
import { UserAccount } from '../../org/users/user-account.entity.js';
import { TaskKind } from '../task.types.js';

/**
 * An in-app reminder: one to-do item of one person, sent once per item and due date (`key`),
 * so a changed deadline reminds again and an unchanged one never twice. The webhook, when the
 * bureau turns it on, sends the same row once (`webhookSentAt`).
 */
@ObjectType('Notification', { description: '提醒 (待办事项到期提醒)', simpleResolvers: true })
@Entity({ tableName: 'notification' })
@Unique({ properties: ['bureauId', 'userId', 'key'] })
export class Notification extends BureauOwned {
  @ManyToOne(() => UserAccount, {
    fieldNames: ['bureau_id', 'user_id'],
    ownColumns: ['user_id'],
    ref: true,
  })
  user!: Ref<UserAccount>;

  @Property({ type: 'uuid', fieldName: 'user_id', persist: false })
  userId!: string;

  /** kind:branch:ref:dueOn — what makes a reminder the same one. */
  @Property({ type: 'text' })
  key!: string;

  @Field(() => TaskKind)
  @Enum({ items: () => TaskKind, nativeEnumName: 'task_kind' })
  kind!: TaskKind;

  /** The branch the item is in (none for the committee's bureau-wide items). */
  @Field(() => ID, { nullable: true })
  @Property({ type: 'uuid', nullable: true })
  aboutBranchId?: string | null;

  @Field(() => String)
  @Property({ type: 'text' })
  labelZh!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  labelEn!: string;

  @Field(() => String, { nullable: true, description: '截止日' })
  @Property({ type: 'date', nullable: true })
  dueOn?: string | null;

  @Field(() => Boolean, { description: '发送时已逾期' })
  @Property({ type: 'boolean', default: false })
  overdue: boolean & Opt = false;

  @Field(() => String)
  @Property({ type: 'text' })
  link!: string;

  @Field(() => Date)
  @Property({ type: 'datetime', onCreate: () => new Date() })
  createdAt: Date & Opt = new Date();

  @Field(() => Date, { nullable: true, description: '已读时间' })
  @Property({ type: 'datetime', nullable: true })
  readAt?: Date | null;

  @Property({ type: 'datetime', nullable: true })
  webhookSentAt?: Date | null;
}
