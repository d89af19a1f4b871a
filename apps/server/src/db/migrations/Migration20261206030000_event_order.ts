import { Migration } from '@mikro-orm/migrations';

/**
 * A year's steps, a declaration's events and a branch's corrections are listed in the order they
 * were taken. Their times now come from the server's clock (a seeded demo's steps fall on their
 * days), and two may share a moment; the order written in is kept as a number of its own.
 */
export class Migration20261206030000_event_order extends Migration {
  override name = 'Migration20261206030000_event_order';

  override up(): void | Promise<void> {
    for (const [table, time] of [
      ['annual_step', 'at'],
      ['declaration_event', 'at'],
      ['correction', 'opened_at'],
    ]) {
      // Rows already written are numbered in their time order.
      this.addSql(`alter table "${table}" add column "seq" bigint;`);
      this.addSql(`update "${table}" t set "seq" = o.n
        from (select bureau_id, id, row_number() over (order by "${time}", id) as n from "${table}") o
        where t.bureau_id = o.bureau_id and t.id = o.id;`);
      this.addSql(`create sequence "${table}_seq_seq" owned by "${table}"."seq";`);
      this.addSql(
        `select setval('"${table}_seq_seq"', coalesce((select max("seq") from "${table}"), 0) + 1, false);`,
      );
      this.addSql(
        `alter table "${table}" alter column "seq" set default nextval('"${table}_seq_seq"'), alter column "seq" set not null;`,
      );
    }
  }

  override down(): void | Promise<void> {
    for (const table of ['annual_step', 'declaration_event', 'correction']) {
      this.addSql(`alter table "${table}" drop column "seq";`);
    }
  }
}
