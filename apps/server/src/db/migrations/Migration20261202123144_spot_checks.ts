import { Migration } from '@mikro-orm/migrations';

export class Migration20261202123144_spot_checks extends Migration {

  override name = 'Migration20261202123144_spot_checks';

  override up(): void | Promise<void> {
    this.addSql(`create type "spot_check_item_kind" as enum ('quota_entry', 'duty_entry', 'violation', 'session', 'declaration');`);
    this.addSql(`create type "finding_state" as enum ('pending', 'confirmed', 'follow_up', 'answered', 'closed');`);
    this.addSql(`create table "spot_check" ("bureau_id" uuid not null, "id" uuid not null, "title" text not null, "from_month" char(7) not null, "to_month" char(7) not null, "seed" text not null, "requested_size" int null, "requested_share" numeric(5,4) null, "population_size" int not null, "sample_size" int not null, "created_by_id" uuid not null, "created_at" timestamptz not null, primary key ("bureau_id", "id"));`);

    this.addSql(`create table "spot_check_item" ("bureau_id" uuid not null, "id" uuid not null, "branch_id" uuid not null, "spot_check_id" uuid not null, "position" int not null, "kind" "spot_check_item_kind" not null, "record_id" uuid not null, "member_id" uuid null, "month" char(7) not null, "item_code" text not null, "recorded" jsonb not null, "state" "finding_state" not null default 'pending', "finding_note" text null, "checked_by_id" uuid null, "checked_at" timestamptz null, "answer" text null, "correction_id" uuid null, "answered_by_id" uuid null, "answered_at" timestamptz null, "closing_note" text null, "closed_by_id" uuid null, "closed_at" timestamptz null, primary key ("bureau_id", "id"));`);
    this.addSql(`create index "spot_check_item_bureau_id_branch_id_state_index" on "spot_check_item" ("bureau_id", "branch_id", "state");`);
    this.addSql(`alter table "spot_check_item" add constraint "spot_check_item_bureau_id_spot_check_id_kind_record_id_unique" unique ("bureau_id", "spot_check_id", "kind", "record_id");`);

    this.addSql(`alter table "spot_check_item" add constraint "spot_check_item_bureau_id_branch_id_foreign" foreign key ("bureau_id", "branch_id") references "branch" ("bureau_id", "id") on update cascade;`);
    this.addSql(`alter table "spot_check_item" add constraint "spot_check_item_bureau_id_spot_check_id_foreign" foreign key ("bureau_id", "spot_check_id") references "spot_check" ("bureau_id", "id") on update cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "spot_check_item" drop constraint "spot_check_item_bureau_id_spot_check_id_foreign";`);

    this.addSql(`drop table if exists "spot_check" cascade;`);
    this.addSql(`drop table if exists "spot_check_item" cascade;`);

    this.addSql(`drop type "spot_check_item_kind";`);
    this.addSql(`drop type "finding_state";`);
  }

}
