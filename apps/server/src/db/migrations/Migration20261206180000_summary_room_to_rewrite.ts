import { Migration } from '@mikro-orm/migrations';

/**
 * Summary pages are filled to half, so that rewriting a summary whose total, month and branch
 * are unchanged (a republished scheme, a correction that leaves most members' totals as they
 * were) puts the new version on the same page and adds no entry to any of the table's four
 * indexes (a heap-only update). Full pages sent every such rewrite to another page, with an
 * entry in each index: republishing for 10,000 members then cost PostgreSQL about half as much
 * time again. The setting applies to pages written from now on; going back restores full pages.
 */
export class Migration20261206180000_summary_room_to_rewrite extends Migration {
  override name = 'Migration20261206180000_summary_room_to_rewrite';

  override up(): void | Promise<void> {
    this.addSql(`alter table "score_summary" set (fillfactor = 50);`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "score_summary" reset (fillfactor);`);
  }
}
