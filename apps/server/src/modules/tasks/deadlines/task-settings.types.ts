import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { Notification } from '../reminders/notification.entity.js';
import { DeadlineKey } from './task-deadlines.js';

@ObjectType('DeadlineSetting', {
  description: '一个环节的办理期限 (工作日)',
  simpleResolvers: true,
})
export class DeadlineSettingType {
  @Field(() => DeadlineKey)
  key!: DeadlineKey;

  @Field(() => Int)
  days!: number;

  @Field(() => Int)
  defaultDays!: number;

  @Field(() => String)
  labelZh!: string;

  @Field(() => String)
  labelEn!: string;
}

@ObjectType('TaskSettings', {
  description: '待办期限与提醒推送设置 (机关党委)',
  simpleResolvers: true,
})
export class TaskSettingsType {
  @Field(() => [DeadlineSettingType])
  deadlines!: DeadlineSettingType[];

  @Field(() => Boolean, { description: '是否向外部消息系统推送提醒' })
  webhookEnabled!: boolean;

  @Field(() => String, { nullable: true })
  webhookUrl!: string | null;
}

@InputType('DeadlineInput')
export class DeadlineInput {
  @Field(() => DeadlineKey)
  key!: DeadlineKey;

  @Field(() => Int)
  days!: number;
}

@InputType('TaskSettingsInput')
export class TaskSettingsInput {
  @Field(() => [DeadlineInput], { nullable: true })
  deadlines?: DeadlineInput[] | null;

  @Field(() => Boolean, { nullable: true })
  webhookEnabled?: boolean | null;

  @Field(() => String, { nullable: true, description: '推送地址 (http/https); 空字符串为清除' })
  webhookUrl?: string | null;
}

@ObjectType('NotificationList', { description: '我的提醒', simpleResolvers: true })
export class NotificationListType {
  @Field(() => Int, { description: '未读数' })
  unread!: number;

  @Field(() => [Notification], { description: '最近的提醒, 新的在前' })
  items!: Notification[];
}

@ObjectType('ReminderRun', { description: '一次提醒发送的结果', simpleResolvers: true })
export class ReminderRunType {
  @Field(() => Int)
  created!: number;

  @Field(() => Int)
  delivered!: number;

  @Field(() => Int)
  failed!: number;
}
