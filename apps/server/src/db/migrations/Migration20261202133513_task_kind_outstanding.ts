import { Migration } from '@mikro-orm/migrations';

export class Migration20261202133513_task_kind_outstanding extends Migration {

  override name = 'Migration20261202133513_task_kind_outstanding';

  override up(): void | Promise<void> {
    this.addSql(`alter type "task_kind" add value if not exists 'confirmationsOutstanding' after 'quartersToPublish';`);
  }

}
