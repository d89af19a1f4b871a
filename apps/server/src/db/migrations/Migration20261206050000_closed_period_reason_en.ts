import { Migration } from '@mikro-orm/migrations';

/**
 * A closed month's reason (2026年第一季度已签字) was read in Chinese in English messages ("2026-03
 * is closed (2026年第一季度已签字)"). It is now written in both languages; the months closed
 * before are given their English from the three reasons the product writes.
 */
export class Migration20261206050000_closed_period_reason_en extends Migration {
  override name = 'Migration20261206050000_closed_period_reason_en';

  override up(): void | Promise<void> {
    this.addSql(`alter table "closed_period" add column "reason_en" text null;`);
    const quarter = `(array['一','二','三','四'])`;
    this.addSql(`update "closed_period" set "reason_en" = 'Q' || q.n || ' ' || q.y || ' signed'
      from (select bureau_id, id, (regexp_match(reason, '^(\\d{4})年第(.)季度已签字$'))[1] as y,
              array_position(${quarter}, (regexp_match(reason, '^(\\d{4})年第(.)季度已签字$'))[2]) as n
            from "closed_period") q
      where q.bureau_id = "closed_period".bureau_id and q.id = "closed_period".id and q.n is not null;`);
    this.addSql(`update "closed_period" set "reason_en" = 'correction of Q' || q.n || ' ' || q.y || ' applied'
      from (select bureau_id, id, (regexp_match(reason, '^(\\d{4})年第(.)季度更正已完成$'))[1] as y,
              array_position(${quarter}, (regexp_match(reason, '^(\\d{4})年第(.)季度更正已完成$'))[2]) as n
            from "closed_period") q
      where q.bureau_id = "closed_period".bureau_id and q.id = "closed_period".id and q.n is not null;`);
    this.addSql(`update "closed_period"
      set "reason_en" = (regexp_match(reason, '^(\\d{4})年度已审核通过$'))[1] || ' approved'
      where reason ~ '^\\d{4}年度已审核通过$';`);
    this.addSql(`update "closed_period"
      set "reason_en" = 'correction of ' || (regexp_match(reason, '^(\\d{4})年度更正已完成$'))[1] || ' applied'
      where reason ~ '^\\d{4}年度更正已完成$';`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "closed_period" drop column "reason_en";`);
  }
}
