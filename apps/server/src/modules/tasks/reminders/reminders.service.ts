import { randomUUID } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Actor } from '../../../auth/actor.js';
import { scopedEntityManager } from '../../../tenancy/scoped-entity-manager.js';
import { clock } from '../../calendar/clock.js';
import { Bureau } from '../../org/bureau.entity.js';
import { RoleAssignment } from '../../org/users/role-assignment.entity.js';
import { UserAccount } from '../../org/users/user-account.entity.js';
import { Notification } from './notification.entity.js';
import { TaskSetting } from '../deadlines/task-setting.entity.js';
import { TASK_KIND_LABELS } from '../task.types.js';
import { assembleTasks, branchNamesOf, collectTasks, ruleContext } from '../tasks.service.js';
import { postToWebhook, type WebhookMessage } from './webhook.js';

export type ReminderRun = { created: number; delivered: number; failed: number };

/** A reminder's identity: the same item with the same due date is sent once. */
export const reminderKey = (
  kind: string,
  branchId: string | null,
  ref: string,
  dueOn: string | null,
) => `${kind}:${branchId ?? '-'}:${ref}:${dueOn ?? '-'}`;

/**
 * One sweep of a bureau: every person's to-do items (the rules of the task list, run once over
 * every branch) become in-app reminders, each once per item and due date; then, when the bureau
 * has turned the webhook on, reminders not yet delivered are posted to it. The posting happens
 * outside the transaction, so a slow receiver never holds the database.
 */
export async function sendReminders(
  orm: MikroORM,
  bureauId: string,
  post: (url: string, message: WebhookMessage) => Promise<boolean> = postToWebhook,
): Promise<ReminderRun> {
  const em = scopedEntityManager(orm, { bureauId, branchIds: 'all' });
  const created = await em.transactional(async (tx) => {
    const ctx = await ruleContext(tx, 'all');
    const names = await branchNamesOf(tx);
    const collected = await collectTasks(ctx, (rule) =>
      rule.scope === 'branch' ? [...names.keys()] : [],
    );
    const [users, grants] = await Promise.all([
      tx.find(UserAccount, { disabled: false }),
      tx.find(RoleAssignment, {}),
    ]);
    const rows: unknown[][] = [];
    for (const user of users) {
      const actor: Actor = {
        userId: user.id,
        bureauId,
        sessionId: 'reminders',
        displayName: user.displayName,
        memberId: user.memberId ?? null,
        mustChangePassword: user.mustChangePassword,
        roles: grants
          .filter((g) => g.userId === user.id)
          .map((g) => ({ role: g.role, branchId: g.branchId ?? null })),
      };
      const remindable = collected.filter(({ rule }) => rule.remind !== false);
      for (const task of assembleTasks(actor, remindable, ctx.today, names).tasks) {
        for (const item of task.items) {
          rows.push([
            randomUUID(),
            bureauId,
            user.id,
            reminderKey(task.kind, task.branchId, item.ref, item.dueOn),
            task.kind,
            task.branchId,
            `${TASK_KIND_LABELS[task.kind].zh}：${item.labelZh}`,
            `${TASK_KIND_LABELS[task.kind].en}: ${item.labelEn}`,
            item.dueOn,
            item.overdue,
            item.link,
          ]);
        }
      }
    }
    let inserted = 0;
    for (let i = 0; i < rows.length; i += 500) {
      const slice = rows.slice(i, i + 500);
      // Plain SQL: "insert what is new" in one statement; the unique key makes it idempotent.
      const res = await tx.execute<{ id: string }[]>(
        `insert into notification (id, bureau_id, user_id, key, kind, about_branch_id, label_zh,
           label_en, due_on, overdue, link, created_at)
         values ${slice.map(() => '(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, now())').join(', ')}
         on conflict (bureau_id, user_id, key) do nothing
         returning id`,
        slice.flat(),
      );
      inserted += res.length;
    }
    return inserted;
  });
  const { delivered, failed } = await deliverToWebhook(orm, bureauId, post);
  return { created, delivered, failed };
}

/** Posts each undelivered reminder made since the webhook was turned on; marks those delivered. */
async function deliverToWebhook(
  orm: MikroORM,
  bureauId: string,
  post: (url: string, message: WebhookMessage) => Promise<boolean>,
): Promise<{ delivered: number; failed: number }> {
  const em = scopedEntityManager(orm, { bureauId, branchIds: 'all' });
  const setting = await em.findOne(TaskSetting, {});
  if (!setting?.webhookEnabled || !setting.webhookUrl) return { delivered: 0, failed: 0 };
  const [bureau, pending] = await Promise.all([
    em.findOneOrFail(Bureau, { id: bureauId }),
    em.find(
      Notification,
      { webhookSentAt: null, createdAt: { $gte: setting.webhookSince ?? new Date(0) } },
      { populate: ['user'], orderBy: { createdAt: 'asc' }, limit: 500 },
    ),
  ]);
  let delivered = 0;
  let failed = 0;
  for (const n of pending) {
    const user = n.user.getEntity();
    const ok = await post(setting.webhookUrl, {
      bureau: { id: bureau.id, name: bureau.name },
      recipient: { userId: user.id, loginName: user.loginName, displayName: user.displayName },
      kind: n.kind,
      title: { zh: n.labelZh, en: n.labelEn },
      branchId: n.aboutBranchId ?? null,
      dueOn: n.dueOn ?? null,
      overdue: n.overdue,
      link: n.link,
      sentAt: clock().now().toISOString(),
    });
    if (!ok) {
      failed++;
      continue;
    }
    n.webhookSentAt = clock().now();
    delivered++;
  }
  await em.flush();
  return { delivered, failed };
}
