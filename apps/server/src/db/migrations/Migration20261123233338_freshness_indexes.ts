import { Migration } from '@mikro-orm/migrations';

export class Migration20261123233338_freshness_indexes extends Migration {
  override name = 'Migration20261123233338_freshness_indexes';

  override up(): void | Promise<void> {
    this.addSql(
      `create index "membership_bureau_id_member_id_from_month_to_month_index" on "membership" ("bureau_id", "member_id", "from_month", "to_month");`,
    );

    this.addSql(
      `create index "score_summary_bureau_id_year_period_as_of_index" on "score_summary" ("bureau_id", "year", "period", "as_of");`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "membership_bureau_id_member_id_from_month_to_month_index";`);

    this.addSql(`drop index "score_summary_bureau_id_year_period_as_of_index";`);
  }
}
