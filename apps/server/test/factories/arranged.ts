import type pg from 'pg';
import { inject } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { escapeLiteral } from '../../src/db/connection/postgres-driver.js';
import { clock } from '../../src/modules/calendar/clock.js';
import { arrangedTemplateName, withAdmin } from '../template-admin.js';
import type { TemplateName } from '../test-database.js';
import { startTestServer, type TestServer } from '../test-server.js';

type MovableClock = { set(iso: string): void };

/** A state arranged once per run: its database (a template), what the arrangement returned, the time. */
export type Arranged<T> = { database: string; state: T; clock: string };

type Stored<T> = Arranged<T> & { used: number; built?: number };

/**
 * How long an arranged state is reused. What it returns may hold session tokens, which expire
 * after the test server's session lifetime (SESSION_TTL_HOURS, 12) of real time, whatever the test
 * clock says: a state reused later, by a run of the same code on the same PostgreSQL, would sign
 * every request out. Half that lifetime leaves a whole run's length of margin.
 */
export const ARRANGED_REUSE_MS =
  (loadConfig({ NODE_ENV: 'test' }).SESSION_TTL_HOURS * 3_600_000) / 2;

/**
 * A state several groups of tests start from, made once per run of the same code instead of once
 * per group: the first group to need it runs `build` on a server of its own (on a clone of `from`,
 * a template or an earlier arranged state, with the clock where that one left it), and its
 * database becomes a template named after the run's template set, so a later run of the same code
 * reuses it and a change to the code builds it anew. What `build` returns (ids, tokens: sessions
 * live in the database) and the clock's time ride along as the template's comment. Only
 * arrangements defined in the factories may be named here: their code is in the hash that names
 * the set, so a changed arrangement is never served from an old template.
 */
export async function arranged<T, P = undefined>(
  key: string,
  from: TemplateName | Arranged<P>,
  build: (server: TestServer, previous: P) => Promise<T>,
  movable: MovableClock,
): Promise<Arranged<T>> {
  const adminUrl = inject('postgresAdminUrl');
  const database = arrangedTemplateName(inject('templates'), key);
  return withAdmin(adminUrl, async (c) => {
    // Files run side by side: one builds, the others wait for it and clone.
    await c.query('select pg_advisory_lock(hashtext($1))', [database]);
    try {
      const stored = await readStored<T>(c, database);
      if (stored && Date.now() - (stored.built ?? 0) < ARRANGED_REUSE_MS) {
        // Marked as used now, like the set's own templates: stale ones are dropped a day after.
        const used = { ...stored, used: Date.now() };
        await c.query(
          `comment on database "${database}" is ${escapeLiteral(JSON.stringify(used))}`,
        );
        return stored;
      }
      // Too old to reuse, or left by a build that ended between its rename and its comment.
      await c.query(`drop database if exists "${database}" with (force)`);
      return await buildTemplate(database, from, build, movable);
    } finally {
      await c.query('select pg_advisory_unlock(hashtext($1))', [database]);
    }
  });
}

/** A server of the group's own on a clone of the arranged state, the clock where it was left. */
export async function startArranged<T>(
  a: Arranged<T>,
  movable: MovableClock,
): Promise<{ server: TestServer; state: T }> {
  movable.set(a.clock);
  const server = await startTestServer({}, { template: { database: a.database } });
  return { server, state: structuredClone(a.state) };
}

/** A template of the database `build` leaves, renamed into place only once it is complete. */
async function buildTemplate<T, P>(
  database: string,
  from: TemplateName | Arranged<P>,
  build: (server: TestServer, previous: P) => Promise<T>,
  movable: MovableClock,
): Promise<Arranged<T>> {
  const base = typeof from === 'string' ? null : from;
  if (base) movable.set(base.clock);
  const server = await startTestServer({}, { template: base ?? (from as TemplateName) });
  let stored: Stored<T>;
  try {
    const state = await build(server, structuredClone(base?.state) as P);
    const now = Date.now();
    stored = { database, state, clock: clock().now().toISOString(), used: now, built: now };
    const scratch = new URL(server.db.ownerUrl).pathname.slice(1);
    await server.db.ownerQuery(
      `comment on database "${scratch}" is ${escapeLiteral(JSON.stringify(stored))}`,
    );
  } catch (error) {
    await server.close();
    throw error;
  }
  await server.close({ keepAs: database });
  return stored;
}

async function readStored<T>(c: pg.Client, database: string): Promise<Stored<T> | null> {
  const { rows } = await c.query<{ comment: string | null }>(
    `select shobj_description(oid, 'pg_database') as comment from pg_database where datname = $1`,
    [database],
  );
  const comment = rows[0]?.comment;
  return comment ? (JSON.parse(comment) as Stored<T>) : null;
}
