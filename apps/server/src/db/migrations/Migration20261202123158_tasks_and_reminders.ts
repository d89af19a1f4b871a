import { Migration } from '@mikro-orm/migrations';

export class Migration20261202123158_tasks_and_reminders extends Migration {

  override name = 'Migration20261202123158_tasks_and_reminders';

  override up(): void | Promise<void> {
    this.addSql(`create type "confirmation_method" as enum ('self', 'on_behalf', 'in_person');`);
    this.addSql(`create table "task_setting" ("bureau_id" uuid not null, "id" uuid not null, "deadlines" jsonb not null default '{}', "webhook_url" text null, "webhook_enabled" boolean not null default false, "updated_at" timestamptz not null, primary key ("bureau_id", "id"));`);
    this.addSql(`alter table "task_setting" add constraint "task_setting_bureau_id_unique" unique ("bureau_id");`);

    this.addSql(`alter table "quarter_assessment" add "sign_override_reason" text null;`);

    this.addSql(`alter table "member_confirmation" add "method" "confirmation_method" null, add "in_person_on" date null, add "in_person_note" text null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "task_setting" cascade;`);

    this.addSql(`alter table "member_confirmation" drop column "method", drop column "in_person_on", drop column "in_person_note";`);

    this.addSql(`alter table "quarter_assessment" drop column "sign_override_reason";`);

    this.addSql(`drop type "confirmation_method";`);
  }

}
