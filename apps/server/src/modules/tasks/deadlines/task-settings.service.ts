import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../../auth/actor.js';
import { requireRole } from '../../../auth/permissions.js';
import { Role } from '../../../auth/roles.js';
import { BadInputError } from '../../../graphql/errors.js';
import { recordAudit } from '../../audit/audit.service.js';
import { DEADLINE_DEFS, DeadlineKey, MAX_DEADLINE_DAYS, mergeDeadlines } from './task-deadlines.js';
import { TaskSetting } from './task-setting.entity.js';
import { isWebhookUrl } from '../reminders/webhook.js';

export type TaskSettingsView = {
  deadlines: {
    key: DeadlineKey;
    days: number;
    defaultDays: number;
    labelZh: string;
    labelEn: string;
  }[];
  webhookEnabled: boolean;
  webhookUrl: string | null;
};

export type TaskSettingsInput = {
  deadlines?: { key: DeadlineKey; days: number }[] | null;
  webhookEnabled?: boolean | null;
  webhookUrl?: string | null;
};

function view(setting: TaskSetting | null): TaskSettingsView {
  const merged = mergeDeadlines(setting?.deadlines);
  return {
    deadlines: Object.values(DeadlineKey).map((key) => ({
      key,
      days: merged[key],
      defaultDays: DEADLINE_DEFS[key].days,
      labelZh: DEADLINE_DEFS[key].zh,
      labelEn: DEADLINE_DEFS[key].en,
    })),
    webhookEnabled: setting?.webhookEnabled ?? false,
    webhookUrl: setting?.webhookUrl ?? null,
  };
}

/** The bureau's deadlines and webhook, for the committee (the webhook's address is its alone). */
export async function taskSettings(em: EntityManager, actor: Actor): Promise<TaskSettingsView> {
  requireRole(actor, [Role.COMMITTEE_ADMIN], null);
  return view(await em.findOne(TaskSetting, {}));
}

/** Changes deadlines and the webhook; everything is checked before anything is written. */
export async function setTaskSettings(
  em: EntityManager,
  actor: Actor,
  input: TaskSettingsInput,
): Promise<TaskSettingsView> {
  const grant = requireRole(actor, [Role.COMMITTEE_ADMIN], null);
  (input.deadlines ?? []).forEach(({ days }, i) => {
    if (!Number.isInteger(days) || days < 1 || days > MAX_DEADLINE_DAYS) {
      throw new BadInputError(
        `期限应为 1 至 ${MAX_DEADLINE_DAYS} 个工作日`,
        `A deadline is 1 to ${MAX_DEADLINE_DAYS} working days`,
        `input.deadlines.${i}.days`,
      );
    }
  });
  const url = input.webhookUrl === undefined ? undefined : input.webhookUrl?.trim() || null;
  if (url && !isWebhookUrl(url)) {
    throw new BadInputError(
      '推送地址应为 http:// 或 https:// 开头的网址',
      'The webhook address must be an http:// or https:// URL',
      'input.webhookUrl',
    );
  }
  return em.transactional(async (tx) => {
    const existing = await tx.findOne(TaskSetting, {});
    const setting = existing ?? tx.create(TaskSetting, { bureauId: actor.bureauId });
    const before = existing ? view(existing) : null;
    const deadlines = { ...setting.deadlines };
    for (const { key, days } of input.deadlines ?? []) deadlines[key] = days;
    setting.deadlines = deadlines;
    if (url !== undefined) setting.webhookUrl = url;
    if (input.webhookEnabled != null) {
      if (input.webhookEnabled && !setting.webhookEnabled) setting.webhookSince = new Date();
      setting.webhookEnabled = input.webhookEnabled;
    }
    if (setting.webhookEnabled && !setting.webhookUrl) {
      throw new BadInputError(
        '开启推送前请填写推送地址',
        'Give the webhook address before turning it on',
        'input.webhookUrl',
      );
    }
    await tx.flush();
    const after = view(setting);
    await recordAudit(
      tx,
      actor.bureauId,
      { userId: actor.userId, role: grant.role },
      {
        operation: 'tasks.settings.set',
        entityName: 'TaskSetting',
        entityId: setting.id,
        branchId: null,
        before,
        after,
      },
    );
    return after;
  });
}
