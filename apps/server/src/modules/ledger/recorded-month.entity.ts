import { Entity, Property, Unique } from '@mikro-orm/decorators/legacy';
import type { Opt } from '@mikro-orm/core';
import { clock } from '../calendar/clock.js';
import { BranchOwned } from '../../tenancy/branch-owned.js';

/**
 * A month of a branch's ledger marked 已录入 (recorded): everything of the month is entered, so
 * scores of a year in progress count it. Marked by the branch's recorders in month order, unmarked
 * while its quarter is still open; signing a quarter marks its months too (period-closure.ts), so
 * a correction reopening a signed month does not make it unrecorded.
 */
@Entity({ tableName: 'recorded_month' })
@Unique({ properties: ['bureauId', 'branchId', 'month'] })
export class RecordedMonth extends BranchOwned {
  @Property({ type: 'string', columnType: 'char(7)' })
  month!: string;

  /** The user who marked it; null when signing the quarter marked it. */
  @Property({ type: 'uuid', nullable: true })
  recordedById?: string | null;

  @Property({ type: 'datetime', onCreate: () => clock().now() })
  recordedAt: Date & Opt = clock().now();
}
