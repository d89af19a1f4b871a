import { PostgreSqlDriver, PostgreSqlPlatform } from '@mikro-orm/postgresql';

/**
 * A string as a PostgreSQL literal, as libpq's `PQescapeLiteral` writes it: quotes doubled, and
 * with backslashes doubled under an `E` prefix when there are any.
 */
export function escapeLiteral(text: string): string {
  const quoted = `'${text.replaceAll("'", "''")}'`;
  return text.includes('\\') ? ` E${quoted.replaceAll('\\', '\\\\')}` : quoted;
}

/**
 * MikroORM 7 inlines every parameter into the statement text. Its escape appends a string one
 * character at a time, so a signed score's 70 KB explanation became 70,000 string pieces to
 * join: a signed quarter or an approved year spent more in the garbage collector than in the
 * database. This one copies in two passes and writes the same text.
 */
export class JifenPostgreSqlPlatform extends PostgreSqlPlatform {
  override escape(value: unknown): string {
    return typeof value === 'string' ? escapeLiteral(value) : super.escape(value);
  }
}

/** MikroORM's PostgreSQL driver on the platform above. */
export class JifenPostgreSqlDriver extends PostgreSqlDriver {
  protected override readonly platform = new JifenPostgreSqlPlatform();
}
