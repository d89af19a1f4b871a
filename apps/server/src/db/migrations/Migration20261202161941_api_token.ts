import { Migration } from '@mikro-orm/migrations';

export class Migration20261202161941_api_token extends Migration {

  override name = 'Migration20261202161941_api_token';

  override up(): void | Promise<void> {
    this.addSql(`create table "api_token" ("bureau_id" uuid not null, "id" uuid not null, "user_id" uuid not null, "name" text not null, "prefix" text not null, "token_hash" text not null, "expires_at" timestamptz not null, "revoked_at" timestamptz null, "created_by_id" uuid not null, "created_at" timestamptz not null, primary key ("bureau_id", "id"));`);
    this.addSql(`create index "api_token_bureau_id_user_id_index" on "api_token" ("bureau_id", "user_id");`);
    this.addSql(`alter table "api_token" add constraint "api_token_bureau_id_token_hash_unique" unique ("bureau_id", "token_hash");`);

    this.addSql(`alter table "api_token" add constraint "api_token_bureau_id_user_id_foreign" foreign key ("bureau_id", "user_id") references "user_account" ("bureau_id", "id") on update cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "api_token" cascade;`);
  }

}
