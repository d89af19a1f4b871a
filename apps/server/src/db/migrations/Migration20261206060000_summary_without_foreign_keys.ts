import { Migration } from '@mikro-orm/migrations';

/**
 * Score summaries are a cache of the scoring package's results, rewritten whole when a scheme is
 * published: their two foreign keys (member, branch) were checked row by row, a third of
 * inserting them (10,000 rows: 270–300 against 165–225 ms). Their member is held instead by the
 * upsert itself, which locks the members it writes and skips one deleted meanwhile, and a member
 * deleted by mistake takes their summaries along (summary-writes.ts, member.service.ts).
 */
export class Migration20261206060000_summary_without_foreign_keys extends Migration {
  override name = 'Migration20261206060000_summary_without_foreign_keys';

  override up(): void | Promise<void> {
    this.addSql(
      `alter table "score_summary" drop constraint if exists "score_summary_bureau_id_branch_id_foreign";`,
    );
    this.addSql(
      `alter table "score_summary" drop constraint if exists "score_summary_bureau_id_member_id_foreign";`,
    );
    // Summaries of members deleted before: none can exist while the keys held, but a copy
    // restored without them could hold some.
    this.addSql(`delete from "score_summary" s where not exists
      (select 1 from "member" m where m.bureau_id = s.bureau_id and m.id = s.member_id);`);
  }

  override down(): void | Promise<void> {
    this.addSql(`delete from "score_summary" s where not exists
      (select 1 from "member" m where m.bureau_id = s.bureau_id and m.id = s.member_id)
      or not exists (select 1 from "branch" b where b.bureau_id = s.bureau_id and b.id = s.branch_id);`);
    this.addSql(
      `alter table "score_summary" add constraint "score_summary_bureau_id_branch_id_foreign" foreign key ("bureau_id", "branch_id") references "branch" ("bureau_id", "id") on update cascade;`,
    );
    this.addSql(
      `alter table "score_summary" add constraint "score_summary_bureau_id_member_id_foreign" foreign key ("bureau_id", "member_id") references "member" ("bureau_id", "id") on update cascade;`,
    );
  }
}
