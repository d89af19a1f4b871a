import { Migration } from '@mikro-orm/migrations';

export class Migration20261123203701_assessment_cycle extends Migration {

  override name = 'Migration20261123203701_assessment_cycle';

  override up(): void | Promise<void> {
    this.addSql(`create type "annual_state" as enum ('open', 'evaluation', 'reviewed', 'submitted', 'approved', 'returned', 'published');`);
    this.addSql(`create type "quarter_state" as enum ('open', 'under_review', 'signed', 'published', 'closed');`);
    this.addSql(`create type "publication_kind" as enum ('quarter', 'year');`);
    this.addSql(`create type "warning_level" as enum ('yellow', 'red');`);
    this.addSql(`create type "case_state" as enum ('open', 'interviewed', 'rectifying', 'closed');`);
    this.addSql(`create type "objection_state" as enum ('raised', 'upheld', 'dismissed');`);
    this.addSql(`create type "confirmation_state" as enum ('pending', 'confirmed', 'objected', 'resolved');`);
    this.addSql(`create type "grade_basis" as enum ('democratic_evaluation', 'daily_performance');`);
    this.addSql(`create type "correction_state" as enum ('open', 'applied', 'withdrawn');`);
    this.addSql(`create type "annual_step_kind" as enum ('reviewed', 'submitted', 'approved', 'returned', 'revised', 'published');`);
    this.addSql(`create table "annual_assessment" ("bureau_id" uuid not null, "id" uuid not null, "branch_id" uuid not null, "year" int not null, "state" "annual_state" not null default 'open', "reviewed_at" timestamptz null, "submitted_at" timestamptz null, "approved_at" timestamptz null, "published_at" timestamptz null, "notice_ends_on" date null, "revision" int not null default 0, primary key ("bureau_id", "id"));`);
    this.addSql(`alter table "annual_assessment" add constraint "annual_assessment_bureau_id_branch_id_year_unique" unique ("bureau_id", "branch_id", "year");`);

    this.addSql(`create table "annual_result" ("bureau_id" uuid not null, "id" uuid not null, "branch_id" uuid not null, "member_id" uuid not null, "revision" int not null, "total" text not null, "total_exact" text not null, "base" text not null, "special" text not null, "categories" jsonb not null, "special_items" jsonb not null, "lines" jsonb not null, "warnings" jsonb not null, "scheme_id" uuid not null, "scheme_version" int not null, "correction_id" uuid null, "superseded_at" timestamptz null, "frozen_at" timestamptz not null, "assessment_id" uuid not null, "year" int not null, "evaluation" text not null, "grade" text null, "probationary" boolean not null, "band" text not null, "outcome" jsonb not null, primary key ("bureau_id", "id"));`);
    this.addSql(`alter table "annual_result" add constraint "annual_result_bureau_id_assessment_id_member_id_revision_unique" unique ("bureau_id", "assessment_id", "member_id", "revision");`);

    this.addSql(`create table "quarter_assessment" ("bureau_id" uuid not null, "id" uuid not null, "branch_id" uuid not null, "year" int not null, "quarter" int not null, "state" "quarter_state" not null default 'open', "review_started_at" timestamptz null, "signed_by_id" uuid null, "signed_at" timestamptz null, "published_at" timestamptz null, "notice_ends_on" date null, "closed_at" timestamptz null, "revision" int not null default 0, primary key ("bureau_id", "id"));`);
    this.addSql(`alter table "quarter_assessment" add constraint "quarter_assessment_bureau_id_branch_id_year_quarter_unique" unique ("bureau_id", "branch_id", "year", "quarter");`);

    this.addSql(`create table "quarter_snapshot" ("bureau_id" uuid not null, "id" uuid not null, "branch_id" uuid not null, "member_id" uuid not null, "revision" int not null, "total" text not null, "total_exact" text not null, "base" text not null, "special" text not null, "categories" jsonb not null, "special_items" jsonb not null, "lines" jsonb not null, "warnings" jsonb not null, "scheme_id" uuid not null, "scheme_version" int not null, "correction_id" uuid null, "superseded_at" timestamptz null, "frozen_at" timestamptz not null, "assessment_id" uuid not null, primary key ("bureau_id", "id"));`);
    this.addSql(`alter table "quarter_snapshot" add constraint "quarter_snapshot_bureau_id_assessment_id_member_i_fc5dd_unique" unique ("bureau_id", "assessment_id", "member_id", "revision");`);

    this.addSql(`create table "publication" ("bureau_id" uuid not null, "id" uuid not null, "branch_id" uuid not null, "kind" "publication_kind" not null, "year" int not null, "quarter" int not null, "assessment_id" uuid not null, "number" int not null, "published_at" timestamptz not null, "published_by_id" uuid not null, "published_on" date not null, "first_counted_day" date not null, "notice_ends_on" date not null, "provisional_years" jsonb not null, "rows" jsonb not null, "note" text null, "correction_id" uuid null, "created_at" timestamptz not null, primary key ("bureau_id", "id"));`);
    this.addSql(`alter table "publication" add constraint "publication_bureau_id_branch_id_kind_year_quarter_number_unique" unique ("bureau_id", "branch_id", "kind", "year", "quarter", "number");`);

    this.addSql(`create table "outcome_case" ("bureau_id" uuid not null, "id" uuid not null, "branch_id" uuid not null, "member_id" uuid not null, "year" int not null, "annual_assessment_id" uuid not null, "level" "warning_level" not null, "total" text not null, "red_two_years_running" boolean not null default false, "probation_extension" boolean not null default false, "state" "case_state" not null default 'open', "opened_at" timestamptz not null, "interviewed_on" date null, "interviewer_id" uuid null, "interview_record" text null, "causes" text null, "closed_at" timestamptz null, "closing_note" text null, primary key ("bureau_id", "id"));`);
    this.addSql(`alter table "outcome_case" add constraint "outcome_case_bureau_id_member_id_year_unique" unique ("bureau_id", "member_id", "year");`);

    this.addSql(`create table "rectification_measure" ("bureau_id" uuid not null, "id" uuid not null, "branch_id" uuid not null, "case_id" uuid not null, "position" int not null, "description" text not null, "deadline" date not null, "done_on" date null, "done_note" text null, primary key ("bureau_id", "id"));`);

    this.addSql(`create table "notice_objection" ("bureau_id" uuid not null, "id" uuid not null, "branch_id" uuid not null, "publication_id" uuid not null, "member_id" uuid not null, "raised_by_id" uuid not null, "raised_at" timestamptz not null, "content" text not null, "state" "objection_state" not null default 'raised', "decision" text null, "decided_by_id" uuid null, "decided_at" timestamptz null, "correction_id" uuid null, primary key ("bureau_id", "id"));`);

    this.addSql(`create table "member_confirmation" ("bureau_id" uuid not null, "id" uuid not null, "branch_id" uuid not null, "assessment_id" uuid not null, "member_id" uuid not null, "state" "confirmation_state" not null default 'pending', "seen_total" text null, "responded_by_id" uuid null, "responded_at" timestamptz null, "objection" text null, "resolution" text null, "resolved_by_id" uuid null, "resolved_at" timestamptz null, "round" int not null default 1, primary key ("bureau_id", "id"));`);
    this.addSql(`alter table "member_confirmation" add constraint "member_confirmation_bureau_id_assessment_id_member_id_unique" unique ("bureau_id", "assessment_id", "member_id");`);

    this.addSql(`create table "evaluation_grade" ("bureau_id" uuid not null, "id" uuid not null, "branch_id" uuid not null, "assessment_id" uuid not null, "member_id" uuid not null, "grade" text not null, "basis" "grade_basis" not null, "note" text null, "recorded_by_id" uuid not null, "recorded_at" timestamptz not null, primary key ("bureau_id", "id"));`);
    this.addSql(`alter table "evaluation_grade" add constraint "evaluation_grade_bureau_id_assessment_id_member_id_unique" unique ("bureau_id", "assessment_id", "member_id");`);

    this.addSql(`create table "correction" ("bureau_id" uuid not null, "id" uuid not null, "branch_id" uuid not null, "kind" "publication_kind" not null, "assessment_id" uuid not null, "year" int not null, "member_ids" jsonb not null, "months" jsonb not null, "reason" text not null, "state" "correction_state" not null default 'open', "opened_by_id" uuid not null, "opened_at" timestamptz not null, "objection_id" uuid null, "finished_by_id" uuid null, "finished_at" timestamptz null, "withdrawn_reason" text null, "reopened_confirmations" jsonb null, "produced_revision" int null, primary key ("bureau_id", "id"));`);

    this.addSql(`create table "annual_step" ("bureau_id" uuid not null, "id" uuid not null, "branch_id" uuid not null, "assessment_id" uuid not null, "kind" "annual_step_kind" not null, "revision" int not null, "reason" text null, "by_id" uuid not null, "at" timestamptz not null, primary key ("bureau_id", "id"));`);

    this.addSql(`alter table "annual_assessment" add constraint "annual_assessment_bureau_id_branch_id_foreign" foreign key ("bureau_id", "branch_id") references "branch" ("bureau_id", "id") on update cascade;`);

    this.addSql(`alter table "annual_result" add constraint "annual_result_bureau_id_branch_id_foreign" foreign key ("bureau_id", "branch_id") references "branch" ("bureau_id", "id") on update cascade;`);
    this.addSql(`alter table "annual_result" add constraint "annual_result_bureau_id_member_id_foreign" foreign key ("bureau_id", "member_id") references "member" ("bureau_id", "id") on update cascade;`);
    this.addSql(`alter table "annual_result" add constraint "annual_result_bureau_id_assessment_id_foreign" foreign key ("bureau_id", "assessment_id") references "annual_assessment" ("bureau_id", "id") on update cascade;`);

    this.addSql(`alter table "quarter_assessment" add constraint "quarter_assessment_bureau_id_branch_id_foreign" foreign key ("bureau_id", "branch_id") references "branch" ("bureau_id", "id") on update cascade;`);
    this.addSql(`alter table "quarter_assessment" add constraint "quarter_assessment_bureau_id_signed_by_id_foreign" foreign key ("bureau_id", "signed_by_id") references "user_account" ("bureau_id", "id") on update cascade on delete set null;`);

    this.addSql(`alter table "quarter_snapshot" add constraint "quarter_snapshot_bureau_id_branch_id_foreign" foreign key ("bureau_id", "branch_id") references "branch" ("bureau_id", "id") on update cascade;`);
    this.addSql(`alter table "quarter_snapshot" add constraint "quarter_snapshot_bureau_id_member_id_foreign" foreign key ("bureau_id", "member_id") references "member" ("bureau_id", "id") on update cascade;`);
    this.addSql(`alter table "quarter_snapshot" add constraint "quarter_snapshot_bureau_id_assessment_id_foreign" foreign key ("bureau_id", "assessment_id") references "quarter_assessment" ("bureau_id", "id") on update cascade;`);

    this.addSql(`alter table "publication" add constraint "publication_bureau_id_branch_id_foreign" foreign key ("bureau_id", "branch_id") references "branch" ("bureau_id", "id") on update cascade;`);
    this.addSql(`alter table "publication" add constraint "publication_bureau_id_published_by_id_foreign" foreign key ("bureau_id", "published_by_id") references "user_account" ("bureau_id", "id") on update cascade;`);

    this.addSql(`alter table "outcome_case" add constraint "outcome_case_bureau_id_branch_id_foreign" foreign key ("bureau_id", "branch_id") references "branch" ("bureau_id", "id") on update cascade;`);
    this.addSql(`alter table "outcome_case" add constraint "outcome_case_bureau_id_member_id_foreign" foreign key ("bureau_id", "member_id") references "member" ("bureau_id", "id") on update cascade;`);
    this.addSql(`alter table "outcome_case" add constraint "outcome_case_bureau_id_interviewer_id_foreign" foreign key ("bureau_id", "interviewer_id") references "user_account" ("bureau_id", "id") on update cascade on delete set null;`);

    this.addSql(`alter table "rectification_measure" add constraint "rectification_measure_bureau_id_branch_id_foreign" foreign key ("bureau_id", "branch_id") references "branch" ("bureau_id", "id") on update cascade;`);
    this.addSql(`alter table "rectification_measure" add constraint "rectification_measure_bureau_id_case_id_foreign" foreign key ("bureau_id", "case_id") references "outcome_case" ("bureau_id", "id") on update cascade;`);

    this.addSql(`alter table "notice_objection" add constraint "notice_objection_bureau_id_branch_id_foreign" foreign key ("bureau_id", "branch_id") references "branch" ("bureau_id", "id") on update cascade;`);
    this.addSql(`alter table "notice_objection" add constraint "notice_objection_bureau_id_publication_id_foreign" foreign key ("bureau_id", "publication_id") references "publication" ("bureau_id", "id") on update cascade;`);
    this.addSql(`alter table "notice_objection" add constraint "notice_objection_bureau_id_member_id_foreign" foreign key ("bureau_id", "member_id") references "member" ("bureau_id", "id") on update cascade;`);
    this.addSql(`alter table "notice_objection" add constraint "notice_objection_bureau_id_raised_by_id_foreign" foreign key ("bureau_id", "raised_by_id") references "user_account" ("bureau_id", "id") on update cascade;`);
    this.addSql(`alter table "notice_objection" add constraint "notice_objection_bureau_id_decided_by_id_foreign" foreign key ("bureau_id", "decided_by_id") references "user_account" ("bureau_id", "id") on update cascade on delete set null;`);

    this.addSql(`alter table "member_confirmation" add constraint "member_confirmation_bureau_id_branch_id_foreign" foreign key ("bureau_id", "branch_id") references "branch" ("bureau_id", "id") on update cascade;`);
    this.addSql(`alter table "member_confirmation" add constraint "member_confirmation_bureau_id_assessment_id_foreign" foreign key ("bureau_id", "assessment_id") references "quarter_assessment" ("bureau_id", "id") on update cascade;`);
    this.addSql(`alter table "member_confirmation" add constraint "member_confirmation_bureau_id_member_id_foreign" foreign key ("bureau_id", "member_id") references "member" ("bureau_id", "id") on update cascade;`);
    this.addSql(`alter table "member_confirmation" add constraint "member_confirmation_bureau_id_responded_by_id_foreign" foreign key ("bureau_id", "responded_by_id") references "user_account" ("bureau_id", "id") on update cascade on delete set null;`);
    this.addSql(`alter table "member_confirmation" add constraint "member_confirmation_bureau_id_resolved_by_id_foreign" foreign key ("bureau_id", "resolved_by_id") references "user_account" ("bureau_id", "id") on update cascade on delete set null;`);

    this.addSql(`alter table "evaluation_grade" add constraint "evaluation_grade_bureau_id_branch_id_foreign" foreign key ("bureau_id", "branch_id") references "branch" ("bureau_id", "id") on update cascade;`);
    this.addSql(`alter table "evaluation_grade" add constraint "evaluation_grade_bureau_id_assessment_id_foreign" foreign key ("bureau_id", "assessment_id") references "annual_assessment" ("bureau_id", "id") on update cascade;`);
    this.addSql(`alter table "evaluation_grade" add constraint "evaluation_grade_bureau_id_member_id_foreign" foreign key ("bureau_id", "member_id") references "member" ("bureau_id", "id") on update cascade;`);
    this.addSql(`alter table "evaluation_grade" add constraint "evaluation_grade_bureau_id_recorded_by_id_foreign" foreign key ("bureau_id", "recorded_by_id") references "user_account" ("bureau_id", "id") on update cascade;`);

    this.addSql(`alter table "correction" add constraint "correction_bureau_id_branch_id_foreign" foreign key ("bureau_id", "branch_id") references "branch" ("bureau_id", "id") on update cascade;`);
    this.addSql(`alter table "correction" add constraint "correction_bureau_id_opened_by_id_foreign" foreign key ("bureau_id", "opened_by_id") references "user_account" ("bureau_id", "id") on update cascade;`);
    this.addSql(`alter table "correction" add constraint "correction_bureau_id_finished_by_id_foreign" foreign key ("bureau_id", "finished_by_id") references "user_account" ("bureau_id", "id") on update cascade on delete set null;`);

    this.addSql(`alter table "annual_step" add constraint "annual_step_bureau_id_branch_id_foreign" foreign key ("bureau_id", "branch_id") references "branch" ("bureau_id", "id") on update cascade;`);
    this.addSql(`alter table "annual_step" add constraint "annual_step_bureau_id_assessment_id_foreign" foreign key ("bureau_id", "assessment_id") references "annual_assessment" ("bureau_id", "id") on update cascade;`);
    this.addSql(`alter table "annual_step" add constraint "annual_step_bureau_id_by_id_foreign" foreign key ("bureau_id", "by_id") references "user_account" ("bureau_id", "id") on update cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "annual_result" drop constraint "annual_result_bureau_id_assessment_id_foreign";`);
    this.addSql(`alter table "evaluation_grade" drop constraint "evaluation_grade_bureau_id_assessment_id_foreign";`);
    this.addSql(`alter table "annual_step" drop constraint "annual_step_bureau_id_assessment_id_foreign";`);
    this.addSql(`alter table "quarter_snapshot" drop constraint "quarter_snapshot_bureau_id_assessment_id_foreign";`);
    this.addSql(`alter table "member_confirmation" drop constraint "member_confirmation_bureau_id_assessment_id_foreign";`);
    this.addSql(`alter table "notice_objection" drop constraint "notice_objection_bureau_id_publication_id_foreign";`);
    this.addSql(`alter table "rectification_measure" drop constraint "rectification_measure_bureau_id_case_id_foreign";`);

    this.addSql(`drop table if exists "annual_assessment" cascade;`);
    this.addSql(`drop table if exists "annual_result" cascade;`);
    this.addSql(`drop table if exists "quarter_assessment" cascade;`);
    this.addSql(`drop table if exists "quarter_snapshot" cascade;`);
    this.addSql(`drop table if exists "publication" cascade;`);
    this.addSql(`drop table if exists "outcome_case" cascade;`);
    this.addSql(`drop table if exists "rectification_measure" cascade;`);
    this.addSql(`drop table if exists "notice_objection" cascade;`);
    this.addSql(`drop table if exists "member_confirmation" cascade;`);
    this.addSql(`drop table if exists "evaluation_grade" cascade;`);
    this.addSql(`drop table if exists "correction" cascade;`);
    this.addSql(`drop table if exists "annual_step" cascade;`);

    this.addSql(`drop type "annual_state";`);
    this.addSql(`drop type "quarter_state";`);
    this.addSql(`drop type "publication_kind";`);
    this.addSql(`drop type "warning_level";`);
    this.addSql(`drop type "case_state";`);
    this.addSql(`drop type "objection_state";`);
    this.addSql(`drop type "confirmation_state";`);
    this.addSql(`drop type "grade_basis";`);
    this.addSql(`drop type "correction_state";`);
    this.addSql(`drop type "annual_step_kind";`);
  }

}
