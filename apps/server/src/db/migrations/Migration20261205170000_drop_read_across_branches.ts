import { Migration } from '@mikro-orm/migrations';

/**
 * `read_across_branches(query)` ran any statement text with the branch wall lifted, planning it
 * afresh on every call. Its one caller, the member-year read, is now a function of its own,
 * planned once per connection and declared in code (tenancy/bureau-wide-read.ts).
 */
export class Migration20261205170000_drop_read_across_branches extends Migration {

  override name = 'Migration20261205170000_drop_read_across_branches';

  override up(): void | Promise<void> {
    this.addSql(`drop function if exists "read_across_branches"(text);`);
  }

  override down(): void | Promise<void> {
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

}
