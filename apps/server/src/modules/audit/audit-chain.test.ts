import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoLookup, type DemoLookup } from '../../../test/factories/demo-lookup.js';
import { startTestServer, type TestServer } from '../../../test/test-server.js';
import { verifyAuditChains } from './audit-verify.js';

const serverRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

let server: TestServer;
let demo: DemoLookup;
let admin: string;
let owner: pg.Client;

beforeAll(async () => {
  server = await startTestServer({}, { template: 'roster' });
  demo = await demoLookup(server.db);
  admin = await server.login('admin');
  const shuji1 = await server.login('shuji1');
  const members = await demo.members('BGS');
  // Ten changes at once from two people: appends must serialise into one unbroken chain.
  await Promise.all(
    members
      .slice(0, 10)
      .map((m, i) =>
        server.gql(
          'mutation($i: UpdateMemberInput!) { updateMember(input: $i) { id } }',
          { i: { id: m.id, position: `职务${i}` } },
          i % 2 ? admin : shuji1,
        ),
      ),
  );
  owner = new pg.Client({ connectionString: server.db.ownerUrl });
  await owner.connect();
});
afterAll(async () => {
  await owner.end();
  await server.close();
});

const verify = async () =>
  (await verifyAuditChains(owner)).find((r) => r.bureauId === demo.bureauId)!;

/** Runs the real `pnpm audit:verify` command against the test database. */
async function runCli(): Promise<{ code: number; out: string }> {
  try {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [
        '--import',
        './scripts/source-hooks.mjs',
        '--conditions=source',
        'src/db/cli.ts',
        'audit:verify',
      ],
      {
        cwd: serverRoot,
        env: { ...process.env, DATABASE_URL: server.db.ownerUrl, SEED_DEMO: 'false' },
      },
    );
    return { code: 0, out: stdout };
  } catch (error) {
    const e = error as { code: number; stdout: string };
    return { code: e.code, out: e.stdout };
  }
}

describe('the audit chain', () => {
  it('holds after concurrent changes: numbered without gaps, every link intact', async () => {
    const report = await verify();
    expect(report).toMatchObject({ ok: true });
    expect(report.entries).toBe(await demo.auditCount());
    expect(report.entries).toBeGreaterThanOrEqual(12);
  });

  it('is verified by `audit:verify`, which prints OK per bureau', async () => {
    const { code, out } = await runCli();
    expect(code).toBe(0);
    expect(out).toMatch(new RegExp(`OK +bureau ${demo.bureauId}: \\d+ entries, chain intact`));
  }, 60_000);

  it('cannot be changed by the app role, even inside its own bureau', async () => {
    const app = new pg.Client({ connectionString: server.db.appUrl });
    await app.connect();
    try {
      for (const sql of [
        'update audit_entry set operation = $2 where bureau_id = $1',
        'delete from audit_entry where bureau_id = $1',
      ]) {
        await app.query('begin');
        await app.query(
          `select set_config('app.bureau_id', $1, true), set_config('app.branch_ids', '*', true), set_config('app.write_branch_ids', '*', true)`,
          [demo.bureauId],
        );
        const params = sql.startsWith('update') ? [demo.bureauId, 'forged'] : [demo.bureauId];
        await expect(app.query(sql, params)).rejects.toMatchObject({ code: '42501' });
        await app.query('rollback');
      }
    } finally {
      await app.end();
    }
    expect((await verify()).ok).toBe(true);
  });

  it('names the first broken link when an entry is altered, and the CLI fails', async () => {
    await owner.query(
      `update audit_entry set after = '{"position":"篡改"}' where bureau_id = $1 and seq = 5`,
      [demo.bureauId],
    );
    expect(await verify()).toMatchObject({
      ok: false,
      brokenAt: 5,
      reason: expect.stringContaining('does not match its hash'),
    });
    const { code, out } = await runCli();
    expect(code).toBe(1);
    expect(out).toContain(`BROKEN  bureau ${demo.bureauId}: first broken link is seq 5`);
  }, 60_000);

  it('names a removed entry and a chain cut short at the end', async () => {
    await owner.query(`delete from audit_entry where bureau_id = $1 and seq = 3`, [demo.bureauId]);
    expect(await verify()).toMatchObject({ ok: false, brokenAt: 3, reason: 'entry 3 is missing' });
    // Restore the middle by rebuilding nothing: cut everything from 3 on and see the head disagree.
    await owner.query(`delete from audit_entry where bureau_id = $1 and seq >= 3`, [demo.bureauId]);
    expect(await verify()).toMatchObject({
      ok: false,
      brokenAt: 3,
      reason: expect.stringContaining('chain head'),
    });
  });
});
