import { Migration } from '@mikro-orm/migrations';

export class Migration20261123201729_calendar extends Migration {

  override name = 'Migration20261123201729_calendar';

  override up(): void | Promise<void> {
    this.addSql(`create type "calendar_day_kind" as enum ('holiday', 'workday');`);
    this.addSql(`create table "calendar_amendment" ("bureau_id" uuid not null, "id" uuid not null, "date" date not null, "kind" "calendar_day_kind" not null, "note" text not null, "by_user_id" uuid not null, "updated_at" timestamptz not null, primary key ("bureau_id", "id"));`);
    this.addSql(`alter table "calendar_amendment" add constraint "calendar_amendment_bureau_id_date_unique" unique ("bureau_id", "date");`);

    this.addSql(`alter table "calendar_amendment" add constraint "calendar_amendment_bureau_id_by_user_id_foreign" foreign key ("bureau_id", "by_user_id") references "user_account" ("bureau_id", "id") on update cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "calendar_amendment" cascade;`);

    this.addSql(`drop type "calendar_day_kind";`);
  }

}
