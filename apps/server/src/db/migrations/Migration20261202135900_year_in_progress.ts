import { Migration } from '@mikro-orm/migrations';

export class Migration20261202135900_year_in_progress extends Migration {

  override name = 'Migration20261202135900_year_in_progress';

  override up(): void | Promise<void> {
    this.addSql(`create table "recorded_month" ("bureau_id" uuid not null, "id" uuid not null, "branch_id" uuid not null, "month" char(7) not null, "recorded_by_id" uuid null, "recorded_at" timestamptz not null, primary key ("bureau_id", "id"));`);
    this.addSql(`alter table "recorded_month" add constraint "recorded_month_bureau_id_branch_id_month_unique" unique ("bureau_id", "branch_id", "month");`);

    this.addSql(`alter table "score_summary" add "provisional" boolean not null default false, add "projection" jsonb null, add "projection_band" text null;`);

    this.addSql(`alter table "recorded_month" add constraint "recorded_month_bureau_id_branch_id_foreign" foreign key ("bureau_id", "branch_id") references "branch" ("bureau_id", "id") on update cascade;`);

    // Months already closed by a signed quarter or an approved year are recorded.
    this.addSql(`insert into "recorded_month" ("bureau_id", "id", "branch_id", "month", "recorded_at") select "bureau_id", gen_random_uuid(), "branch_id", "month", "closed_at" from "closed_period";`);
    // Summaries were scored by the calendar and gave provisional years final bands: rescored
    // (through recorded months) on the next list read.
    this.addSql(`delete from "score_summary";`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "recorded_month" cascade;`);

    this.addSql(`alter table "score_summary" drop column "provisional", drop column "projection", drop column "projection_band";`);
  }

}
