import { Migration } from '@mikro-orm/migrations';

export class Migration20261124035007_member_branch_index extends Migration {

  override name = 'Migration20261124035007_member_branch_index';

  override up(): void | Promise<void> {
    this.addSql(`create index "member_bureau_id_branch_id_index" on "member" ("bureau_id", "branch_id");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "member_bureau_id_branch_id_index";`);
  }

}
