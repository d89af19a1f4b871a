import { Migration } from '@mikro-orm/migrations';

/**
 * A correction's stored texts held the product's Chinese words in front of what people typed
 * (公示异议成立：…, 更正：…, 更正后不再预警（72.00 分）：…), so an English reader saw them in
 * Chinese. The words are now added when read, in the reader's language: the rows keep only the
 * typed text, and a withdrawn warning case keeps its corrected total in a column of its own.
 */
export class Migration20261206020000_correction_words_apart extends Migration {
  override name = 'Migration20261206020000_correction_words_apart';

  override up(): void | Promise<void> {
    this.addSql(`alter table "outcome_case" add column "withdrawn_total" text null;`);
    this.addSql(`update "outcome_case"
      set "withdrawn_total" = (regexp_match("closing_note", '^更正后不再预警（([^ ]+) 分）：'))[1],
          "closing_note" = regexp_replace("closing_note", '^更正后不再预警（[^ ]+ 分）：', '')
      where "closing_note" ~ '^更正后不再预警（[^ ]+ 分）：';`);
    this.addSql(`update "correction" set "reason" = substr("reason", 8)
      where "objection_id" is not null and "reason" like '公示异议成立：%';`);
    this.addSql(`update "publication" set "note" = substr("note", 4)
      where "correction_id" is not null and "note" like '更正：%';`);
    this.addSql(`update "publication" p set "note" = substr(p."note", 8)
      from "correction" c
      where c."bureau_id" = p."bureau_id" and c."id" = p."correction_id"
        and c."objection_id" is not null and p."note" like '公示异议成立：%';`);
  }

  override down(): void | Promise<void> {
    this.addSql(`update "publication" p set "note" = '更正：'
        || case when c."objection_id" is not null then '公示异议成立：' else '' end || p."note"
      from "correction" c
      where c."bureau_id" = p."bureau_id" and c."id" = p."correction_id" and p."note" is not null;`);
    this.addSql(`update "correction" set "reason" = '公示异议成立：' || "reason"
      where "objection_id" is not null;`);
    this.addSql(`update "outcome_case"
      set "closing_note" = '更正后不再预警（' || "withdrawn_total" || ' 分）：' || coalesce("closing_note", '')
      where "withdrawn_total" is not null;`);
    this.addSql(`alter table "outcome_case" drop column "withdrawn_total";`);
  }
}
