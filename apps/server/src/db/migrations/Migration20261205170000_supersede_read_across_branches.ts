import { Migration } from '@mikro-orm/migrations';

/**
 * `read_across_branches(query)` ran any statement text with the branch wall lifted, planning it
 * afresh on every call. Its one caller, the member-year read, is now a read declared in code and
 * planned once per connection (tenancy/bureau-wide-read.ts). Marked superseded as such a read is,
 * not dropped: during a rolling deploy the old processes still call it, and the first migration a
 * day later drops it.
 */
export class Migration20261205170000_supersede_read_across_branches extends Migration {
  override name = 'Migration20261205170000_supersede_read_across_branches';

  override up(): void | Promise<void> {
    this.addSql(`do $$
      begin
        if to_regprocedure('read_across_branches(text)') is not null then
          execute format('comment on function "read_across_branches"(text) is %L',
            'jifen: bureau-wide read, superseded '
              || to_char(now() at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'));
        end if;
      end
      $$;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`do $$
      begin
        if to_regprocedure('read_across_branches(text)') is not null then
          comment on function "read_across_branches"(text) is null;
        end if;
      end
      $$;`);
  }
}
