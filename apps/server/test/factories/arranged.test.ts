import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { escapeLiteral } from '../../src/db/connection/postgres-driver.js';
import { clock, setClock, systemClock } from '../../src/modules/calendar/clock.js';
import { arrangedTemplateName, dropStaleTemplates, withAdmin } from '../template-admin.js';
import type { TestServer } from '../test-server.js';
import { ARRANGED_REUSE_MS, arranged, startArranged } from './arranged.js';
import { testClock } from './cycle.js';

/**
 * The arranged states story groups start from: built once, cloned per group with the clock where
 * the arrangement left it, never left half-built, and cleaned up with their template set.
 */
const suffix = randomBytes(4).toString('hex');
const made: string[] = [];
const adminUrl = () => inject('postgresAdminUrl');
const databases = async (like: string) =>
  withAdmin(adminUrl(), async (c) =>
    (
      await c.query<{ datname: string }>(
        'select datname from pg_database where datname like $1 order by 1',
        [like],
      )
    ).rows.map((r) => r.datname),
  );
const dropAll = (names: string[]) =>
  withAdmin(adminUrl(), async (c) => {
    for (const name of names) await c.query(`drop database if exists "${name}" with (force)`);
  });

afterAll(async () => {
  await dropAll(made);
  setClock(systemClock);
});

describe('an arranged state', () => {
  const key = `probe-${suffix}`;
  const movable = testClock('2026-04-01T09:00:00+08:00');
  let builds = 0;
  const build = async (server: TestServer) => {
    builds++;
    await server.db.ownerQuery('create table arranged_probe (note text)');
    await server.db.ownerQuery(`insert into arranged_probe values ('arranged')`);
    movable.set('2026-07-01T09:00:00+08:00');
    return { note: 'arranged', at: clock().now().toISOString() };
  };

  it('is built once, and each group gets a clone of its own with the clock where it was left', async () => {
    const first = await arranged(key, 'migrated', build, movable);
    made.push(first.database);
    const again = await arranged(key, 'migrated', build, movable);
    expect(builds).toBe(1);
    expect(again).toEqual(first);
    expect(first.state).toEqual({ note: 'arranged', at: '2026-07-01T01:00:00.000Z' });

    movable.set('2027-01-01T09:00:00+08:00');
    const a = await startArranged(first, movable);
    const b = await startArranged(first, movable);
    try {
      expect(clock().now().toISOString()).toBe('2026-07-01T01:00:00.000Z');
      await a.server.db.ownerQuery(`insert into arranged_probe values ('only in a')`);
      const inA = await a.server.db.ownerQuery<{ note: string }>('select note from arranged_probe');
      const inB = await b.server.db.ownerQuery<{ note: string }>('select note from arranged_probe');
      expect(inA.map((r) => r.note).sort()).toEqual(['arranged', 'only in a']);
      expect(inB.map((r) => r.note)).toEqual(['arranged']);
      // Each group may change its state: the next group still starts from the arranged one.
      a.state.note = 'changed';
      expect((await arranged(key, 'migrated', build, movable)).state.note).toBe('arranged');
    } finally {
      await Promise.all([a.server.close(), b.server.close()]);
    }
  });

  it('leaves nothing behind when the arrangement fails, and builds on the next call', async () => {
    const failing = `failing-${suffix}`;
    const name = arrangedTemplateName(inject('templates'), failing);
    made.push(name);
    await expect(
      arranged(failing, 'migrated', () => Promise.reject(new Error('arrangement failed')), movable),
    ).rejects.toThrow('arrangement failed');
    expect(await databases(name)).toEqual([]);
    const built = await arranged(failing, 'migrated', async () => 'built', movable);
    expect(built.state).toBe('built');
    expect(await databases(name)).toEqual([name]);
  });

  it('is built anew once older than the sessions it carries live, so its tokens still sign in', async () => {
    const aged = `aged-${suffix}`;
    let logins = 0;
    const logIn = async (server: TestServer) => {
      logins++;
      return { token: await server.login('admin') };
    };
    const first = await arranged(aged, 'roster', logIn, movable);
    made.push(first.database);
    expect((await arranged(aged, 'roster', logIn, movable)).state).toEqual(first.state);
    expect(logins).toBe(1);
    // As if a run of the same code on this PostgreSQL had built it longer ago than it is reused.
    const built = Date.now() - ARRANGED_REUSE_MS - 60_000;
    await withAdmin(adminUrl(), (c) =>
      c.query(
        `comment on database "${first.database}" is ${escapeLiteral(JSON.stringify({ ...first, used: Date.now(), built }))}`,
      ),
    );
    const again = await arranged(aged, 'roster', logIn, movable);
    expect(logins).toBe(2);
    expect(again.state.token).not.toBe(first.state.token);
    const { server, state } = await startArranged(again, movable);
    try {
      expect((await server.gql('{ branches { id } }', {}, state.token)).errors).toBeUndefined();
    } finally {
      await server.close();
    }
  });

  it('goes with its set: kept while the set is current, dropped a day after other code last used it', async () => {
    const other = `jifen_tpl_0ther${suffix}`;
    const old = Date.now() - 25 * 3_600_000;
    const names = {
      set: `${other}_migrated`,
      arranged: `${other}_a_probe`,
      recent: `${other}_a_recent`,
    };
    made.push(...Object.values(names));
    await withAdmin(adminUrl(), async (c) => {
      for (const name of Object.values(names)) await c.query(`create database "${name}"`);
      await c.query(`comment on database "${names.set}" is '${old}'`);
      await c.query(
        `comment on database "${names.arranged}" is '${JSON.stringify({ used: old, state: 1 })}'`,
      );
      await c.query(
        `comment on database "${names.recent}" is '${JSON.stringify({ used: Date.now() })}'`,
      );
    });
    const current = arrangedTemplateName(inject('templates'), `probe-${suffix}`);
    await dropStaleTemplates(adminUrl(), inject('templates'));
    expect(await databases(`${other}%`)).toEqual([names.recent]);
    expect(await databases(current)).toEqual([current]);
  });
});
