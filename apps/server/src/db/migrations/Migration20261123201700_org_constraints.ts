import { Migration } from '@mikro-orm/migrations';

export class Migration20261123201700_org_constraints extends Migration {
  override name = 'Migration20261123201700_org_constraints';

  override up(): void | Promise<void> {
    this.addSql(`alter table "party_group" add "leader_id" uuid null;`);
    this.addSql(
      `alter table "party_group" add constraint "party_group_bureau_id_leader_id_foreign" foreign key ("bureau_id", "leader_id") references "member" ("bureau_id", "id") on update cascade on delete set null;`,
    );
    this.addSql(
      `create unique index "party_group_branch_name_unique" on "party_group" ("bureau_id", "branch_id", "name");`,
    );

    this.addSql(
      `create unique index "membership_one_open_per_member" on "membership" ("bureau_id", "member_id") where "to_month" is null;`,
    );
    this.addSql(
      `alter table "membership" add constraint "membership_months_valid" check (from_month ~ '^[0-9]{4}-(0[1-9]|1[0-2])\$' and (to_month is null or (to_month ~ '^[0-9]{4}-(0[1-9]|1[0-2])\$' and to_month >= from_month)));`,
    );

    this.addSql(`alter table "user_account" drop constraint "user_account_login_name_unique";`);
    this.addSql(
      `alter table "user_account" add constraint "user_account_bureau_login_name_unique" unique ("bureau_id", "login_name");`,
    );

    this.addSql(
      `create unique index "role_assignment_unique_grant" on "role_assignment" ("bureau_id", "user_id", "role", "branch_id") nulls not distinct;`,
    );
    this.addSql(
      `alter table "role_assignment" add constraint "role_assignment_branch_matches_role" check ((role in ('committee_admin', 'analyst')) = (branch_id is null));`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(
      `alter table "party_group" drop constraint "party_group_bureau_id_leader_id_foreign";`,
    );

    this.addSql(`drop index "membership_one_open_per_member";`);
    this.addSql(`alter table "membership" drop constraint "membership_months_valid";`);

    this.addSql(`drop index "party_group_branch_name_unique";`);
    this.addSql(`alter table "party_group" drop column "leader_id";`);

    this.addSql(`drop index "role_assignment_unique_grant";`);
    this.addSql(
      `alter table "role_assignment" drop constraint "role_assignment_branch_matches_role";`,
    );

    this.addSql(
      `alter table "user_account" drop constraint "user_account_bureau_login_name_unique";`,
    );
    this.addSql(
      `alter table "user_account" add constraint "user_account_login_name_unique" unique ("login_name");`,
    );
  }
}
