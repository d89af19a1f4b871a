import { Migration } from '@mikro-orm/migrations';

/** A member's own rectification measures become a kind of to-do (and of reminder). */
export class Migration20261206040000_task_kind_measures extends Migration {
  override name = 'Migration20261206040000_task_kind_measures';

  override up(): void | Promise<void> {
    this.addSql(
      `alter type "task_kind" add value if not exists 'measuresToComplete' after 'objectionWindows';`,
    );
  }
}
