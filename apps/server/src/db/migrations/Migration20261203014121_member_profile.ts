import { Migration } from '@mikro-orm/migrations';

export class Migration20261203014121_member_profile extends Migration {

  override name = 'Migration20261203014121_member_profile';

  override up(): void | Promise<void> {
    this.addSql(`create type "member_gender" as enum ('male', 'female');`);
    this.addSql(`alter table "member" add "gender" "member_gender" null, add "birth_date" date null, add "phone" text null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "member" drop column "gender", drop column "birth_date", drop column "phone";`);

    this.addSql(`drop type "member_gender";`);
  }

}
