import type { AddressInfo } from 'node:net';
import { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { migrateDatabase, withCredentials } from '../../src/db/database.js';
import { ormConfig } from '../../src/db/orm-config.js';
import { seedDemo } from '../../src/db/seed/seed-if-empty.js';
import { createHttpApp, type HttpApp } from '../../src/http/create-http-app.js';
import { createLogger } from '../../src/logger.js';
import {
  LISTENER_APPLICATION_NAME,
  SESSION_CHANNEL,
} from '../../src/auth/sessions/session-invalidation.js';
import { TEST_APP_PASSWORD, TEST_APP_ROLE } from '../test-database.js';
import { TEST_PASSWORD } from '../test-server.js';
import { startCrashablePostgres, type CrashablePostgres } from './crashable-postgres.js';

/**
 * PostgreSQL is killed (SIGKILL, every process) and restarted three times under write and read
 * load. The server must answer the outage with a typed, retryable 503, come back by itself, keep
 * every acknowledged write exactly once, and hold no pooled connection afterwards.
 */

const CRASHES = 3;
const WRITERS = 4;
const READERS = 2;
/** A small pool: a connection leaked per crash would exhaust it and hang the server. */
const POOL = 4;

let postgres: CrashablePostgres;
let ownerUrl: string;
let orm: MikroORM;
let app: HttpApp;
let url: string;

beforeAll(async () => {
  postgres = await startCrashablePostgres();
  const admin = new pg.Client({ connectionString: postgres.adminUrl });
  await admin.connect();
  await admin.query('create database jifen');
  await admin.end();
  ownerUrl = postgres.adminUrl.replace(/\/postgres$/, '/jifen');
  await migrateDatabase(ownerUrl, TEST_APP_ROLE, TEST_APP_PASSWORD);
  orm = await MikroORM.init(
    ormConfig(withCredentials(ownerUrl, TEST_APP_ROLE, TEST_APP_PASSWORD), { pool: POOL }),
  );
  await seedDemo(orm, { ledger: false });
  // A minute's session cache: only the announcement, not the cache's expiry, can end a session.
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    WEB_DIST: '/nonexistent',
    SESSION_CACHE_SECONDS: '60',
  });
  app = await createHttpApp(orm, config, createLogger(config.LOG_LEVEL));
  await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
}, 120_000);

afterAll(async () => {
  await app?.apollo.stop();
  await orm?.close(true);
  await postgres?.stop();
});

type Outcome = { status: number; code?: string; id?: string };

async function gql(query: string, variables: object, token?: string): Promise<Outcome> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(30_000),
  });
  const body = (await res.json()) as {
    data?: { createPartyGroup?: { id: string } } | null;
    errors?: { extensions?: { code?: string } }[];
  };
  return {
    status: res.status,
    code: body.errors?.[0]?.extensions?.code,
    id: body.data?.createPartyGroup?.id,
  };
}

async function post<T>(query: string, variables: object, token?: string): Promise<T> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  return ((await res.json()) as { data: T }).data;
}

async function ready(): Promise<number> {
  const res = await fetch(`${url}/readyz`, { signal: AbortSignal.timeout(10_000) });
  return res.status;
}

async function waitUntil(check: () => Promise<boolean>, ms: number): Promise<number> {
  const started = Date.now();
  while (!(await check().catch(() => false))) {
    if (Date.now() - started > ms) throw new Error(`not within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return Date.now() - started;
}

describe('the server under repeated database crashes', () => {
  it('answers outages with 503, recovers by itself each time, and loses or duplicates no acknowledged write', async () => {
    const token = await post<{ login: { token: string } }>(
      'mutation($l: String!, $p: String!) { login(loginName: $l, password: $p) { token } }',
      { l: 'admin', p: TEST_PASSWORD },
    ).then((d) => d.login.token);
    const branches = await post<{ branches: { id: string }[] }>('{ branches { id } }', {}, token);
    const branchId = branches.branches[0]!.id;

    const acknowledged = new Map<string, string>(); // name → id
    const attempted = new Set<string>();
    const unexpected: Outcome[] = [];
    let unavailable = 0;
    let running = true;
    let seq = 0;
    const record = (outcome: Outcome) => {
      if (outcome.status === 503 && outcome.code === 'SERVICE_UNAVAILABLE') unavailable++;
      else unexpected.push(outcome);
    };
    const writer = async (w: number) => {
      while (running) {
        const name = `故障演练${w}-${seq++}`;
        attempted.add(name);
        const outcome = await gql(
          'mutation($i: CreatePartyGroupInput!) { createPartyGroup(input: $i) { id } }',
          { i: { branchId, name } },
          token,
        ).catch((): Outcome => ({ status: 0, code: 'NETWORK' }));
        if (outcome.status === 200 && outcome.id) acknowledged.set(name, outcome.id);
        else record(outcome);
        if (outcome.status !== 200) await new Promise((r) => setTimeout(r, 50));
      }
    };
    const reader = async () => {
      while (running) {
        const outcome = await gql(
          'query($b: ID) { partyGroups(branchId: $b) { id name } }',
          { b: branchId },
          token,
        ).catch((): Outcome => ({ status: 0, code: 'NETWORK' }));
        if (outcome.status !== 200) {
          record(outcome);
          await new Promise((r) => setTimeout(r, 50));
        }
      }
    };
    const load = [
      ...Array.from({ length: WRITERS }, (_, w) => writer(w)),
      ...Array.from({ length: READERS }, () => reader()),
    ];

    const recoveries: number[] = [];
    for (let crash = 0; crash < CRASHES; crash++) {
      // Let writes flow, then kill the database in the middle of them.
      const before = acknowledged.size;
      await waitUntil(async () => acknowledged.size >= before + 5, 30_000);
      await postgres.crash();
      // During the outage /readyz says so at once instead of hanging.
      await waitUntil(async () => (await ready()) === 503, 10_000);
      await new Promise((r) => setTimeout(r, 300));
      await postgres.restart();
      recoveries.push(await waitUntil(async () => (await ready()) === 200, 15_000));
      // Writes go through again: the server did not hang.
      const after = acknowledged.size;
      await waitUntil(async () => acknowledged.size > after, 20_000);
    }
    running = false;
    await Promise.all(load);

    expect(unexpected).toEqual([]);
    expect(unavailable).toBeGreaterThan(0);
    expect(recoveries).toHaveLength(CRASHES);

    // Every acknowledged write is there exactly once; nothing was written twice.
    const owner = new pg.Client({ connectionString: ownerUrl });
    await owner.connect();
    try {
      const rows = (
        await owner.query<{ id: string; name: string }>(
          `select id, name from party_group where name like '故障演练%'`,
        )
      ).rows;
      const byName = new Map<string, string[]>();
      for (const row of rows) byName.set(row.name, [...(byName.get(row.name) ?? []), row.id]);
      for (const [name, id] of acknowledged) expect(byName.get(name)).toEqual([id]);
      for (const [name, ids] of byName) {
        expect(attempted.has(name)).toBe(true);
        expect(ids).toHaveLength(1);
      }
      // The pool holds nothing checked out: connections of the crashed server went back.
      const pool = await orm.driver.getConnection().getNativeClient();
      expect(pool.waitingCount).toBe(0);
      expect(pool.totalCount).toBe(pool.idleCount);
      const active = await owner.query<{ n: string }>(
        `select count(*) n from pg_stat_activity where usename = $1 and state <> 'idle'`,
        [TEST_APP_ROLE],
      );
      expect(Number(active.rows[0]!.n)).toBe(0);

      // The session listener came back by itself: a session another process revokes and
      // announces is refused here at once, cache or not.
      await waitUntil(
        async () =>
          (
            await owner.query(
              `select 1 from pg_stat_activity where application_name = $1 and query ilike 'listen%'`,
              [LISTENER_APPLICATION_NAME],
            )
          ).rowCount === 1,
        15_000,
      );
      const branchesWith = (t: string) => gql('{ branches { id } }', {}, t);
      expect((await branchesWith(token)).status).toBe(200);
      await owner.query(`update auth_session set revoked_at = now() where revoked_at is null`);
      await owner.query(`select pg_notify($1, '')`, [SESSION_CHANNEL]);
      // The owner does not wait for the listeners' confirmations as a server does: allow the
      // listener the moment PostgreSQL takes to forward it (far below the cache's minute).
      await waitUntil(async () => (await branchesWith(token)).code === 'UNAUTHENTICATED', 5_000);
    } finally {
      await owner.end();
    }
  }, 120_000);
});
