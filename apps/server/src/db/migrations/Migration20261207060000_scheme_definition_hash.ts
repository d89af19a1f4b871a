import { Migration } from '@mikro-orm/migrations';

/**
 * Each scheme version keeps the md5 of its definition, by which a read leaves out a definition
 * the server holds (modules/schemes/year-schemes.ts). Computed on every read, it turned each
 * 11 KB definition back into text: about 0.15 ms of PostgreSQL's time a version, a third of the
 * statement behind one member's year. PostgreSQL now keeps the hash beside the definition, and
 * recomputes it when a draft's definition is edited.
 */
export class Migration20261207060000_scheme_definition_hash extends Migration {
  override name = 'Migration20261207060000_scheme_definition_hash';

  override up(): void | Promise<void> {
    this.addSql(
      `alter table "scheme" add "definition_hash" text generated always as (md5(definition::text)) stored not null;`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "scheme" drop column "definition_hash";`);
  }
}
