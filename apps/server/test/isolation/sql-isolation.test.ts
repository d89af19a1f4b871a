import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tenantTables, type TableTenancy } from '../../src/tenancy/row-level-security.js';
import { sessionVariables, type TenantScope } from '../../src/tenancy/tenant-scope.js';
import { demoLookup } from '../factories/demo-lookup.js';
import { TEST_APP_ROLE } from '../test-database.js';
import { startTestServer, type TestServer } from '../test-server.js';
import { buildWorld } from './isolation-world.js';

/**
 * The database wall on its own: raw SQL as the app role, the way a bug that skipped the ORM would
 * reach the data. Every tenant table from the catalog is probed, so a new table is probed the
 * moment it exists.
 */
let server: TestServer;
let app: pg.Client;
let owner: pg.Client;
let tables: TableTenancy[];
/** Each table's columns but the generated ones (PostgreSQL refuses a value for those). */
const insertable = new Map<string, string[]>();
let A: string;
let B: string;
let BGS: string;
let ZCC: string;

beforeAll(async () => {
  server = await startTestServer({}, { template: 'two-bureaus' });
  await buildWorld(server);
  const a = await demoLookup(server.db, 'CZJGSW');
  const b = await demoLookup(server.db, 'WXJGSW');
  [A, B, BGS, ZCC] = [a.bureauId, b.bureauId, a.branch('BGS').id, a.branch('ZCC').id];
  app = new pg.Client({ connectionString: server.db.appUrl });
  owner = new pg.Client({ connectionString: server.db.ownerUrl });
  await Promise.all([app.connect(), owner.connect()]);
  tables = await tenantTables(owner);
  const { rows } = await owner.query<{ table_name: string; columns: string[] }>(
    `select table_name, array_agg(column_name::text order by ordinal_position) as columns
       from information_schema.columns
      where table_schema = 'public' and is_generated = 'NEVER' group by table_name`,
  );
  for (const r of rows) insertable.set(r.table_name, r.columns.map(q));
}, 120_000);
afterAll(async () => {
  await Promise.all([app.end(), owner.end()]);
  await server.close();
});

type Result = { rowCount: number; rows: Record<string, unknown>[] } | { code: string };

/** One statement as the app role, inside a transaction with the scope's session settings, rolled back. */
async function asApp(
  scope: TenantScope | null,
  sql: string,
  params: unknown[] = [],
): Promise<Result> {
  await app.query('begin');
  try {
    if (scope)
      for (const [name, value] of Object.entries(sessionVariables(scope)))
        await app.query('select set_config($1, $2, true)', [name, value]);
    const res = await app.query(sql, params);
    return { rowCount: res.rowCount ?? 0, rows: res.rows };
  } catch (error) {
    return { code: (error as { code: string }).code };
  } finally {
    await app.query('rollback');
  }
}

const q = (name: string) => `"${name}"`;
const keyColumn = (table: string) => (table === 'bureau' ? 'id' : 'bureau_id');

/** A copy of one row as the owner sees it, with a fresh key so only the walls can refuse it. */
async function sampleCopy(table: string, where: string, params: unknown[]): Promise<string | null> {
  const { rows } = await owner.query<{ r: Record<string, unknown> }>(
    `select row_to_json(t) as r from ${q(table)} t where ${where} limit 1`,
    params,
  );
  const row = rows[0]?.r;
  if (!row) return null;
  if ('id' in row) row['id'] = randomUUID();
  if ('seq' in row) row['seq'] = Number(row['seq']) + 1_000_000;
  if (table === 'bureau') row['code'] = `probe-${randomUUID()}`;
  return JSON.stringify(row);
}
const insertCopy = (table: string) => {
  const columns = insertable.get(table)!.join(', ');
  return `insert into ${q(table)} (${columns}) select ${columns} from json_populate_record(null::${q(table)}, $1::json)`;
};

const SCOPES: Record<string, TenantScope> = {
  secretary: { bureauId: '', branchIds: [], writeBranchIds: [] },
  committee: { bureauId: '', branchIds: 'all', writeBranchIds: 'all' },
  analyst: { bureauId: '', branchIds: 'all', writeBranchIds: [] },
};
/** Tables of the org, auth and audit modules must all have rows to aim at; others get what exists. */
const MUST_HAVE_SAMPLES = [
  'bureau',
  'branch',
  'party_group',
  'member',
  'membership',
  'user_account',
  'role_assignment',
  'auth_session',
  'audit_entry',
  'audit_chain_head',
];

type Probe = { name: string; run: () => Promise<string | null> };

/** Passes when the statement touched no row or was refused by the walls (42501). */
const touchesNothing = (r: Result) =>
  'code' in r
    ? r.code === '42501'
      ? null
      : `failed with ${r.code}`
    : r.rowCount === 0
      ? null
      : `touched ${r.rowCount} rows`;
const refused = (r: Result) =>
  'code' in r && r.code === '42501' ? null : `not refused: ${JSON.stringify(r)}`;
const seesNone = (r: Result) =>
  'code' in r
    ? `failed with ${r.code}`
    : Number(r.rows[0]?.['n']) === 0
      ? null
      : `saw ${String(r.rows[0]?.['n'])} rows`;

function probesFor({ table, hasBranch }: TableTenancy, missing: string[]): Probe[] {
  const key = keyColumn(table);
  const t = q(table);
  const probes: Probe[] = [];
  const add = (name: string, run: () => Promise<string | null>) =>
    probes.push({ name: `${table}: ${name}`, run });
  const copy = async (where: string, params: unknown[], label: string) => {
    const row = await sampleCopy(table, where, params);
    if (!row) missing.push(`${table} (${label})`);
    return row;
  };
  for (const [role, base] of Object.entries(SCOPES)) {
    const scope =
      role === 'secretary'
        ? { ...base, bureauId: A, branchIds: [BGS], writeBranchIds: [BGS] }
        : { ...base, bureauId: A };
    add(`${role} reads another bureau`, async () =>
      seesNone(await asApp(scope, `select count(*) as n from ${t} where ${key} = $1`, [B])),
    );
    add(`${role} updates another bureau`, async () =>
      touchesNothing(await asApp(scope, `update ${t} set ${key} = ${key} where ${key} = $1`, [B])),
    );
    add(`${role} deletes another bureau`, async () =>
      touchesNothing(await asApp(scope, `delete from ${t} where ${key} = $1`, [B])),
    );
    add(`${role} inserts with another bureau's id`, async () => {
      const row = await copy(`${key} = $1`, [B], 'another bureau');
      return row ? refused(await asApp(scope, insertCopy(table), [row])) : null;
    });
    if (table !== 'bureau')
      add(`${role} moves its rows into another bureau`, async () =>
        touchesNothing(
          await asApp(scope, `update ${t} set bureau_id = $1 where bureau_id = $2`, [B, A]),
        ),
      );
    if (role === 'analyst') {
      add('analyst inserts in its own bureau', async () => {
        const row = await copy(`${key} = $1`, [A], 'own bureau');
        return row ? refused(await asApp(scope, insertCopy(table), [row])) : null;
      });
      add('analyst updates its own bureau', async () =>
        touchesNothing(
          await asApp(scope, `update ${t} set ${key} = ${key} where ${key} = $1`, [A]),
        ),
      );
      add('analyst deletes in its own bureau', async () =>
        touchesNothing(await asApp(scope, `delete from ${t} where ${key} = $1`, [A])),
      );
    }
    if (role === 'secretary' && (hasBranch || table === 'branch')) {
      const col = table === 'branch' ? 'id' : 'branch_id';
      add('secretary reads another branch', async () =>
        table === 'branch'
          ? null
          : seesNone(await asApp(scope, `select count(*) as n from ${t} where ${col} = $1`, [ZCC])),
      );
      add('secretary updates another branch', async () =>
        touchesNothing(
          await asApp(scope, `update ${t} set ${col} = ${col} where ${col} = $1`, [ZCC]),
        ),
      );
      add('secretary deletes in another branch', async () =>
        touchesNothing(await asApp(scope, `delete from ${t} where ${col} = $1`, [ZCC])),
      );
      add('secretary inserts with another branch’s id', async () => {
        const row = await copy(`${col} = $1`, [ZCC], 'another branch');
        return row ? refused(await asApp(scope, insertCopy(table), [row])) : null;
      });
      if (table !== 'branch')
        add('secretary moves its rows into another branch', async () =>
          touchesNothing(
            await asApp(scope, `update ${t} set branch_id = $1 where branch_id = $2`, [ZCC, BGS]),
          ),
        );
    }
  }
  add('no scope reads nothing', async () =>
    seesNone(await asApp(null, `select count(*) as n from ${t}`)),
  );
  add('no scope inserts nothing', async () => {
    const row = await copy(`${key} = $1`, [A], 'own bureau');
    return row ? refused(await asApp(null, insertCopy(table), [row])) : null;
  });
  add('no scope updates nothing', async () =>
    touchesNothing(await asApp(null, `update ${t} set ${key} = ${key}`)),
  );
  return probes;
}

describe('isolation in the database, as the app role', () => {
  it('refuses every raw SQL probe on every tenant table', async () => {
    const missing: string[] = [];
    const probes = tables.flatMap((t) => probesFor(t, missing));
    const failures: string[] = [];
    for (const probe of probes) {
      const problem = await probe.run();
      if (problem) failures.push(`${probe.name}: ${problem}`);
    }
    console.log(
      `isolation: ${probes.length} raw SQL probes on ${tables.length} tenant tables, ${failures.length} leaks` +
        (missing.length ? `; no sample row to copy in ${[...new Set(missing)].join(', ')}` : ''),
    );
    expect(failures).toEqual([]);
    expect(missing.filter((m) => MUST_HAVE_SAMPLES.some((t) => m.startsWith(`${t} `)))).toEqual([]);
    expect(tables.map((t) => t.table)).toEqual(expect.arrayContaining(MUST_HAVE_SAMPLES));
  }, 120_000);

  it('shows the probes can see a leak: in the rows’ own scope the same reads find them', async () => {
    for (const { table, hasBranch } of tables) {
      const key = keyColumn(table);
      const own = await asApp(
        { bureauId: B, branchIds: 'all' },
        `select count(*) as n from ${q(table)} where ${key} = $1`,
        [B],
      );
      expect(seesNone(own), table).not.toBeNull();
      if (!hasBranch || !MUST_HAVE_SAMPLES.includes(table) || table === 'audit_entry') continue;
      const branch = await asApp(
        { bureauId: A, branchIds: [ZCC] },
        `select count(*) as n from ${q(table)} where branch_id = $1`,
        [ZCC],
      );
      expect(seesNone(branch), table).not.toBeNull();
    }
  });

  it('keeps bureau-wide rows out of a branch role’s reach for writing', async () => {
    const scope = { bureauId: A, branchIds: [BGS], writeBranchIds: [BGS] };
    const row = await sampleCopy('role_assignment', 'bureau_id = $1 and branch_id is null', [A]);
    expect(refused(await asApp(scope, insertCopy('role_assignment'), [row]))).toBeNull();
    const update = await asApp(
      scope,
      'update role_assignment set role = role where branch_id is null',
    );
    expect(touchesNothing(update)).toBeNull();
    const visible = await asApp(
      scope,
      'select count(*) as n from role_assignment where branch_id is null',
    );
    expect(Number(('rows' in visible && visible.rows[0]?.['n']) || 0)).toBeGreaterThan(0);
  });
});

describe('the app role in the catalog', () => {
  it('is no superuser, cannot bypass RLS, create roles or databases, and belongs to no other role', async () => {
    const { rows } = await owner.query(
      `select rolsuper, rolbypassrls, rolcreaterole, rolcreatedb, rolinherit,
              (select count(*)::int from pg_auth_members m where m.member = r.oid) as memberships
       from pg_roles r where rolname = $1`,
      [TEST_APP_ROLE],
    );
    expect(rows[0]).toMatchObject({
      rolsuper: false,
      rolbypassrls: false,
      rolcreaterole: false,
      rolcreatedb: false,
      memberships: 0,
    });
  });

  it('owns nothing in the database: no table, sequence, view, type, function or schema', async () => {
    const { rows } = await owner.query(
      `select (select count(*)::int from pg_class where relowner = r.oid)
            + (select count(*)::int from pg_type where typowner = r.oid)
            + (select count(*)::int from pg_proc where proowner = r.oid)
            + (select count(*)::int from pg_namespace where nspowner = r.oid) as owned
       from pg_roles r where rolname = $1`,
      [TEST_APP_ROLE],
    );
    expect(rows[0].owned).toBe(0);
  });

  it('has row-level security enabled and forced, with the four tenant policies, on every tenant table', async () => {
    const { rows } = await owner.query<{
      relname: string;
      relrowsecurity: boolean;
      relforcerowsecurity: boolean;
      policies: string[];
    }>(
      `select c.relname, c.relrowsecurity, c.relforcerowsecurity,
              coalesce(array_agg(p.polname::text order by p.polname) filter (where p.polname is not null), '{}'::text[]) as policies
       from pg_class c join pg_namespace n on n.oid = c.relnamespace and n.nspname = 'public'
       left join pg_policy p on p.polrelid = c.oid
       where c.relname = any($1) group by c.relname, c.relrowsecurity, c.relforcerowsecurity`,
      [tables.map((t) => t.table)],
    );
    expect(rows.length).toBe(tables.length);
    for (const row of rows)
      expect(row, row.relname).toEqual({
        relname: row.relname,
        relrowsecurity: true,
        relforcerowsecurity: true,
        policies: ['tenant_delete', 'tenant_insert', 'tenant_read', 'tenant_update'],
      });
  });

  it('cannot truncate any table (TRUNCATE ignores row-level security) nor change the audit log', async () => {
    const { rows } = await owner.query<{
      table_name: string;
      truncate: boolean;
      update: boolean;
      delete: boolean;
    }>(
      `select table_name, has_table_privilege($1, quote_ident(table_name), 'TRUNCATE') as truncate,
              has_table_privilege($1, quote_ident(table_name), 'UPDATE') as update,
              has_table_privilege($1, quote_ident(table_name), 'DELETE') as delete
       from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'`,
      [TEST_APP_ROLE],
    );
    expect(rows.filter((r) => r.truncate).map((r) => r.table_name)).toEqual([]);
    expect(rows.find((r) => r.table_name === 'audit_entry')).toMatchObject({
      update: false,
      delete: false,
    });
  });
});
