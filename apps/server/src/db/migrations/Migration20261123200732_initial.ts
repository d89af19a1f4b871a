import { Migration } from '@mikro-orm/migrations';

export class Migration20261123200732_initial extends Migration {
  override name = 'Migration20261123200732_initial';

  override up(): void | Promise<void> {
    this.addSql(`create type "member_status" as enum ('full', 'probationary');`);
    this.addSql(
      `create type "role" as enum ('committee_admin', 'analyst', 'secretary', 'branch_committee', 'scorekeeper', 'group_leader', 'member');`,
    );
    this.addSql(
      `create table "audit_chain_head" ("bureau_id" uuid not null, "seq" int not null, "hash" text not null, primary key ("bureau_id"));`,
    );

    this.addSql(
      `create table "audit_entry" ("bureau_id" uuid not null, "seq" int not null, "actor_user_id" uuid null, "actor_role" text null, "branch_id" uuid null, "operation" text not null, "entity_name" text not null, "entity_id" text null, "before" jsonb null, "after" jsonb null, "at" timestamptz not null, "prev_hash" text not null, "hash" text not null, primary key ("bureau_id", "seq"));`,
    );

    this.addSql(
      `create table "branch" ("bureau_id" uuid not null, "id" uuid not null, "name" text not null, "code" text not null, "sort_order" int not null default 0, "created_at" timestamptz not null, primary key ("bureau_id", "id"));`,
    );
    this.addSql(
      `alter table "branch" add constraint "branch_bureau_id_code_unique" unique ("bureau_id", "code");`,
    );

    this.addSql(
      `create table "bureau" ("id" uuid not null, "name" text not null, "code" text not null, "created_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(`alter table "bureau" add constraint "bureau_code_unique" unique ("code");`);

    this.addSql(
      `create table "login_name" ("login_name" text not null, "bureau_id" uuid not null, "user_id" uuid not null, primary key ("login_name"));`,
    );

    this.addSql(
      `create table "party_group" ("bureau_id" uuid not null, "id" uuid not null, "branch_id" uuid not null, "name" text not null, primary key ("bureau_id", "id"));`,
    );

    this.addSql(
      `create table "member" ("bureau_id" uuid not null, "id" uuid not null, "branch_id" uuid not null, "name" text not null, "status" "member_status" not null default 'full', "joined_on" date null, "full_member_on" date null, "position" text null, "group_id" uuid null, "active" boolean not null default true, primary key ("bureau_id", "id"));`,
    );

    this.addSql(
      `create table "membership" ("bureau_id" uuid not null, "id" uuid not null, "branch_id" uuid not null, "member_id" uuid not null, "from_month" char(7) not null, "to_month" char(7) null, primary key ("bureau_id", "id"));`,
    );

    this.addSql(
      `create table "user_account" ("bureau_id" uuid not null, "id" uuid not null, "login_name" text not null, "password_hash" text not null, "display_name" text not null, "disabled" boolean not null default false, "member_id" uuid null, "failed_logins" int not null default 0, "locked_until" timestamptz null, "created_at" timestamptz not null, primary key ("bureau_id", "id"));`,
    );
    this.addSql(
      `alter table "user_account" add constraint "user_account_login_name_unique" unique ("login_name");`,
    );

    this.addSql(
      `create table "role_assignment" ("bureau_id" uuid not null, "id" uuid not null, "user_id" uuid not null, "role" "role" not null, "branch_id" uuid null, primary key ("bureau_id", "id"));`,
    );

    this.addSql(
      `create table "auth_session" ("bureau_id" uuid not null, "id" uuid not null, "user_id" uuid not null, "expires_at" timestamptz not null, "revoked_at" timestamptz null, "address" text null, "created_at" timestamptz not null, primary key ("bureau_id", "id"));`,
    );

    this.addSql(
      `alter table "party_group" add constraint "party_group_bureau_id_branch_id_foreign" foreign key ("bureau_id", "branch_id") references "branch" ("bureau_id", "id") on update cascade;`,
    );

    this.addSql(
      `alter table "member" add constraint "member_bureau_id_branch_id_foreign" foreign key ("bureau_id", "branch_id") references "branch" ("bureau_id", "id") on update cascade;`,
    );
    this.addSql(
      `alter table "member" add constraint "member_bureau_id_group_id_foreign" foreign key ("bureau_id", "group_id") references "party_group" ("bureau_id", "id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "membership" add constraint "membership_bureau_id_branch_id_foreign" foreign key ("bureau_id", "branch_id") references "branch" ("bureau_id", "id") on update cascade;`,
    );
    this.addSql(
      `alter table "membership" add constraint "membership_bureau_id_member_id_foreign" foreign key ("bureau_id", "member_id") references "member" ("bureau_id", "id") on update cascade;`,
    );

    this.addSql(
      `alter table "user_account" add constraint "user_account_bureau_id_member_id_foreign" foreign key ("bureau_id", "member_id") references "member" ("bureau_id", "id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "role_assignment" add constraint "role_assignment_bureau_id_user_id_foreign" foreign key ("bureau_id", "user_id") references "user_account" ("bureau_id", "id") on update cascade;`,
    );
    this.addSql(
      `alter table "role_assignment" add constraint "role_assignment_bureau_id_branch_id_foreign" foreign key ("bureau_id", "branch_id") references "branch" ("bureau_id", "id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "auth_session" add constraint "auth_session_bureau_id_user_id_foreign" foreign key ("bureau_id", "user_id") references "user_account" ("bureau_id", "id") on update cascade;`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(
      `alter table "party_group" drop constraint "party_group_bureau_id_branch_id_foreign";`,
    );
    this.addSql(`alter table "member" drop constraint "member_bureau_id_branch_id_foreign";`);
    this.addSql(
      `alter table "membership" drop constraint "membership_bureau_id_branch_id_foreign";`,
    );
    this.addSql(
      `alter table "role_assignment" drop constraint "role_assignment_bureau_id_branch_id_foreign";`,
    );
    this.addSql(`alter table "member" drop constraint "member_bureau_id_group_id_foreign";`);
    this.addSql(
      `alter table "membership" drop constraint "membership_bureau_id_member_id_foreign";`,
    );
    this.addSql(
      `alter table "user_account" drop constraint "user_account_bureau_id_member_id_foreign";`,
    );
    this.addSql(
      `alter table "role_assignment" drop constraint "role_assignment_bureau_id_user_id_foreign";`,
    );
    this.addSql(
      `alter table "auth_session" drop constraint "auth_session_bureau_id_user_id_foreign";`,
    );

    this.addSql(`drop table if exists "audit_chain_head" cascade;`);
    this.addSql(`drop table if exists "audit_entry" cascade;`);
    this.addSql(`drop table if exists "branch" cascade;`);
    this.addSql(`drop table if exists "bureau" cascade;`);
    this.addSql(`drop table if exists "login_name" cascade;`);
    this.addSql(`drop table if exists "party_group" cascade;`);
    this.addSql(`drop table if exists "member" cascade;`);
    this.addSql(`drop table if exists "membership" cascade;`);
    this.addSql(`drop table if exists "user_account" cascade;`);
    this.addSql(`drop table if exists "role_assignment" cascade;`);
    this.addSql(`drop table if exists "auth_session" cascade;`);

    this.addSql(`drop type "member_status";`);
    this.addSql(`drop type "role";`);
  }
}
