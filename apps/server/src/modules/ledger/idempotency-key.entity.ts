import { Entity, Property, Unique } from '@mikro-orm/decorators/legacy';
import type { Opt } from '@mikro-orm/core';
import { BureauOwned } from '../../tenancy/bureau-owned.js';

/**
 * A client-chosen key of a write that must apply once (a retried sheet save after a timeout).
 * Stored in the write's own transaction with its result, so a retry finds it and replays the
 * result; `requestHash` catches the same key reused for a different request.
 */
@Entity({ tableName: 'idempotency_key' })
@Unique({ properties: ['bureauId', 'key'] })
export class IdempotencyKey extends BureauOwned {
  @Property({ type: 'text' })
  key!: string;

  @Property({ type: 'text' })
  operation!: string;

  @Property({ type: 'string', columnType: 'char(64)' })
  requestHash!: string;

  @Property({ type: 'jsonb' })
  result!: unknown;

  @Property({ type: 'uuid' })
  userId!: string;

  @Property({ type: 'datetime', onCreate: () => new Date() })
  createdAt: Date & Opt = new Date();
}
