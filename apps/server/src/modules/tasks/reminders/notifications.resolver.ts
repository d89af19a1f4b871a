import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { requireRole } from '../../../auth/permissions.js';
import { Role } from '../../../auth/roles.js';
import type { AppContext } from '../../../graphql/context.js';
import { authed } from '../../../graphql/context.js';
import { BadInputError } from '../../../graphql/errors.js';
import { Notification } from './notification.entity.js';
import { sendReminders } from './reminders.service.js';
import { setTaskSettings, taskSettings } from '../deadlines/task-settings.service.js';
import {
  NotificationListType,
  ReminderRunType,
  TaskSettingsInput,
  TaskSettingsType,
} from '../deadlines/task-settings.types.js';

const MAX_NOTIFICATIONS = 100;

@Resolver()
export class NotificationsResolver {
  @Authorized()
  @Query(() => NotificationListType, { description: '我的提醒 (未读数与最近的提醒)' })
  async myNotifications(
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
    @Ctx() ctx: AppContext,
  ): Promise<NotificationListType> {
    if (first < 1 || first > MAX_NOTIFICATIONS) {
      throw new BadInputError(
        `一次最多取 ${MAX_NOTIFICATIONS} 条`,
        `At most ${MAX_NOTIFICATIONS} at a time`,
        'first',
      );
    }
    const { em, actor } = authed(ctx);
    const mine = { userId: actor.userId };
    const [unread, items] = await Promise.all([
      em.count(Notification, { ...mine, readAt: null }),
      em.find(Notification, mine, { orderBy: { createdAt: 'desc', id: 'desc' }, limit: first }),
    ]);
    return { unread, items };
  }

  @Authorized()
  @Mutation(() => Int, { description: '标记提醒为已读 (不指定则全部); 返回标记的条数' })
  async markNotificationsRead(
    @Arg('ids', () => [ID], { nullable: true }) ids: string[] | null,
    @Ctx() ctx: AppContext,
  ): Promise<number> {
    const { em, actor } = authed(ctx);
    // Only the caller's own: another person's id is simply not among them.
    return em.transactional((tx) =>
      tx.nativeUpdate(
        Notification,
        { userId: actor.userId, readAt: null, ...(ids ? { id: { $in: ids } } : {}) },
        { readAt: new Date() },
      ),
    );
  }

  @Authorized()
  @Query(() => TaskSettingsType, { description: '待办期限与提醒推送设置 (机关党委)' })
  taskSettings(@Ctx() ctx: AppContext): Promise<TaskSettingsType> {
    const { em, actor } = authed(ctx);
    return taskSettings(em, actor);
  }

  @Authorized()
  @Mutation(() => TaskSettingsType, { description: '设置待办期限与提醒推送 (机关党委)' })
  setTaskSettings(
    @Arg('input', () => TaskSettingsInput) input: TaskSettingsInput,
    @Ctx() ctx: AppContext,
  ): Promise<TaskSettingsType> {
    const { em, actor } = authed(ctx);
    return setTaskSettings(em, actor, input);
  }

  @Authorized()
  @Mutation(() => ReminderRunType, {
    description: '立即发送本局的到期提醒 (机关党委; 平时由服务定时发送)',
  })
  sendRemindersNow(@Ctx() ctx: AppContext): Promise<ReminderRunType> {
    const { actor } = authed(ctx);
    requireRole(actor, [Role.COMMITTEE_ADMIN], null);
    return sendReminders(ctx.orm, actor.bureauId);
  }
}
