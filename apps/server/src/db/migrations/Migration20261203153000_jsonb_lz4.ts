import { Migration } from '@mikro-orm/migrations';

/**
 * Every jsonb column compresses with lz4 instead of pglz where the server has it. A signed score's
 * explanation is 20–70 KB of JSON: pglz took about 1 ms per row to compress it, lz4 about 0.12 ms,
 * and lz4's result was half the size (measured on PostgreSQL 15, a year's 170 lines). Signing a
 * quarter or approving a year for a bureau of 10,000 members writes that many rows in one
 * transaction. A server built without lz4 (the embedded PostgreSQL) refuses the setting, and keeps
 * pglz: the block is all or nothing. Columns added later need their own line.
 */
/** Sets `compression` on every jsonb column of the schema; `onError` runs in the block's handler. */
const everyJsonbColumn = (compression: string, onError = '') => `do $$
      declare
        "c" record;
      begin
        for "c" in
          select "table_name", "column_name" from "information_schema"."columns"
          where "table_schema" = current_schema() and "data_type" = 'jsonb'
        loop
          execute format('alter table %I alter column %I set compression ${compression}', "c"."table_name", "c"."column_name");
        end loop;
      ${onError}
      end
      $$;`;

export class Migration20261203153000_jsonb_lz4 extends Migration {

  override name = 'Migration20261203153000_jsonb_lz4';

  override up(): void | Promise<void> {
    this.addSql(everyJsonbColumn('lz4', 'exception when feature_not_supported then null;'));
  }

  override down(): void | Promise<void> {
    this.addSql(everyJsonbColumn('default'));
  }

}
