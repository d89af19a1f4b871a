import { Migration } from '@mikro-orm/migrations';

/**
 * A year summary's months no longer repeat the row's branch and category codes in each month
 * (SummaryMonth): the categories are listed in the order of the row's `categories`, and the
 * branch only when it is not the row's. A year row then stays under PostgreSQL's 2 KB threshold,
 * uncompressed, and a publication writes a quarter fewer bytes. Rewrites the stored months.
 */
export class Migration20261206070000_summary_months_compact extends Migration {
  override name = 'Migration20261206070000_summary_months_compact';

  override up(): void | Promise<void> {
    this.addSql(`update "score_summary" s set "months" = (
        select coalesce(jsonb_agg(jsonb_strip_nulls(jsonb_build_object(
            'month', mo->'month', 'base', mo->'base',
            'branchId', case when (mo->>'branchId')::uuid is distinct from s.branch_id then mo->'branchId' end))
          || jsonb_build_object('categories', coalesce((
            select jsonb_agg(coalesce(mo->'categories'->(coalesce(c->>'code', c->>0)), 'null'::jsonb) order by ord)
              from jsonb_array_elements(s.categories) with ordinality as c(c, ord)), '[]'::jsonb))
          order by i), '[]'::jsonb)
        from jsonb_array_elements(s."months") with ordinality as m(mo, i))
      where s."months" is not null and jsonb_typeof(s."months") = 'array';`);
  }

  override down(): void | Promise<void> {
    this.addSql(`update "score_summary" s set "months" = (
        select coalesce(jsonb_agg(jsonb_build_object(
            'month', mo->'month', 'base', mo->'base',
            'branchId', coalesce(mo->'branchId', to_jsonb(s.branch_id)),
            'categories', coalesce((
              select jsonb_object_agg(coalesce(c->>'code', c->>0), mo->'categories'->(ord::int - 1))
                from jsonb_array_elements(s.categories) with ordinality as c(c, ord)
               where jsonb_typeof(mo->'categories'->(ord::int - 1)) = 'string'), '{}'::jsonb))
          order by i), '[]'::jsonb)
        from jsonb_array_elements(s."months") with ordinality as m(mo, i))
      where s."months" is not null and jsonb_typeof(s."months") = 'array';`);
  }
}
