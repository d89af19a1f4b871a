import { Migration } from '@mikro-orm/migrations';

/**
 * A branch's month is read by branch: the monthly sheet, its save, the Excel form. The ledger's
 * own indexes lead with the member, so each of those reads probed every member of the roster in
 * every table (53 probes a table for a branch of 53).
 */
export class Migration20261204020722_branch_month_index extends Migration {

  override name = 'Migration20261204020722_branch_month_index';

  override up(): void | Promise<void> {
    this.addSql(`create index "duty_entry_bureau_id_branch_id_month_index" on "duty_entry" ("bureau_id", "branch_id", "month");`);

    this.addSql(`create index "declaration_bureau_id_branch_id_month_index" on "declaration" ("bureau_id", "branch_id", "month");`);

    this.addSql(`create index "attendance_bureau_id_branch_id_month_index" on "attendance" ("bureau_id", "branch_id", "month");`);

    this.addSql(`create index "quota_entry_bureau_id_branch_id_month_index" on "quota_entry" ("bureau_id", "branch_id", "month");`);

    this.addSql(`create index "violation_bureau_id_branch_id_month_index" on "violation" ("bureau_id", "branch_id", "month");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "attendance_bureau_id_branch_id_month_index";`);

    this.addSql(`drop index "declaration_bureau_id_branch_id_month_index";`);

    this.addSql(`drop index "duty_entry_bureau_id_branch_id_month_index";`);

    this.addSql(`drop index "quota_entry_bureau_id_branch_id_month_index";`);

    this.addSql(`drop index "violation_bureau_id_branch_id_month_index";`);
  }

}
