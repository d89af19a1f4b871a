import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import type { Opt } from '@mikro-orm/core';

/**
 * One failed log-in, kept 15 minutes for the lockout policy (login-throttle.ts). Global, like the
 * log-in index: a failure may name no account at all, and every server process must count the
 * same failures, so they live here rather than in one process's memory.
 */
@Entity({ tableName: 'login_failure' })
@Index({ properties: ['address', 'failedAt'] })
@Index({ properties: ['userId', 'address', 'failedAt'] })
// Pruning the expired ones is one range scan, however many addresses a flood brought.
@Index({ properties: ['failedAt'] })
export class LoginFailure {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @Property({ type: 'text' })
  address!: string;

  /** Null when the log-in name matched no account. */
  @Property({ type: 'uuid', nullable: true })
  userId?: string | null;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  failedAt!: Date & Opt;
}
