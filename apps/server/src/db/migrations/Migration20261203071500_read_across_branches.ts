import { Migration } from '@mikro-orm/migrations';

/**
 * `read_across_branches(query)`: runs one read statement with the branch wall lifted and returns
 * its single json value, in ONE round trip (tenancy/bureau-wide-access.ts, `readAcrossBranches`).
 * The SET clause lifts `app.branch_ids` when the function is entered and PostgreSQL restores it
 * when it returns, which a statement cannot do for itself in order. It grants nothing the app
 * role lacks (it may set its own session variables): the bureau wall and the write wall stay, and
 * a STABLE function may not write.
 */
export class Migration20261203071500_read_across_branches extends Migration {

  override name = 'Migration20261203071500_read_across_branches';

  override up(): void | Promise<void> {
    this.addSql(`create function "read_across_branches"("query" text) returns json
      language plpgsql stable
      set "app.branch_ids" = '*'
      as $$
      declare
        "result" json;
      begin
        execute "query" into "result";
        return "result";
      end
      $$;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop function if exists "read_across_branches"(text);`);
  }

}
