import { Migration } from '@mikro-orm/migrations';

export class Migration20261123202529_org_member_account extends Migration {
  override name = 'Migration20261123202529_org_member_account';

  override up(): void | Promise<void> {
    this.addSql(
      `create unique index "user_account_member_unique" on "user_account" ("bureau_id", "member_id");`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "user_account_member_unique";`);
  }
}
