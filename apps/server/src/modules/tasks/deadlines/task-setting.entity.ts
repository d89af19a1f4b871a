import { Entity, Property, Unique } from '@mikro-orm/decorators/legacy';
import type { Opt } from '@mikro-orm/core';
import { BureauOwned } from '../../../tenancy/bureau-owned.js';

/**
 * A bureau's settings for to-do items and reminders: the working days each step may take (over
 * the defaults in task-deadlines.ts) and the optional outbound webhook, off until a committee
 * administrator turns it on. One row per bureau; no row means the defaults and no webhook.
 */
@Entity({ tableName: 'task_setting' })
@Unique({ properties: ['bureauId'] })
export class TaskSetting extends BureauOwned {
  /** Only the keys the bureau changed; see `mergeDeadlines`. */
  @Property({ type: 'jsonb', default: '{}' })
  deadlines: Record<string, number> & Opt = {};

  @Property({ type: 'text', nullable: true })
  webhookUrl?: string | null;

  @Property({ type: 'boolean', default: false })
  webhookEnabled: boolean & Opt = false;

  /** When the webhook was last turned on: reminders made before it are not posted. */
  @Property({ type: 'datetime', nullable: true })
  webhookSince?: Date | null;

  @Property({ type: 'datetime', onCreate: () => new Date(), onUpdate: () => new Date() })
  updatedAt: Date & Opt = new Date();
}
