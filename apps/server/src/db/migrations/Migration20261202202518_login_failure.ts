import { Migration } from '@mikro-orm/migrations';

export class Migration20261202202518_login_failure extends Migration {

  override name = 'Migration20261202202518_login_failure';

  override up(): void | Promise<void> {
    this.addSql(`create table "login_failure" ("id" bigserial primary key, "address" text not null, "user_id" uuid null, "failed_at" timestamptz not null default now());`);
    this.addSql(`create index "login_failure_failed_at_index" on "login_failure" ("failed_at");`);
    this.addSql(`create index "login_failure_user_id_address_failed_at_index" on "login_failure" ("user_id", "address", "failed_at");`);
    this.addSql(`create index "login_failure_address_failed_at_index" on "login_failure" ("address", "failed_at");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "login_failure" cascade;`);
  }

}
