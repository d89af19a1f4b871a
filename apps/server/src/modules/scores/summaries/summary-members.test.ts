import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoLookup, type DemoLookup } from '../../../../test/factories/demo-lookup.js';
import { bureauEm, createMember, recordQuota } from '../../../../test/factories/ledger.js';
import { startTestServer, type TestServer } from '../../../../test/test-server.js';
import { Branch } from '../../org/branches/branch.entity.js';
import { loadMemberYearFacts } from '../../ledger/facts/facts-loader.js';
import { loadYearSchemes } from '../../schemes/year-schemes.js';
import { refreshScoreSummaries } from './score-summaries.service.js';
import { SUMMARY_PERIODS, summaryContext, summaryRows } from './summary-rows.js';
import { upsertSummaries } from './summary-writes.js';

/**
 * Summaries have no foreign keys (a cache rewritten whole on publication): a summary still never
 * outlives its member. The upsert holds the members it writes and skips one already gone, and a
 * member deleted by mistake takes their summaries along, even while a refresh is writing them.
 */
let server: TestServer;
let demo: DemoLookup;
let secretary: string;

beforeAll(async () => {
  server = await startTestServer({}, { template: 'ledger' });
  demo = await demoLookup(server.db);
  secretary = await server.login('shuji1');
}, 120_000);
afterAll(() => server.close());

const em = () => bureauEm(server.db, demo.bureauId);
const summariesOf = (memberId: string) =>
  server.db.ownerQuery<{ period: string }>(
    'select period from score_summary where member_id = $1 order by period',
    [memberId],
  );
const DELETE = 'mutation($id: ID!) { deleteMember(id: $id) }';

/** A member entered by mistake into 办公室党支部 this January, scored like any other. */
async function mistakenMember(name: string, record = false): Promise<string> {
  const fork = em();
  const branch = await fork.findOneOrFail(Branch, { id: demo.branch('BGS').id });
  const member = await createMember(fork, branch, name, { from: '2026-01' });
  if (record) await recordQuota(fork, member, '2026-01', 'study-app-login', '20');
  await em().transactional((tx) => refreshScoreSummaries(tx, 2026, [member.id]));
  expect((await summariesOf(member.id)).length).toBeGreaterThan(1);
  return member.id;
}

describe('summaries of a member deleted by mistake', () => {
  it('deletes the member with their summaries', async () => {
    const id = await mistakenMember('误录甲');
    const res = await server.gql(DELETE, { id }, secretary);
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ deleteMember: true });
    expect(await summariesOf(id)).toEqual([]);
  });

  it('still refuses a member with records of their own, and keeps their summaries and months', async () => {
    const id = await mistakenMember('有记录', true);
    const before = await summariesOf(id);
    const res = await server.gql(DELETE, { id }, secretary);
    expect(res.errors?.[0]?.extensions?.['code']).toBe('CONFLICT');
    expect(res.errors?.[0]?.message).toMatch(/[\u4e00-\u9fff]/);
    expect(await summariesOf(id)).toEqual(before);
    const [left] = await server.db.ownerQuery<{ members: string; months: string }>(
      `select (select count(*) from member where id = $1) as members,
              (select count(*) from membership where member_id = $1) as months`,
      [id],
    );
    expect(left).toEqual({ members: '1', months: '1' });
  });

  it('waits for a refresh that is writing the member, then deletes what it wrote', async () => {
    const id = await mistakenMember('误录乙');
    // The refresh writes them anew (as a first publication does): no row of theirs to wait on.
    await server.db.ownerQuery('delete from score_summary where member_id = $1', [id]);
    let deleted: Promise<unknown> | undefined;
    await em().transactional(async (tx) => {
      await refreshScoreSummaries(tx, 2026, [id]);
      deleted = server.gql(DELETE, { id }, secretary);
      // The delete waits on the member the refresh holds: still there, summaries and all.
      await new Promise((resolve) => setTimeout(resolve, 300));
      const [still] = await server.db.ownerQuery<{ n: string }>(
        'select count(*) as n from member where id = $1',
        [id],
      );
      expect(still!.n).toBe('1');
    });
    expect(await deleted).toMatchObject({ data: { deleteMember: true } });
    expect(await summariesOf(id)).toEqual([]);
  });

  it('writes no summary of a member deleted after their facts were read', async () => {
    const id = await mistakenMember('误录丙');
    await server.db.ownerQuery('delete from score_summary where member_id = $1', [id]);
    await em().transactional(async (tx) => {
      const facts = await loadMemberYearFacts(tx, 2026, [id]);
      const schemes = await loadYearSchemes(tx, 2026);
      const { rows } = summaryRows(facts, await summaryContext(tx, 2026, schemes, SUMMARY_PERIODS));
      expect(rows.length).toBeGreaterThan(1);
      // Deleted by another transaction between the read and the write.
      await server.db.ownerQuery('delete from membership where member_id = $1', [id]);
      await server.db.ownerQuery('delete from member where id = $1', [id]);
      await upsertSummaries(tx, { bureauId: demo.bureauId, year: 2026 }, rows);
    });
    expect(await summariesOf(id)).toEqual([]);
  });
});
