import { Migration } from '@mikro-orm/migrations';

/**
 * A summary's categories and special items are stored as `[code, value, exact]`, without their
 * names: those are the scheme version's, looked up when a query asks for them (summary-parts.ts).
 * A publication writes every member's five rows, and the names were two fifths of their bytes.
 * Rewrites the stored parts. Going back removes the summaries instead (they are a cache: the
 * code of before scores every member with a recorded month and no summary on its next read),
 * since their names can only be read from the scheme by the code of now.
 */
export class Migration20261206150000_summary_parts_unnamed extends Migration {
  override name = 'Migration20261206150000_summary_parts_unnamed';

  override up(): void | Promise<void> {
    const stored = (column: string) => `coalesce((
        select jsonb_agg(case when jsonb_typeof(p) = 'object'
            then jsonb_build_array(p->'code', p->'value', p->'exact') else p end order by i)
          from jsonb_array_elements(s."${column}") with ordinality as x(p, i)), '[]'::jsonb)`;
    this.addSql(`update "score_summary" s
      set "categories" = ${stored('categories')}, "special_items" = ${stored('special_items')};`);
  }

  override down(): void | Promise<void> {
    this.addSql(`delete from "score_summary";`);
  }
}
