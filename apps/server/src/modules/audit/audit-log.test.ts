import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoBureau, seedOtherBureau } from '../../../test/factories/demo.js';
import { demoLookup, type DemoLookup } from '../../../test/factories/demo-lookup.js';
import { startTestServer, type TestServer } from '../../../test/test-server.js';
import { OPERATION_LABELS } from './audit-labels.js';

let server: TestServer;
let demo: DemoLookup;
let admin: string;
let shuji1: string;
let bgs: string;
let cws: string;
let start: Date;

type Entry = {
  seq: number;
  operation: string;
  operationLabel: string;
  entityName: string;
  entityLabel: string;
  entityId: string | null;
  branch: { id: string } | null;
  actorName: string | null;
  role: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
};
const LOG = `query($f: AuditFilterInput, $o: Int, $l: Int) {
  auditEntries(filter: $f, offset: $o, limit: $l) {
    total
    entries { seq operation operationLabel entityName entityLabel entityId branch { id } actorName role before after }
  }
}`;
const log = (token: string, f: Record<string, unknown> = {}, o = 0, l = 50) =>
  server.gql<{ auditEntries: { total: number; entries: Entry[] } }>(LOG, { f, o, l }, token);
const updateMember = (token: string, id: string, position: string) =>
  server.gql(
    'mutation($i: UpdateMemberInput!) { updateMember(input: $i) { id } }',
    { i: { id, position } },
    token,
  );

beforeAll(async () => {
  server = await startTestServer();
  await seedDemoBureau(server.db);
  await seedOtherBureau(server.db);
  demo = await demoLookup(server.db);
  bgs = demo.branch('BGS').id;
  cws = demo.branches.find((b) => b.id !== bgs)!.id;
  admin = await server.login('admin');
  shuji1 = await server.login('shuji1');
  start = new Date();
  const [own] = await demo.members('BGS');
  const [other] = await demo.members(demo.branches.find((b) => b.id === cws)!.code);
  await updateMember(shuji1, own!.id, '宣传委员');
  await updateMember(admin, other!.id, '组织委员');
  // Something in the other bureau, which no one here may see.
  const b2 = await server.login('b2-admin');
  const b2demo = await demoLookup(server.db, 'WXJGSW');
  const [b2member] = await b2demo.members(b2demo.branches[0]!.code);
  await updateMember(b2, b2member!.id, '纪检委员');
});
afterAll(() => server.close());

describe('the audit log in the app', () => {
  it('lets the committee filter by operation, branch, actor and time, with each change before and after', async () => {
    const res = await log(admin, { operation: 'member.update', from: start.toISOString() });
    expect(res.errors).toBeUndefined();
    const { total, entries } = res.data!.auditEntries;
    expect(total).toBe(2);
    expect(entries.map((e) => e.after?.['position'])).toEqual(['组织委员', '宣传委员']);
    const [newest, older] = entries;
    expect(newest).toMatchObject({
      operationLabel: '修改党员信息',
      entityLabel: '党员',
      role: 'COMMITTEE_ADMIN',
      branch: { id: cws },
    });
    expect(older).toMatchObject({ role: 'SECRETARY', branch: { id: bgs } });
    expect(older!.actorName).toBeTruthy();
    expect(older!.before?.['position']).not.toBe('宣传委员');

    const byBranch = await log(admin, { branchId: bgs, from: start.toISOString() });
    expect(byBranch.data!.auditEntries.entries.every((e) => e.branch?.id === bgs)).toBe(true);
    expect(byBranch.data!.auditEntries.entries.map((e) => e.after?.['position'])).toContain(
      '宣传委员',
    );
    const byActor = await log(admin, {
      actorUserId: await demo.userId('shuji1'),
      operation: 'member.update',
    });
    expect(byActor.data!.auditEntries.entries.map((e) => e.after?.['position'])).toEqual([
      '宣传委员',
    ]);
    const byEntity = await log(admin, { entityName: 'Member', entityId: older!.entityId });
    expect(byEntity.data!.auditEntries.entries.every((e) => e.entityId === older!.entityId)).toBe(
      true,
    );
    const before = await log(admin, { to: new Date(start.getTime() - 1).toISOString() });
    expect(
      before.data!.auditEntries.entries.some((e) => e.after?.['position'] === '宣传委员'),
    ).toBe(false);
  });

  it('pages newest first', async () => {
    const all = (await log(admin, {}, 0, 2)).data!.auditEntries;
    const next = (await log(admin, {}, 2, 2)).data!.auditEntries;
    expect(all.entries).toHaveLength(2);
    expect(next.entries).toHaveLength(2);
    expect(all.total).toBe(next.total);
    expect(all.entries.at(-1)!.seq).toBeGreaterThan(next.entries[0]!.seq);
  });

  it('shows a secretary only their own branch’s entries and refuses another branch', async () => {
    const mine = (await log(shuji1, {}, 0, 200)).data!.auditEntries;
    expect(mine.total).toBeGreaterThan(0);
    expect(mine.entries.every((e) => e.branch?.id === bgs)).toBe(true);
    const other = await log(shuji1, { branchId: cws });
    expect(other.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    const member = await server.login('dangyuan1');
    expect((await log(member)).errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    // The other bureau's change is behind the wall for the committee too.
    const everything = (await log(admin, { operation: 'member.update' }, 0, 200)).data!.auditEntries
      .entries;
    expect(everything.some((e) => e.after?.['position'] === '纪检委员')).toBe(false);
  });

  it('refuses a reversed period and a page size out of range, naming the field', async () => {
    const reversed = await log(admin, { from: new Date().toISOString(), to: start.toISOString() });
    expect(reversed.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'filter.from',
    });
    const tooMany = await log(admin, {}, 0, 1000);
    expect(tooMany.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'limit',
    });
  });

  it('labels every operation the server records', async () => {
    const src = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
    const files = (await readdir(src, { recursive: true })).filter(
      (f) => f.endsWith('.ts') && !f.endsWith('.test.ts'),
    );
    const recorded = new Set<string>();
    for (const file of files) {
      const text = await readFile(path.join(src, file), 'utf8');
      for (const m of text.matchAll(
        /operation: (?:existing \? )?'([a-zA-Z.]+)'(?: : '([a-zA-Z.]+)')?/g,
      ))
        for (const op of [m[1], m[2]]) if (op) recorded.add(op);
    }
    expect(recorded.size).toBeGreaterThan(40);
    expect([...recorded].filter((op) => !(op in OPERATION_LABELS))).toEqual([]);
    const catalogue = await server.gql<{ auditCatalogue: { operations: { code: string }[] } }>(
      '{ auditCatalogue { operations { code label labelEn } entities { code label } } }',
      {},
      admin,
    );
    expect(catalogue.data!.auditCatalogue.operations.map((o) => o.code)).toContain('user.create');
  });
});

describe('verifying the chain from the app', () => {
  const STATUS = '{ auditChainStatus { ok entries brokenAt reason reasonEn } }';
  it('says OK, then names the first broken link after an entry is changed behind the app’s back', async () => {
    const ok = await server.gql<{ auditChainStatus: { ok: boolean; entries: number } }>(
      STATUS,
      {},
      admin,
    );
    expect(ok.data!.auditChainStatus).toMatchObject({ ok: true, brokenAt: null });
    expect(ok.data!.auditChainStatus.entries).toBe(await demo.auditCount());
    const secretary = await server.gql(STATUS, {}, shuji1);
    expect(secretary.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');

    const [target] = await server.db.ownerQuery<{ seq: number }>(
      `select seq from audit_entry where bureau_id = $1 and operation = 'member.update' order by seq limit 1`,
      [demo.bureauId],
    );
    await server.db.ownerQuery(
      `update audit_entry set after = jsonb_set(after, '{position}', '"篡改"') where bureau_id = $1 and seq = $2`,
      [demo.bureauId, target!.seq],
    );
    const broken = await server.gql<{
      auditChainStatus: { ok: boolean; brokenAt: number; reason: string; reasonEn: string };
    }>(STATUS, {}, admin);
    expect(broken.data!.auditChainStatus).toMatchObject({
      ok: false,
      brokenAt: target!.seq,
      reason: '内容与其哈希不符（写入后被改动）',
    });
  });
});
