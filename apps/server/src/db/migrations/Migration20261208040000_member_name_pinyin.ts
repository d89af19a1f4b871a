import { Migration } from '@mikro-orm/migrations';

/**
 * Members' names compare in pinyin order (ICU's `zh-x-icu`, which PostgreSQL builds with ICU —
 * the embedded one among them — create at initdb). Under the database's own collation every list
 * ordered by name (the roster, the monthly sheet, the review) followed the characters' codes
 * (严, 于, 史, 夏 …), while the screens that sorted in the browser used pinyin. Only a sort's
 * order changes: the collation is deterministic, so equality and uniqueness stay as they were.
 */
export class Migration20261208040000_member_name_pinyin extends Migration {
  override name = 'Migration20261208040000_member_name_pinyin';

  override up(): void | Promise<void> {
    this.addSql(`alter table "member" alter column "name" type text collate "zh-x-icu";`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "member" alter column "name" type text collate "default";`);
  }
}
