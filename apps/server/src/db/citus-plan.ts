import type pg from 'pg';
import { GLOBAL_TABLES } from '../tenancy/row-level-security.js';

/**
 * How the schema would be spread over a Citus cluster (docs/scale-out.md), read from the live
 * catalog so it never lags the migrations: every tenant table distributed by `bureau_id` and
 * co-located, the bureau and the global tables as reference tables (a copy on every node), the
 * migrations' bookkeeping left on the coordinator. `problems` names whatever would make
 * `create_distributed_table` refuse a table: a primary key, unique key, unique index or foreign
 * key without `bureau_id`.
 */
export const DISTRIBUTION_COLUMN = 'bureau_id';
/** Stays an ordinary table on the coordinator, where migrations run. */
export const COORDINATOR_ONLY: ReadonlySet<string> = new Set(['mikro_orm_migrations']);

export type DistributionPlan = {
  reference: string[];
  /** In creation order: a table comes after every distributed table it references. */
  distributed: string[];
  coordinatorOnly: string[];
  /**
   * Foreign keys in a cycle between distributed tables (a party group's leader is a member, a
   * member's group a party group): dropped before distributing and added back after, since Citus
   * distributes a key's target before its source.
   */
  deferredKeys: { table: string; name: string; definition: string }[];
  problems: string[];
  statements: string[];
};

type Constraint = {
  table: string;
  name: string;
  type: 'p' | 'u' | 'f';
  columns: string[];
  refTable: string | null;
  refColumns: string[] | null;
  definition: string;
};

async function catalog(client: pg.ClientBase) {
  const tables = await client.query<{ table: string; hasBureau: boolean }>(`
    select t.table_name as table,
           exists (select 1 from information_schema.columns c where c.table_schema = 'public'
                   and c.table_name = t.table_name and c.column_name = '${DISTRIBUTION_COLUMN}') as "hasBureau"
    from information_schema.tables t
    where t.table_schema = 'public' and t.table_type = 'BASE TABLE' order by t.table_name`);
  const constraints = await client.query<Constraint>(`
    select c.conrelid::regclass::text as table, c.conname as name, c.contype as type,
           array(select a.attname::text from unnest(c.conkey) with ordinality k(n, i)
                 join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.n order by k.i) as columns,
           case when c.contype = 'f' then c.confrelid::regclass::text end as "refTable",
           array(select a.attname::text from unnest(c.confkey) with ordinality k(n, i)
                 join pg_attribute a on a.attrelid = c.confrelid and a.attnum = k.n order by k.i) as "refColumns",
           pg_get_constraintdef(c.oid) as definition
    from pg_constraint c join pg_namespace n on n.oid = c.connamespace
    where n.nspname = 'public' and c.contype in ('p', 'u', 'f') order by 1, 2`);
  const uniqueIndexes = await client.query<{ table: string; name: string; columns: string[] }>(`
    select t.relname as table, i.relname as name,
           array(select a.attname::text from unnest(x.indkey) k(n)
                 join pg_attribute a on a.attrelid = x.indrelid and a.attnum = k.n) as columns
    from pg_index x join pg_class i on i.oid = x.indexrelid join pg_class t on t.oid = x.indrelid
    join pg_namespace n on n.oid = t.relnamespace
    where n.nspname = 'public' and x.indisunique and not x.indisprimary
      and not exists (select 1 from pg_constraint c where c.conindid = x.indexrelid)
    order by 1, 2`);
  return { tables: tables.rows, constraints: constraints.rows, uniqueIndexes: uniqueIndexes.rows };
}

export async function distributionPlan(client: pg.ClientBase): Promise<DistributionPlan> {
  const { tables, constraints, uniqueIndexes } = await catalog(client);
  const coordinatorOnly = tables.map((t) => t.table).filter((t) => COORDINATOR_ONLY.has(t));
  const reference = tables
    .map((t) => t.table)
    .filter((t) => t === 'bureau' || (GLOBAL_TABLES.has(t) && !COORDINATOR_ONLY.has(t)));
  const tenant = new Set(
    tables.filter((t) => t.hasBureau && !GLOBAL_TABLES.has(t.table)).map((t) => t.table),
  );
  const problems: string[] = [];
  for (const t of tables)
    if (!tenant.has(t.table) && !reference.includes(t.table) && !coordinatorOnly.includes(t.table))
      problems.push(`${t.table}: no ${DISTRIBUTION_COLUMN} and not a documented global table`);
  for (const table of tenant) {
    const pk = constraints.find((c) => c.table === table && c.type === 'p');
    if (!pk?.columns.includes(DISTRIBUTION_COLUMN))
      problems.push(`${table}: primary key (${pk?.columns.join(', ') ?? 'none'}) lacks bureau_id`);
  }
  for (const c of constraints.filter((c) => tenant.has(c.table))) {
    if (c.type === 'u' && !c.columns.includes(DISTRIBUTION_COLUMN))
      problems.push(`${c.table}.${c.name}: unique (${c.columns.join(', ')}) lacks bureau_id`);
    if (c.type !== 'f') continue;
    // To a reference table any key will do; to a distributed one bureau_id must meet bureau_id.
    if (reference.includes(c.refTable!)) continue;
    const i = c.columns.indexOf(DISTRIBUTION_COLUMN);
    if (i < 0 || c.refColumns?.[i] !== DISTRIBUTION_COLUMN)
      problems.push(
        `${c.table}.${c.name}: foreign key (${c.columns.join(', ')}) → ${c.refTable} (${c.refColumns?.join(', ')}) does not pair bureau_id with bureau_id`,
      );
  }
  for (const c of constraints.filter((c) => reference.includes(c.table) && c.type === 'f'))
    if (tenant.has(c.refTable!))
      problems.push(`${c.table}.${c.name}: a reference table cannot point at a distributed one`);
  for (const u of uniqueIndexes)
    if (tenant.has(u.table) && !u.columns.includes(DISTRIBUTION_COLUMN))
      problems.push(`${u.table}.${u.name}: unique index (${u.columns.join(', ')}) lacks bureau_id`);

  const { order: distributed, deferred } = creationOrder([...tenant], constraints);
  const [first] = distributed;
  const deferredKeys = deferred.map((c) => ({
    table: c.table,
    name: c.name,
    definition: c.definition,
  }));
  const statements = [
    ...reference.map((t) => `select create_reference_table('${t}');`),
    ...deferredKeys.map((k) => `alter table ${k.table} drop constraint ${k.name};`),
    ...distributed.map((t) =>
      t === first
        ? `select create_distributed_table('${t}', '${DISTRIBUTION_COLUMN}');`
        : `select create_distributed_table('${t}', '${DISTRIBUTION_COLUMN}', colocate_with => '${first}');`,
    ),
    ...deferredKeys.map((k) => `alter table ${k.table} add constraint ${k.name} ${k.definition};`),
  ];
  return { reference, distributed, coordinatorOnly, deferredKeys, problems, statements };
}

/**
 * Referenced tables first (Citus distributes a foreign key's target before its source); a key
 * that closes a cycle is deferred: dropped before, added back after.
 */
function creationOrder(
  tables: string[],
  constraints: Constraint[],
): { order: string[]; deferred: Constraint[] } {
  const set = new Set(tables);
  const keys = constraints.filter(
    (c) => c.type === 'f' && set.has(c.table) && set.has(c.refTable!) && c.refTable !== c.table,
  );
  const order: string[] = [];
  const deferred: Constraint[] = [];
  const placed = new Set<string>();
  const path = new Set<string>();
  const place = (t: string) => {
    if (placed.has(t)) return;
    path.add(t);
    for (const key of keys.filter((c) => c.table === t)) {
      if (path.has(key.refTable!)) deferred.push(key);
      else place(key.refTable!);
    }
    path.delete(t);
    placed.add(t);
    order.push(t);
  };
  for (const t of [...tables].sort()) place(t);
  return { order, deferred };
}
