import { Migration } from '@mikro-orm/migrations';

export class Migration20261202122608_console_accounts extends Migration {

  override name = 'Migration20261202122608_console_accounts';

  override up(): void | Promise<void> {
    this.addSql(`alter table "user_account" add "must_change_password" boolean not null default false;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "user_account" drop column "must_change_password";`);
  }

}
