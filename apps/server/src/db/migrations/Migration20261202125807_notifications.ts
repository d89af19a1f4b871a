import { Migration } from '@mikro-orm/migrations';

export class Migration20261202125807_notifications extends Migration {

  override name = 'Migration20261202125807_notifications';

  override up(): void | Promise<void> {
    this.addSql(`create type "task_kind" as enum ('declarationsToDecide', 'disputesToDecide', 'monthsToRecord', 'quartersToStart', 'quartersToSign', 'quartersToPublish', 'objectionsToDecide', 'warningCasesDue', 'confirmationsToGive', 'objectionWindows', 'branchItemsToApprove', 'annualResultsToApprove', 'spotCheckFindings', 'branchOverdueSteps');`);
    this.addSql(`create table "notification" ("bureau_id" uuid not null, "id" uuid not null, "user_id" uuid not null, "key" text not null, "kind" "task_kind" not null, "about_branch_id" uuid null, "label_zh" text not null, "label_en" text not null, "due_on" date null, "overdue" boolean not null default false, "link" text not null, "created_at" timestamptz not null, "read_at" timestamptz null, "webhook_sent_at" timestamptz null, primary key ("bureau_id", "id"));`);
    this.addSql(`alter table "notification" add constraint "notification_bureau_id_user_id_key_unique" unique ("bureau_id", "user_id", "key");`);

    this.addSql(`alter table "task_setting" add "webhook_since" timestamptz null;`);

    this.addSql(`alter table "notification" add constraint "notification_bureau_id_user_id_foreign" foreign key ("bureau_id", "user_id") references "user_account" ("bureau_id", "id") on update cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "notification" cascade;`);

    this.addSql(`alter table "task_setting" drop column "webhook_since";`);

    this.addSql(`drop type "task_kind";`);
  }

}
