import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { LISTENER_APPLICATION_NAME } from '../../src/auth/sessions/session-invalidation.js';
import { createTestDatabase, type TestDatabase } from '../test-database.js';
import { databaseUrl, withAdmin } from '../template-admin.js';
import { TEST_PASSWORD } from '../test-server.js';
import { startServerProcess, type ServerProcess } from './server-process.js';

/**
 * Two real server processes on one database, as several replicas would run: whatever one of them
 * learns (a log-out, a failed log-in, a save, an idempotency key) the other knows at once. The
 * session cache is on (its default 5 s), so only PostgreSQL can carry a log-out across. Both
 * start at once, as replicas do: their migration steps take turns under an advisory lock.
 */
type Reply = {
  data?: Record<string, unknown> | null;
  errors?: { extensions?: { code?: string } }[];
};

async function gql(
  server: ServerProcess,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<Reply> {
  const res = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as Reply;
}

const LOGIN = 'mutation($l: String!, $p: String!) { login(loginName: $l, password: $p) { token } }';
const codeOf = (reply: Reply) => reply.errors?.[0]?.extensions?.code ?? 'OK';
async function login(server: ServerProcess, loginName: string): Promise<string> {
  const reply = await gql(server, LOGIN, { l: loginName, p: TEST_PASSWORD });
  expect(reply.errors).toBeUndefined();
  return (reply.data!['login'] as { token: string }).token;
}

describe('two server processes on one database', () => {
  let db: TestDatabase;
  let a: ServerProcess;
  let b: ServerProcess;
  beforeAll(async () => {
    db = await createTestDatabase({ template: 'ledger' });
    const env = { JIFEN_TODAY: '2026-11-16' };
    [a, b] = await Promise.all([
      startServerProcess(db.ownerUrl, env),
      startServerProcess(db.ownerUrl, env),
    ]);
  }, 240_000);
  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await db?.close();
  });

  it('refuses on one a session logged out on the other, at once', async () => {
    const token = await login(a, 'zuzhang1');
    expect(codeOf(await gql(b, '{ branches { id } }', {}, token))).toBe('OK'); // b now caches it
    expect(codeOf(await gql(a, 'mutation { logout }', {}, token))).toBe('OK');
    expect(codeOf(await gql(b, '{ branches { id } }', {}, token))).toBe('UNAUTHENTICATED');
    expect(codeOf(await gql(a, '{ branches { id } }', {}, token))).toBe('UNAUTHENTICATED');
  });

  it('locks an account after five failed log-ins spread over both', async () => {
    for (const server of [a, b, a, b, a])
      expect(codeOf(await gql(server, LOGIN, { l: 'zhiwei1', p: 'wrong' }))).toBe(
        'UNAUTHENTICATED',
      );
    for (const server of [a, b])
      expect(codeOf(await gql(server, LOGIN, { l: 'zhiwei1', p: TEST_PASSWORD }))).toBe(
        'TOO_MANY_REQUESTS',
      );
  });

  it('shows on one a save made on the other, and replays its idempotency key there', async () => {
    const SHEET = `query($b: ID!, $m: String!) { monthlySheet(branchId: $b, month: $m) {
      rows { memberId cells { key value version } } } }`;
    const SAVE = `mutation($input: SaveMonthlySheetInput!) { saveMonthlySheet(input: $input) {
      applied replayed cells { memberId itemCode value version } } }`;
    const [keeperA, keeperB] = [await login(a, 'jifenyuan1'), await login(b, 'jifenyuan1')];
    const branches = await gql(b, '{ branches { id name } }', {}, keeperB);
    const office = (branches.data!['branches'] as { id: string; name: string }[]).find(
      (br) => br.name === '办公室党支部',
    )!;
    const read = async (server: ServerProcess, token: string) => {
      const reply = await gql(server, SHEET, { b: office.id, m: '2026-03' }, token);
      expect(reply.errors).toBeUndefined();
      type Row = {
        memberId: string;
        cells: { key: string; value: string | null; version: number }[];
      };
      const row = (reply.data!['monthlySheet'] as { rows: Row[] }).rows[0]!;
      return {
        memberId: row.memberId,
        cell: row.cells.find((c) => c.key === 'item:study-app-login')!,
      };
    };
    const before = await read(b, keeperB);
    const input = {
      branchId: office.id,
      month: '2026-03',
      idempotencyKey: `replicas-${randomBytes(6).toString('hex')}`,
      cells: [
        {
          memberId: before.memberId,
          itemCode: 'study-app-login',
          value: '9',
          expectedVersion: before.cell.version,
        },
      ],
    };
    const saved = await gql(a, SAVE, { input }, keeperA);
    expect(saved.errors).toBeUndefined();
    expect(saved.data!['saveMonthlySheet']).toMatchObject({ applied: 1, replayed: false });

    const seen = await read(b, keeperB);
    expect(seen.cell).toMatchObject({ value: '9', version: before.cell.version + 1 });

    // The same request again, to the other process: the stored result, not a second write.
    const retried = await gql(b, SAVE, { input }, keeperB);
    expect(retried.errors).toBeUndefined();
    expect(retried.data!['saveMonthlySheet']).toMatchObject({ applied: 1, replayed: true });
    expect((await read(a, keeperA)).cell.version).toBe(before.cell.version + 1);
  });
});

describe('WEB_CONCURRENCY=2: one port, two worker processes', () => {
  const adminUrl = inject('postgresAdminUrl');
  const name = `jifen_replicas_${randomBytes(4).toString('hex')}`;
  let cluster: ServerProcess | undefined;
  afterAll(async () => {
    await cluster?.stop();
    await withAdmin(adminUrl, (c) => c.query(`drop database if exists ${name} with (force)`));
  });

  it('migrates once in the primary, then serves from two workers that stop with it', async () => {
    await withAdmin(adminUrl, (c) => c.query(`create database ${name}`));
    const ownerUrl = databaseUrl(adminUrl, name);
    cluster = await startServerProcess(ownerUrl, { WEB_CONCURRENCY: '2' });
    const events = () =>
      cluster!.lines.flatMap((line) => {
        try {
          return [JSON.parse(line) as { msg?: string; pid?: number }];
        } catch {
          return [];
        }
      });
    const workers = () =>
      new Set(
        events()
          .filter((e) => e.msg === 'listening')
          .map((e) => e.pid),
      );
    // The primary announces it runs once both workers told it so; their own log lines come down
    // other pipes and may arrive a moment later.
    for (let i = 0; workers().size < 2 && i < 600; i++) await new Promise((r) => setTimeout(r, 50));
    expect(events().filter((e) => e.msg === 'migrations applied')).toHaveLength(1);
    expect(workers().size).toBe(2);
    expect((await fetch(`${cluster.url}/readyz`)).status).toBe(200);

    const listeners = () =>
      withAdmin(adminUrl, async (c) => {
        const { rows } = await c.query(
          `select count(*)::int n from pg_stat_activity where datname = $1 and application_name = $2`,
          [name, LISTENER_APPLICATION_NAME],
        );
        return rows[0].n as number;
      });
    // Each worker listens for session changes on a connection of its own.
    // A busy machine may take seconds to connect them: wait up to 30 s.
    for (let i = 0; (await listeners()) < 2 && i < 600; i++)
      await new Promise((r) => setTimeout(r, 50));
    expect(await listeners()).toBe(2);

    await cluster.stop();
    expect(await listeners()).toBe(0);
  }, 240_000);
});
