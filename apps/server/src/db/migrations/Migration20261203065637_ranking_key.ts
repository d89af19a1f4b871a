import { Migration } from '@mikro-orm/migrations';

/**
 * The ranking orders and seeks by `total_sort_key` (`total_sort` in millionths, a bigint kept by
 * PostgreSQL). Under row-level security a condition may run before the policy's only if its
 * operators are leakproof: `numeric`'s are not, so `(total_sort, member_id) < cursor` was applied
 * as a filter after the walls, row by row from the top; `int8lt` and `uuid_lt` are, so the
 * keyset becomes an index condition. The index expression is not diffed by the generator.
 */
export class Migration20261203065637_ranking_key extends Migration {

  override name = 'Migration20261203065637_ranking_key';

  override up(): void | Promise<void> {
    this.addSql(`alter table "score_summary" add "total_sort_key" bigint generated always as (((total_sort * 1000000))::bigint) stored not null;`);
    this.addSql(`drop index if exists "score_summary_ranking_index";`);
    this.addSql(`create index "score_summary_ranking_index" on "score_summary" ("bureau_id", "year", "period", "total_sort_key", "member_id");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index if exists "score_summary_ranking_index";`);
    this.addSql(`create index "score_summary_ranking_index" on "score_summary" ("bureau_id", "year", "period", "total_sort", "member_id");`);
    this.addSql(`alter table "score_summary" drop column "total_sort_key";`);
  }

}
