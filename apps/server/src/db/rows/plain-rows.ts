import { type Collection, raw, type Reference, ReferenceKind } from '@mikro-orm/core';
import type { EntityClass, EntityManager, FilterQuery, QueryOrderMap } from '@mikro-orm/postgresql';
import { tenantSql } from '../../tenancy/tenant-filter.js';
import { preparedRead } from '../connection/bound-query.js';

/**
 * An entity's data as a plain object: its columns under their property names, converted as the
 * ORM converts them (dates, JSON), without relations, methods or change tracking.
 */
export type Plain<T> = {
  [
    K in keyof T as NonNullable<T[K]> extends
      Reference<object> | Collection<object> | ((...args: never[]) => unknown)
      ? never
      : K
  ]: T[K];
};

/**
 * Maps rows that hand-written SQL read from `entity`'s table to plain objects, as the ORM maps
 * column names and values.
 */
export function plainRows<T extends object>(
  em: EntityManager,
  entity: EntityClass<T>,
  rows: readonly Record<string, unknown>[],
): Plain<T>[] {
  const meta = em.getMetadata().get(entity);
  const driver = em.getDriver();
  return rows.map((row) => driver.mapResult(row as never, meta) as unknown as Plain<T>);
}

/**
 * Reads rows through the tenant filter (and row-level security) as plain objects: for lists and
 * batch loaders whose rows are only shown. Hydrating managed entities costs about four times as
 * much CPU per row, which is most of a large page's time. The columns of the properties in `except`
 * are not read.
 */
export async function findPlain<T extends object>(
  em: EntityManager,
  entity: EntityClass<T>,
  where: FilterQuery<T>,
  orderBy?: QueryOrderMap<T>,
  except?: readonly (keyof T & string)[],
): Promise<Plain<T>[]> {
  const qb = em.createQueryBuilder(entity).where(where as never);
  if (except?.length) qb.select(raw(columnsOf(em, entity, qb.alias, { except })));
  if (orderBy) qb.orderBy(orderBy as never);
  await qb.applyFilters();
  return (await qb.execute('all', true)) as unknown as Plain<T>[];
}

/**
 * `findPlain` for the hottest reads, by a hand-written condition on `alias` (its `?` parameters in
 * `params`): the same columns, mapping and tenant walls (`tenantSql`), without building the
 * statement through the ORM's query builder, which took a seventh of a roster's server CPU.
 */
export async function selectPlain<T extends object>(
  em: EntityManager,
  entity: EntityClass<T>,
  alias: string,
  where: { sql: string; params: readonly unknown[] },
  options: {
    orderBy?: string;
    except?: readonly (keyof T & string)[];
    only?: Properties;
    /**
     * Bound and prepared once per connection (`preparedRead`) instead of inlined and planned each
     * time: for a read sent on its own, such as a loader's. Not for a request's first read, which
     * travels inlined with its transaction's `begin` and scope in one round trip.
     */
    prepared?: boolean;
  } = {},
): Promise<Plain<T>[]> {
  const meta = em.getMetadata().get(entity);
  const wall = tenantSql(em, meta.className, alias);
  const sql = `select ${columnsOf(em, entity, alias, { except: options.except, only: options.only })}
       from "${meta.tableName}" ${alias} where ${wall.sql} and ${where.sql}${
         options.orderBy ? ` order by ${options.orderBy}` : ''
       }`;
  const params = [...wall.params, ...where.params];
  const rows = options.prepared
    ? await preparedRead<Record<string, unknown>>(em, sql, params)
    : await em.execute<Record<string, unknown>[]>(sql, params);
  return plainRows(em, entity, rows);
}

/** What a field resolver named like a column reads besides that column (see `propertiesFor`). */
export type FieldNeeds = Readonly<Record<string, readonly string[]>>;

/** The properties a read takes of an entity: all of them, or those named. */
export type Properties = readonly string[] | 'all';

/**
 * The properties of `entity` that a GraphQL selection of `asked` fields needs: those that key a
 * row (the primary key and the relations' columns, by which field resolvers and loaders find
 * related rows) and each asked field that is a column property. A field that is neither, such as
 * a field resolver that may read any column, needs them all. Lists then read the columns a query
 * shows, not the whole row. A field resolver named like a column gets that column and the keys
 * only, so it must read no more (score-columns.test.ts lists those there are), unless the entity
 * names what else it reads in a static `fieldNeeds` (field → properties).
 */
export function propertiesFor<T extends object>(
  em: EntityManager,
  entity: EntityClass<T>,
  asked: ReadonlySet<string>,
): Properties {
  const meta = em.getMetadata().get(entity);
  const names = new Set<string>();
  for (const prop of meta.props) {
    if (prop.primary || prop.kind === ReferenceKind.MANY_TO_ONE) names.add(prop.name);
  }
  for (const field of asked) {
    if (field === '__typename') continue;
    const prop = meta.props.find((p) => p.name === field);
    const column = prop?.kind === ReferenceKind.SCALAR || prop?.kind === ReferenceKind.MANY_TO_ONE;
    if (!column) return 'all';
    names.add(field);
    for (const need of (entity as { fieldNeeds?: FieldNeeds }).fieldNeeds?.[field] ?? []) {
      names.add(need);
    }
  }
  return [...names].sort();
}

/**
 * The select list of `entity`'s own columns under `alias`, each renamed `prefix + column` when a
 * prefix is given (to read several tables' rows from one joined statement), leaving out the
 * columns of the properties in `except`, or of those not in `only`, and the columns in `omit`
 * (whose values the caller knows without reading them: a filter's, a join's).
 */
export function columnsOf<T extends object>(
  em: EntityManager,
  entity: EntityClass<T>,
  alias: string,
  options: {
    prefix?: string;
    except?: readonly (keyof T & string)[];
    only?: Properties;
    omit?: readonly string[];
  } = {},
): string {
  const meta = em.getMetadata().get(entity);
  const only = options.only === 'all' ? undefined : options.only;
  const columns = new Set<string>();
  for (const prop of meta.props) {
    // Lazy properties (large JSON kept for one reader) are read only by the statement that wants them.
    if (prop.persist === false || prop.lazy) continue;
    if (options.except?.includes(prop.name as keyof T & string)) continue;
    if (only && !only.includes(prop.name)) continue;
    for (const column of prop.fieldNames ?? []) {
      if (!options.omit?.includes(column)) columns.add(column);
    }
  }
  return [...columns]
    .map((c) => (options.prefix ? `${alias}."${c}" as "${options.prefix}${c}"` : `${alias}."${c}"`))
    .join(', ');
}
