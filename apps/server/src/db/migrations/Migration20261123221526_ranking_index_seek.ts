import { Migration } from '@mikro-orm/migrations';

/**
 * The ranking's index in one direction, so `(total_sort, member_id) < cursor` ordered by both
 * descending seeks into it (the index expression is not diffed by the generator: written by hand).
 */
export class Migration20261123221526_ranking_index_seek extends Migration {

  override name = 'Migration20261123221526_ranking_index_seek';

  override up(): void | Promise<void> {
    this.addSql(`drop index if exists "score_summary_ranking_index";`);
    this.addSql(`create index "score_summary_ranking_index" on "score_summary" ("bureau_id", "year", "period", "total_sort", "member_id");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index if exists "score_summary_ranking_index";`);
    this.addSql(`create index "score_summary_ranking_index" on "score_summary" ("bureau_id", "year", "period", "total_sort" desc, "member_id");`);
  }

}
