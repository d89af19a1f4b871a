import { Migration } from '@mikro-orm/migrations';

export class Migration20261202161000_task_kind_spot_check_answers extends Migration {

  override name = 'Migration20261202161000_task_kind_spot_check_answers';

  override up(): void | Promise<void> {
    this.addSql(`alter type "task_kind" add value if not exists 'spotCheckAnswers' after 'spotCheckFindings';`);
  }

}
