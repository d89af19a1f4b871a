import { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database.js';
import { ormConfig } from '../orm-config.js';
import { boundQuery } from './bound-query.js';
import {
  DeferredBeginClient,
  PREPARED,
  PREPARED_PER_CONNECTION,
  WITH_NEXT_STATEMENT,
} from './deferred-begin-client.js';

/**
 * What reaches PostgreSQL: each call of pg's own `query` is one message (or one extended batch).
 * `events` has each message sent and each answer, in the order they happen.
 */
function recordSent() {
  const sent: string[] = [];
  const events: string[] = [];
  const original = pg.Client.prototype.query;
  const spy = vi.spyOn(pg.Client.prototype, 'query').mockImplementation(function (
    this: pg.Client,
    ...args: unknown[]
  ) {
    const text = typeof args[0] === 'string' ? args[0] : '(object)';
    sent.push(text);
    events.push(`sent ${text}`);
    const callback = args.at(-1);
    if (typeof callback === 'function')
      args[args.length - 1] = (...answer: unknown[]) => {
        events.push(`answered ${text}`);
        return (callback as (...a: unknown[]) => unknown)(...answer);
      };
    return (original as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof original);
  return { sent, events, restore: () => spy.mockRestore() };
}

describe('the deferred begin', () => {
  let db: TestDatabase;
  let client: DeferredBeginClient;
  let sent: string[];
  let events: string[];
  let restore: () => void;
  beforeAll(async () => {
    db = await createTestDatabase();
    const owner = new pg.Client(db.ownerUrl);
    await owner.connect();
    await owner.query('create table commit_probe (n int)');
    await owner.end();
  }, 120_000);
  afterAll(() => db.close());
  afterEach(async () => {
    await client.end();
    restore();
  });
  async function connect() {
    ({ sent, events, restore } = recordSent());
    // As the ORM's pool makes them (db/orm-config.ts).
    client = new DeferredBeginClient({ connectionString: db.ownerUrl, pipeline: true });
    await client.connect();
  }
  const setting = async () =>
    (await client.query(`select current_setting('jifen.probe', true) as v`)).rows[0].v as
      string | null;
  const inTransaction = async () =>
    (
      await client.query(
        'select xact_start is not null and xact_start < statement_timestamp() as open from pg_stat_activity where pid = pg_backend_pid()',
      )
    ).rows[0].open as boolean;

  it('sends the begin with the scope in one message, and the scope holds until commit', async () => {
    await connect();
    await client.query('begin');
    expect(sent).toEqual([]);
    const scoped = await client.query(`select set_config('jifen.probe', 'b1', true) as v`);
    expect(scoped.rows).toEqual([{ v: 'b1' }]);
    expect(sent).toEqual([`begin;select set_config('jifen.probe', 'b1', true) as v`]);
    expect(await setting()).toBe('b1');
    expect(await inTransaction()).toBe(true);
    await client.query('commit');
    expect(sent.at(-1)).toBe('commit');
    // Local to the transaction: gone once it ended, so it really was one.
    expect(await setting()).toBeFalsy();
  });

  it('sends nothing for a transaction that ends before its first statement', async () => {
    await connect();
    await client.query('begin');
    await client.query('rollback');
    expect(sent).toEqual([]);
    await client.query(`select set_config('jifen.probe', 'outside', true)`);
    // Not in a transaction: the local setting ended with its own statement.
    expect(await setting()).toBeFalsy();
  });

  it('puts a plain begin before a statement with bound values', async () => {
    await connect();
    await client.query('begin');
    const { rows } = await client.query('select $1::int + 1 as n', [41]);
    expect(rows).toEqual([{ n: 42 }]);
    expect(sent).toEqual(['begin', 'select $1::int + 1 as n']);
    expect(await inTransaction()).toBe(true);
    await client.query('rollback');
    expect(await inTransaction()).toBe(false);
  });

  it('reports a failing first statement, and the transaction rolls back as before', async () => {
    await connect();
    await client.query('begin');
    await expect(client.query('select 1 / 0')).rejects.toMatchObject({ code: '22012' });
    await expect(client.query('select 1')).rejects.toMatchObject({ code: '25P02' });
    await client.query('rollback');
    expect((await client.query('select 2 as n')).rows).toEqual([{ n: 2 }]);
  });

  it('sends settings marked for the next statement with it, and drops those still waiting at the end', async () => {
    await connect();
    await client.query('begin');
    await client.query(`${WITH_NEXT_STATEMENT}select set_config('jifen.probe', 'wide', true)`);
    expect(sent).toEqual([]);
    const { rows } = await client.query(`select current_setting('jifen.probe', true) as v`);
    expect(rows).toEqual([{ v: 'wide' }]);
    expect(sent).toEqual([
      `begin;${WITH_NEXT_STATEMENT}select set_config('jifen.probe', 'wide', true);select current_setting('jifen.probe', true) as v`,
    ]);
    await client.query(`${WITH_NEXT_STATEMENT}select set_config('jifen.probe', 'narrow', true)`);
    // Bound values cannot share the message: the waiting setting goes first, on its own.
    const bound = await client.query(`select current_setting('jifen.probe', true) || $1 as v`, [
      '!',
    ]);
    expect(bound.rows).toEqual([{ v: 'narrow!' }]);
    expect(sent.slice(1)).toEqual([
      `${WITH_NEXT_STATEMENT}select set_config('jifen.probe', 'narrow', true)`,
      `select current_setting('jifen.probe', true) || $1 as v`,
    ]);
    await client.query(`${WITH_NEXT_STATEMENT}select set_config('jifen.probe', 'last', true)`);
    await client.query('commit');
    // The transaction's end undid it anyway: it was never sent.
    expect(sent.slice(3)).toEqual(['commit']);
    expect(await setting()).toBeFalsy();
  });

  it('reports a failure in a statement that carried waiting settings, and rolls back as before', async () => {
    await connect();
    await client.query('begin');
    await client.query(`${WITH_NEXT_STATEMENT}select set_config('jifen.probe', 'wide', true)`);
    await expect(client.query('select 1 / 0')).rejects.toMatchObject({ code: '22012' });
    await client.query('rollback');
    expect(await inTransaction()).toBe(false);
    expect(await setting()).toBeFalsy();
  });

  it('is the client of the ORM’s pool: a scoped transaction sends its begin with the scope', async () => {
    ({ sent, restore } = recordSent());
    client = new DeferredBeginClient(db.ownerUrl); // for afterEach
    const em = db.orm.em.fork();
    em.setSessionContext({ variables: { 'jifen.probe': 'from-orm' } });
    const value = await em.transactional(async (tx) => {
      const [row] = await tx.execute<{ v: string }[]>(
        `select current_setting('jifen.probe', true) as v`,
      );
      return row!.v;
    });
    expect(value).toBe('from-orm');
    const begins = sent.filter((s) => /^begin\b/.test(s));
    expect(begins).toHaveLength(1);
    // The scope waits with the begin: the transaction's first statement carries both.
    expect(begins[0]).toBe(
      `begin;select set_config('jifen.probe', 'from-orm', true);select current_setting('jifen.probe', true) as v`,
    );
  });

  it('is pipelined in the ORM’s pool: statements sent while one runs go out behind it, as pg 9 requires', async () => {
    client = new DeferredBeginClient(db.ownerUrl); // for afterEach
    restore = () => undefined;
    const warnings: string[] = [];
    const warned = (w: Error) => warnings.push(w.message);
    process.on('warning', warned);
    try {
      const em = db.orm.em.fork();
      em.setSessionContext({ variables: { 'jifen.probe': 'sent-together' } });
      // As a bureau's refresh sends its next batch's reads while this one is written: several
      // statements of one transaction on its one connection, none awaited before the next.
      const answers = await em.transactional((tx) =>
        Promise.all(
          [1, 2, 3, 4].map(async (n) => {
            const [row] = await boundQuery<{ n: number; v: string; pid: number }>(
              tx,
              `select $1::int as n, current_setting('jifen.probe', true) as v, pg_backend_pid() as pid`,
              [n],
            );
            return row!;
          }),
        ),
      );
      expect(answers.map((a) => [a.n, a.v])).toEqual([1, 2, 3, 4].map((n) => [n, 'sent-together']));
      expect(new Set(answers.map((a) => a.pid)).size).toBe(1);
      await new Promise((resolve) => setImmediate(resolve));
      expect(warnings.filter((w) => /already executing a query/.test(w))).toEqual([]);
    } finally {
      process.off('warning', warned);
    }
  });

  it('sends a transaction’s statements as they are asked for, not each after the one before is answered', async () => {
    // A pool of its own, made after the recording starts: its client sends through the recorder.
    ({ events, restore } = recordSent());
    client = new DeferredBeginClient(db.ownerUrl); // for afterEach
    const orm = await MikroORM.init(ormConfig(db.appUrl, { pool: 1 }));
    try {
      const em = orm.em.fork();
      em.setSessionContext({ variables: { 'jifen.probe': 'on-the-wire' } });
      const texts = [1, 2, 3].map((n) => `select ${n} + $1::int as n`);
      const answers = await em.transactional(async (tx) => {
        await tx.execute('select 0'); // the begin and the scope go out with it
        events.length = 0;
        return Promise.all(texts.map((text) => boundQuery<{ n: number }>(tx, text, [0])));
      });
      expect(answers.map(([row]) => row!.n)).toEqual([1, 2, 3]);
      // All three are on the wire before the first is answered, so PostgreSQL runs the next
      // while this process handles the one before (a bureau's refresh scores a batch while the
      // next one's facts are read). Before, each waited for the answer to the one before.
      expect(events.slice(0, 6)).toEqual([
        ...texts.map((text) => `sent ${text}`),
        ...texts.map((text) => `answered ${text}`),
      ]);
    } finally {
      await orm.close(true);
    }
  });

  it('reports a failure among statements sent together as its own, the ones after as aborted, and the connection goes on', async () => {
    client = new DeferredBeginClient(db.ownerUrl); // for afterEach
    restore = () => undefined;
    const orm = await MikroORM.init(ormConfig(db.appUrl, { pool: 1 }));
    try {
      const em = orm.em.fork();
      em.setSessionContext({ variables: { 'jifen.probe': 'failing' } });
      const settled = await em
        .transactional(async (tx) => {
          await tx.execute('select 0');
          const answers = await Promise.allSettled([
            boundQuery<{ n: number }>(tx, 'select $1::int as n', [1]),
            boundQuery(tx, 'select 1 / $1::int as n', [0]),
            boundQuery<{ n: number }>(tx, 'select $1::int as n', [3]),
          ]);
          throw Object.assign(new Error('rolled back'), { answers });
        })
        .catch((error: { answers: PromiseSettledResult<unknown>[] }) => error.answers);
      expect(settled[0]).toMatchObject({ status: 'fulfilled', value: [{ n: 1 }] });
      expect(settled[1]).toMatchObject({ status: 'rejected', reason: { code: '22012' } });
      // Sent before the failure was known, it ran in the aborted transaction.
      expect(settled[2]).toMatchObject({ status: 'rejected', reason: { code: '25P02' } });
      // The one connection of the pool came back usable: the next transaction reads.
      const [row] = await orm.em
        .fork()
        .transactional((tx) => boundQuery<{ n: number }>(tx, 'select $1::int as n', [4]));
      expect(row).toEqual({ n: 4 });
    } finally {
      await orm.close(true);
    }
  });

  it('holds a scope of several settings, quoted or escaped, only right after the begin', async () => {
    await connect();
    const scope = `select set_config('jifen.probe', 'it''s', true), set_config('jifen.other',  E'a\\\\b', true)`;
    await client.query('begin');
    await client.query(scope);
    expect(sent).toEqual([]);
    const { rows } = await client.query(
      `select current_setting('jifen.probe') as p, current_setting('jifen.other') as o`,
    );
    expect(rows).toEqual([{ p: "it's", o: 'a\\b' }]);
    expect(sent).toHaveLength(1);
    await client.query('rollback');
    // Before bound values, the begin and the scope still go in one message.
    await client.query('begin');
    await client.query(scope);
    expect((await client.query('select current_setting($1) as p', ['jifen.probe'])).rows).toEqual([
      { p: "it's" },
    ]);
    expect(sent.slice(2)).toEqual([`begin;${scope}`, 'select current_setting($1) as p']);
    // Later in the transaction the same statement is sent when asked: it is not the scope.
    await client.query(scope);
    expect(sent).toHaveLength(5);
    await client.query('rollback');
    // Outside a transaction it is never held: its setting lives only in its own statement.
    await client.query(scope);
    expect(sent.at(-1)).toBe(scope);
    expect(await setting()).toBeFalsy();
  });

  it('sends at once a statement after the begin that reads or sets more than local settings', async () => {
    await connect();
    for (const text of [
      `select set_config('jifen.probe', 'x', false)`,
      `select set_config('jifen.probe', 'x', true) as v`,
      `select set_config('jifen.probe', 'x', true); select 1`,
      `select set_config('jifen.probe', 'x', true), pg_sleep(0)`,
    ]) {
      await client.query('begin');
      await client.query(text).catch(() => undefined);
      expect(sent.at(-1)).toBe(`begin;${text}`);
      await client.query('rollback');
    }
  });

  it('prepares a marked statement once per connection and runs it with each call’s values', async () => {
    await connect();
    const text = `${PREPARED}select $1::int * 2 as n`;
    const prepared = async () =>
      (
        await client.query<{ n: number }>(
          `select count(*)::int as n from pg_prepared_statements where statement = $1`,
          [text],
        )
      ).rows[0]!.n;
    await client.query('begin');
    expect((await client.query(text, [21])).rows).toEqual([{ n: 42 }]);
    expect(sent).toEqual(['begin', '(object)']);
    await client.query('commit');
    expect((await client.query(text, [5])).rows).toEqual([{ n: 10 }]);
    // One statement on the server for both calls, kept after its transaction ended.
    expect(await prepared()).toBe(1);
    // Unmarked, the same text with values is not prepared.
    expect((await client.query('select $1::int * 3 as n', [2])).rows).toEqual([{ n: 6 }]);
    expect(await prepared()).toBe(1);
    // A new connection prepares it again.
    await client.end();
    client = new DeferredBeginClient({ connectionString: db.ownerUrl, pipeline: true });
    await client.connect();
    expect(await prepared()).toBe(0);
    expect((await client.query(text, [1])).rows).toEqual([{ n: 2 }]);
    expect(await prepared()).toBe(1);
  });

  it('prepares at most PREPARED_PER_CONNECTION texts on a connection, and runs the rest unprepared', async () => {
    await connect();
    for (let i = 0; i <= PREPARED_PER_CONNECTION; i++) {
      const { rows } = await client.query(`${PREPARED}select $1::int + ${i} as n`, [1]);
      expect(rows).toEqual([{ n: i + 1 }]);
    }
    const { rows } = await client.query<{ n: number }>(
      'select count(*)::int as n from pg_prepared_statements',
    );
    expect(rows[0]!.n).toBe(PREPARED_PER_CONNECTION);
    // One already prepared still runs as itself.
    expect((await client.query(`${PREPARED}select $1::int + 0 as n`, [7])).rows).toEqual([
      { n: 7 },
    ]);
  });

  it('prepares a statement again when a migration changed what it returns, instead of failing on', async () => {
    await connect();
    await client.query('create table prepared_shape (a int, b int)');
    await client.query('insert into prepared_shape values (1, 2)');
    const text = `${PREPARED}select a, b from prepared_shape where a = $1`;
    expect((await client.query(text, [1])).rows).toEqual([{ a: 1, b: 2 }]);
    // Another process migrates: the statement prepared on this connection no longer fits.
    const other = new pg.Client({ connectionString: db.ownerUrl });
    await other.connect();
    await other.query('alter table prepared_shape alter column b type text');
    await other.end();
    await expect(client.query(text, [1])).rejects.toThrow(
      /cached plan must not change result type/,
    );
    expect((await client.query(text, [1])).rows).toEqual([{ a: 1, b: '2' }]);
    expect((await client.query(text, [1])).rows).toEqual([{ a: 1, b: '2' }]);
  });

  it('passes a call with its own callback, or a submittable query, through as pg answers it', async () => {
    await connect();
    const viaCallback = await new Promise((resolve, reject) =>
      client.query('select 1 as n', (error: Error | null, result: pg.QueryResult) =>
        error ? reject(error) : resolve(result.rows),
      ),
    );
    expect(viaCallback).toEqual([{ n: 1 }]);
    const submitted = new pg.Query('select 2 as n');
    expect(client.query(submitted)).toBe(submitted);
    const rows: unknown[] = [];
    submitted.on('row', (row: unknown) => rows.push(row));
    await new Promise((resolve) => submitted.on('end', resolve));
    expect(rows).toEqual([{ n: 2 }]);
  });

  const commit = async () => {
    await client.query('commit');
    events.push('commit done');
  };

  it('is answered at once, and what comes next on the connection runs after it', async () => {
    await connect();
    await client.query('begin');
    await client.query(`select set_config('jifen.probe', 'r', true)`);
    await client.query('/* a marker */ select count(*) from commit_probe');
    await client.query(`${PREPARED}select $1::int as n`, [1]);
    await commit();
    // Sent, and done before PostgreSQL answered it.
    expect(events.slice(-2)).toEqual(['sent commit', 'commit done']);
    // The next statement runs once the commit was answered: outside the transaction.
    const { rows } = await client.query(`select current_setting('jifen.probe', true) as v`);
    expect(rows[0].v).toBeFalsy();
    expect(events.indexOf('answered commit')).toBeLessThan(
      events.indexOf(`answered select current_setting('jifen.probe', true) as v`),
    );
  });

  it('waits for PostgreSQL when the transaction wrote, locked or may have: what it wrote is committed first', async () => {
    await connect();
    const writes = [
      'insert into commit_probe values (1)',
      'with added as (insert into commit_probe values (2) returning n) select n from added',
      'select n from commit_probe for update',
      'select n from commit_probe for share',
      'select pg_advisory_xact_lock(42)',
      'create temp table commit_probe_2 (n int)',
    ];
    for (const write of writes) {
      events.length = 0;
      await client.query('begin');
      await client.query('select count(*) from commit_probe');
      await client.query(write);
      await commit();
      expect(events.indexOf('answered commit'), write).toBeLessThan(events.indexOf('commit done'));
    }
    const { rows } = await client.query('select count(*)::int as n from commit_probe');
    expect(rows[0].n).toBe(2);
  });

  it('reports a connection lost before a read-only commit on the next statement, which fails instead of hanging', async () => {
    await connect();
    const lost: Error[] = [];
    client.on('error', (error) => lost.push(error));
    await client.query('begin');
    const { rows } = await client.query('select pg_backend_pid() as pid');
    const owner = new pg.Client(db.ownerUrl);
    await owner.connect();
    await owner.query('select pg_terminate_backend($1)', [rows[0].pid]);
    await owner.end();
    await commit();
    await expect(client.query('select 1')).rejects.toThrow();
    expect(lost.length).toBeGreaterThan(0);
  });

  it('waits for a transaction begun otherwise than by a plain begin, and ends one that failed as before', async () => {
    await connect();
    await client.query('begin isolation level repeatable read');
    await client.query('select 1');
    await commit();
    expect(events.indexOf('answered commit')).toBeLessThan(events.indexOf('commit done'));
    await client.query('begin');
    await expect(client.query('select 1 / 0')).rejects.toMatchObject({ code: '22012' });
    await client.query('rollback');
    expect((await client.query('select 2 as n')).rows).toEqual([{ n: 2 }]);
  });
});
