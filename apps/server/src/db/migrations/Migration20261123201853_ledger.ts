import { Migration } from '@mikro-orm/migrations';

export class Migration20261123201853_ledger extends Migration {
  override name = 'Migration20261123201853_ledger';

  override up(): void | Promise<void> {
    this.addSql(`create type "proposal_status" as enum ('proposed', 'approved', 'rejected');`);
    this.addSql(`create type "duty_status" as enum ('onTime', 'late', 'missing');`);
    this.addSql(
      `create type "declaration_status" as enum ('submitted', 'accepted', 'rejected', 'disputed', 'upheld', 'overturned');`,
    );
    this.addSql(`create type "scheme_status" as enum ('draft', 'published', 'superseded');`);
    this.addSql(
      `create table "branch_item_proposal" ("bureau_id" uuid not null, "id" uuid not null, "branch_id" uuid not null, "year" int not null, "item_code" text not null, "item" jsonb not null, "reason" text not null, "status" "proposal_status" not null default 'proposed', "decision_reason" text null, "decided_by_id" uuid null, "decided_at" timestamptz null, "proposed_by_id" uuid not null, "created_at" timestamptz not null, "version" int not null default 1, primary key ("bureau_id", "id"));`,
    );
    this.addSql(
      `alter table "branch_item_proposal" add constraint "branch_item_proposal_bureau_id_year_item_code_unique" unique ("bureau_id", "year", "item_code");`,
    );

    this.addSql(
      `create table "closed_period" ("bureau_id" uuid not null, "id" uuid not null, "branch_id" uuid not null, "month" char(7) not null, "reason" text not null, "closed_by_id" uuid null, "closed_at" timestamptz not null, primary key ("bureau_id", "id"));`,
    );
    this.addSql(
      `alter table "closed_period" add constraint "closed_period_bureau_id_branch_id_month_unique" unique ("bureau_id", "branch_id", "month");`,
    );

    this.addSql(
      `create table "evidence_file" ("bureau_id" uuid not null, "id" uuid not null, "branch_id" uuid not null, "sha256" char(64) not null, "file_name" text not null, "mime_type" text not null, "size" int not null, "uploaded_by_id" uuid not null, "created_at" timestamptz not null, primary key ("bureau_id", "id"));`,
    );
    this.addSql(
      `create index "evidence_file_bureau_id_branch_id_sha256_index" on "evidence_file" ("bureau_id", "branch_id", "sha256");`,
    );

    this.addSql(
      `create table "branch_session" ("bureau_id" uuid not null, "id" uuid not null, "branch_id" uuid not null, "version" int not null default 1, "created_by_id" uuid not null, "updated_by_id" uuid null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "item_code" text not null, "date" date not null, "month" char(7) not null, "topic" text not null, "evidence_id" uuid null, primary key ("bureau_id", "id"));`,
    );
    this.addSql(
      `create index "branch_session_bureau_id_branch_id_month_index" on "branch_session" ("bureau_id", "branch_id", "month");`,
    );

    this.addSql(
      `create table "idempotency_key" ("bureau_id" uuid not null, "id" uuid not null, "key" text not null, "operation" text not null, "request_hash" char(64) not null, "result" jsonb not null, "user_id" uuid not null, "created_at" timestamptz not null, primary key ("bureau_id", "id"));`,
    );
    this.addSql(
      `alter table "idempotency_key" add constraint "idempotency_key_bureau_id_key_unique" unique ("bureau_id", "key");`,
    );

    this.addSql(
      `create table "duty_entry" ("bureau_id" uuid not null, "id" uuid not null, "branch_id" uuid not null, "version" int not null default 1, "created_by_id" uuid not null, "updated_by_id" uuid null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "member_id" uuid not null, "month" char(7) not null, "item_code" text not null, "status" "duty_status" null, "paid_on" date null, primary key ("bureau_id", "id"));`,
    );
    this.addSql(
      `alter table "duty_entry" add constraint "duty_entry_bureau_id_member_id_month_item_code_unique" unique ("bureau_id", "member_id", "month", "item_code");`,
    );

    this.addSql(
      `create table "declaration" ("bureau_id" uuid not null, "id" uuid not null, "branch_id" uuid not null, "version" int not null default 1, "created_by_id" uuid not null, "updated_by_id" uuid null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "member_id" uuid not null, "month" char(7) not null, "item_code" text not null, "description" text not null, "declared_points" numeric(10,2) null, "evidence_id" uuid null, "status" "declaration_status" not null default 'submitted', "scorekeeper_accepted" boolean null, "counted_points" numeric(10,2) null, "last_reason" text null, primary key ("bureau_id", "id"));`,
    );
    this.addSql(
      `create index "declaration_bureau_id_member_id_month_index" on "declaration" ("bureau_id", "member_id", "month");`,
    );

    this.addSql(
      `create table "declaration_event" ("bureau_id" uuid not null, "id" uuid not null, "branch_id" uuid not null, "declaration_id" uuid not null, "step" "declaration_status" not null, "actor_user_id" uuid not null, "actor_role" text null, "reason" text null, "points" numeric(10,2) null, "at" timestamptz not null, primary key ("bureau_id", "id"));`,
    );
    this.addSql(
      `create index "declaration_event_bureau_id_declaration_id_index" on "declaration_event" ("bureau_id", "declaration_id");`,
    );

    this.addSql(
      `create table "attendance" ("bureau_id" uuid not null, "id" uuid not null, "branch_id" uuid not null, "version" int not null default 1, "created_by_id" uuid not null, "updated_by_id" uuid null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "session_id" uuid not null, "member_id" uuid not null, "month" char(7) not null, "present" boolean not null default true, primary key ("bureau_id", "id"));`,
    );
    this.addSql(
      `create index "attendance_bureau_id_member_id_month_index" on "attendance" ("bureau_id", "member_id", "month");`,
    );
    this.addSql(
      `alter table "attendance" add constraint "attendance_bureau_id_session_id_member_id_unique" unique ("bureau_id", "session_id", "member_id");`,
    );

    this.addSql(
      `create table "quota_entry" ("bureau_id" uuid not null, "id" uuid not null, "branch_id" uuid not null, "version" int not null default 1, "created_by_id" uuid not null, "updated_by_id" uuid null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "member_id" uuid not null, "month" char(7) not null, "item_code" text not null, "value" numeric(10,2) null, primary key ("bureau_id", "id"));`,
    );
    this.addSql(
      `alter table "quota_entry" add constraint "quota_entry_bureau_id_member_id_month_item_code_unique" unique ("bureau_id", "member_id", "month", "item_code");`,
    );

    this.addSql(
      `create table "scheme" ("bureau_id" uuid not null, "id" uuid not null, "year" int not null, "version" int not null, "status" "scheme_status" not null default 'draft', "definition" jsonb not null, "effective_from_month" char(7) not null, "reason" text null, "based_on_id" uuid null, "origin" text not null, "published_at" timestamptz null, "published_by_id" uuid null, "created_by_id" uuid not null, "created_at" timestamptz not null, "revision" int not null default 1, primary key ("bureau_id", "id"));`,
    );
    this.addSql(
      `alter table "scheme" add constraint "scheme_bureau_id_year_version_unique" unique ("bureau_id", "year", "version");`,
    );

    this.addSql(
      `create table "score_summary" ("bureau_id" uuid not null, "id" uuid not null, "branch_id" uuid not null, "year" int not null, "period" text not null, "member_id" uuid not null, "total_sort" numeric(14,6) not null, "total" text not null, "total_exact" text not null, "base" text not null, "special" text not null, "evaluation" text null, "categories" jsonb not null, "special_items" jsonb not null, "outcome_band" text null, "outcome" jsonb null, "scheme_id" uuid not null, "scheme_version" int not null, "as_of" char(7) not null, "computed_at" timestamptz not null, primary key ("bureau_id", "id"));`,
    );
    this.addSql(
      `create index "score_summary_ranking_index" on "score_summary" ("bureau_id", "year", "period", "total_sort" desc, "member_id");`,
    );
    this.addSql(
      `alter table "score_summary" add constraint "score_summary_bureau_id_year_period_member_id_unique" unique ("bureau_id", "year", "period", "member_id");`,
    );

    this.addSql(
      `create table "violation" ("bureau_id" uuid not null, "id" uuid not null, "branch_id" uuid not null, "version" int not null default 1, "created_by_id" uuid not null, "updated_by_id" uuid null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "member_id" uuid not null, "month" char(7) not null, "item_code" text not null, "count" int not null default 0, "note" text null, "decision" text null, "decided_on" date null, "evidence_id" uuid null, primary key ("bureau_id", "id"));`,
    );
    this.addSql(
      `alter table "violation" add constraint "violation_bureau_id_member_id_month_item_code_unique" unique ("bureau_id", "member_id", "month", "item_code");`,
    );

    this.addSql(
      `alter table "branch_item_proposal" add constraint "branch_item_proposal_bureau_id_branch_id_foreign" foreign key ("bureau_id", "branch_id") references "branch" ("bureau_id", "id") on update cascade;`,
    );

    this.addSql(
      `alter table "closed_period" add constraint "closed_period_bureau_id_branch_id_foreign" foreign key ("bureau_id", "branch_id") references "branch" ("bureau_id", "id") on update cascade;`,
    );

    this.addSql(
      `alter table "evidence_file" add constraint "evidence_file_bureau_id_branch_id_foreign" foreign key ("bureau_id", "branch_id") references "branch" ("bureau_id", "id") on update cascade;`,
    );

    this.addSql(
      `alter table "branch_session" add constraint "branch_session_bureau_id_branch_id_foreign" foreign key ("bureau_id", "branch_id") references "branch" ("bureau_id", "id") on update cascade;`,
    );
    this.addSql(
      `alter table "branch_session" add constraint "branch_session_bureau_id_evidence_id_foreign" foreign key ("bureau_id", "evidence_id") references "evidence_file" ("bureau_id", "id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "duty_entry" add constraint "duty_entry_bureau_id_branch_id_foreign" foreign key ("bureau_id", "branch_id") references "branch" ("bureau_id", "id") on update cascade;`,
    );
    this.addSql(
      `alter table "duty_entry" add constraint "duty_entry_bureau_id_member_id_foreign" foreign key ("bureau_id", "member_id") references "member" ("bureau_id", "id") on update cascade;`,
    );

    this.addSql(
      `alter table "declaration" add constraint "declaration_bureau_id_branch_id_foreign" foreign key ("bureau_id", "branch_id") references "branch" ("bureau_id", "id") on update cascade;`,
    );
    this.addSql(
      `alter table "declaration" add constraint "declaration_bureau_id_member_id_foreign" foreign key ("bureau_id", "member_id") references "member" ("bureau_id", "id") on update cascade;`,
    );
    this.addSql(
      `alter table "declaration" add constraint "declaration_bureau_id_evidence_id_foreign" foreign key ("bureau_id", "evidence_id") references "evidence_file" ("bureau_id", "id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "declaration_event" add constraint "declaration_event_bureau_id_branch_id_foreign" foreign key ("bureau_id", "branch_id") references "branch" ("bureau_id", "id") on update cascade;`,
    );
    this.addSql(
      `alter table "declaration_event" add constraint "declaration_event_bureau_id_declaration_id_foreign" foreign key ("bureau_id", "declaration_id") references "declaration" ("bureau_id", "id") on update cascade;`,
    );

    this.addSql(
      `alter table "attendance" add constraint "attendance_bureau_id_branch_id_foreign" foreign key ("bureau_id", "branch_id") references "branch" ("bureau_id", "id") on update cascade;`,
    );
    this.addSql(
      `alter table "attendance" add constraint "attendance_bureau_id_session_id_foreign" foreign key ("bureau_id", "session_id") references "branch_session" ("bureau_id", "id") on update cascade;`,
    );
    this.addSql(
      `alter table "attendance" add constraint "attendance_bureau_id_member_id_foreign" foreign key ("bureau_id", "member_id") references "member" ("bureau_id", "id") on update cascade;`,
    );

    this.addSql(
      `alter table "quota_entry" add constraint "quota_entry_bureau_id_branch_id_foreign" foreign key ("bureau_id", "branch_id") references "branch" ("bureau_id", "id") on update cascade;`,
    );
    this.addSql(
      `alter table "quota_entry" add constraint "quota_entry_bureau_id_member_id_foreign" foreign key ("bureau_id", "member_id") references "member" ("bureau_id", "id") on update cascade;`,
    );

    this.addSql(
      `alter table "score_summary" add constraint "score_summary_bureau_id_branch_id_foreign" foreign key ("bureau_id", "branch_id") references "branch" ("bureau_id", "id") on update cascade;`,
    );
    this.addSql(
      `alter table "score_summary" add constraint "score_summary_bureau_id_member_id_foreign" foreign key ("bureau_id", "member_id") references "member" ("bureau_id", "id") on update cascade;`,
    );

    this.addSql(
      `alter table "violation" add constraint "violation_bureau_id_branch_id_foreign" foreign key ("bureau_id", "branch_id") references "branch" ("bureau_id", "id") on update cascade;`,
    );
    this.addSql(
      `alter table "violation" add constraint "violation_bureau_id_member_id_foreign" foreign key ("bureau_id", "member_id") references "member" ("bureau_id", "id") on update cascade;`,
    );
    this.addSql(
      `alter table "violation" add constraint "violation_bureau_id_evidence_id_foreign" foreign key ("bureau_id", "evidence_id") references "evidence_file" ("bureau_id", "id") on update cascade on delete restrict;`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(
      `alter table "branch_session" drop constraint "branch_session_bureau_id_evidence_id_foreign";`,
    );
    this.addSql(
      `alter table "declaration" drop constraint "declaration_bureau_id_evidence_id_foreign";`,
    );
    this.addSql(
      `alter table "violation" drop constraint "violation_bureau_id_evidence_id_foreign";`,
    );
    this.addSql(
      `alter table "attendance" drop constraint "attendance_bureau_id_session_id_foreign";`,
    );
    this.addSql(
      `alter table "declaration_event" drop constraint "declaration_event_bureau_id_declaration_id_foreign";`,
    );

    this.addSql(`drop table if exists "branch_item_proposal" cascade;`);
    this.addSql(`drop table if exists "closed_period" cascade;`);
    this.addSql(`drop table if exists "evidence_file" cascade;`);
    this.addSql(`drop table if exists "branch_session" cascade;`);
    this.addSql(`drop table if exists "idempotency_key" cascade;`);
    this.addSql(`drop table if exists "duty_entry" cascade;`);
    this.addSql(`drop table if exists "declaration" cascade;`);
    this.addSql(`drop table if exists "declaration_event" cascade;`);
    this.addSql(`drop table if exists "attendance" cascade;`);
    this.addSql(`drop table if exists "quota_entry" cascade;`);
    this.addSql(`drop table if exists "scheme" cascade;`);
    this.addSql(`drop table if exists "score_summary" cascade;`);
    this.addSql(`drop table if exists "violation" cascade;`);

    this.addSql(`drop type "proposal_status";`);
    this.addSql(`drop type "duty_status";`);
    this.addSql(`drop type "declaration_status";`);
    this.addSql(`drop type "scheme_status";`);
  }
}
