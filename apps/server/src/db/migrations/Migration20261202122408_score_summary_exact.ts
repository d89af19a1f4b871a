import { Migration } from '@mikro-orm/migrations';

export class Migration20261202122408_score_summary_exact extends Migration {

  override name = 'Migration20261202122408_score_summary_exact';

  override up(): void | Promise<void> {
    this.addSql(`alter table "score_summary" add "base_exact" text null, add "special_exact" text null, add "evaluation_exact" text null, add "months" jsonb null;`);
    // Summaries are a cache: marking them stale makes the next read of each year recompute them
    // with the new columns filled (score-summaries.service.ts, ensureFreshSummaries).
    this.addSql(`update "score_summary" set "as_of" = '0000-00';`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "score_summary" drop column "base_exact", drop column "special_exact", drop column "evaluation_exact", drop column "months";`);
  }

}
