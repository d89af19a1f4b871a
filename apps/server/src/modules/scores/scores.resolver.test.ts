import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoLookup } from '../../../test/factories/demo-lookup.js';
import {
  branchByName,
  bureauEm,
  createMember,
  holdSession,
  recordDues,
  recordQuota,
} from '../../../test/factories/ledger.js';
import { startTestServer, type TestServer } from '../../../test/test-server.js';
import { DutyStatus } from '../ledger/duty-entry.entity.js';
import type { Member } from '../org/members/member.entity.js';
import { refreshScoreSummaries } from './summaries/score-summaries.service.js';

let server: TestServer;
let member: Member;

const MEMBER_SCORE = `query($id: ID!, $year: Int!, $month: Int, $quarter: Int) {
  memberScore(memberId: $id, year: $year, month: $month, quarter: $quarter) {
    schemeVersion asOf total { value exact } base { value } special { value }
    categories { code value } lines { itemCode kind textZh textEn points records }
  }
}`;

beforeAll(async () => {
  server = await startTestServer({}, { template: 'ledger' });
  const { bureauId } = await demoLookup(server.db);
  const em = bureauEm(server.db, bureauId);
  const office = await branchByName(em, '办公室党支部');
  // A member whose March is the plan's example: logged in 29 of 31 days, 12 question points,
  // at the study session, the lecture and the assembly but not the group meeting; dues on time.
  member = await createMember(em, office, '测试张三');
  await recordQuota(em, member, '2026-03', 'study-app-login', '29');
  await recordQuota(em, member, '2026-03', 'daily-question', '12');
  await recordDues(em, member, '2026-03', DutyStatus.ON_TIME);
  await holdSession(em, office, 'group-study', '2026-03-09', [member]);
  await holdSession(em, office, 'party-lecture', '2026-03-16', [member]);
  await holdSession(em, office, 'group-meeting', '2026-03-21', []);
  await em.transactional((tx) => refreshScoreSummaries(tx, 2026, [member.id]));
});
afterAll(() => server.close());

describe('memberScore', () => {
  it('explains a month line by line with the numbers of the plan', async () => {
    const token = await server.login('shuji1');
    const res = await server.gql<{
      memberScore: {
        lines: { itemCode: string; textZh: string; textEn: string }[];
        schemeVersion: number;
      };
    }>(MEMBER_SCORE, { id: member.id, year: 2026, month: 3 }, token);
    expect(res.errors).toBeUndefined();
    const score = res.data!.memberScore;
    expect(score.schemeVersion).toBe(1);
    const login = score.lines.find((l) => l.itemCode === 'study-app-login')!;
    expect(login.textZh).toContain('应达 31 天，实达 29 天 → 10 − 2 × 0.5 = 9');
    const question = score.lines.find((l) => l.itemCode === 'daily-question')!;
    expect(question.textZh).toContain('10 − 3 × 0.5 = 8.5');
  });

  it('lets a member read their own score and refuses another branch', async () => {
    const analyst = await server.login('analyst');
    const ok = await server.gql(MEMBER_SCORE, { id: member.id, year: 2026, quarter: 1 }, analyst);
    expect(ok.errors).toBeUndefined();
    const shuji2 = await server.login('shuji2');
    const refused = await server.gql(MEMBER_SCORE, { id: member.id, year: 2026 }, shuji2);
    expect(refused.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
  });
});

describe('scoreList', () => {
  it('ranks the bureau by total with cursor pagination for the analyst', async () => {
    const token = await server.login('analyst');
    const q = `query($after: String) { scoreList(filter: { year: 2026 }, first: 40, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { memberId total member { name } branch { name } } } } }`;
    type Page = {
      scoreList: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string };
        edges: { node: { memberId: string; total: string } }[];
      };
    };
    const seen: { memberId: string; total: string }[] = [];
    let after: string | null = null;
    let total: number;
    do {
      const res: Awaited<ReturnType<typeof server.gql<Page>>> = await server.gql<Page>(
        q,
        { after },
        token,
      );
      expect(res.errors).toBeUndefined();
      total = res.data!.scoreList.totalCount;
      seen.push(...res.data!.scoreList.edges.map((e) => e.node));
      after = res.data!.scoreList.pageInfo.hasNextPage
        ? res.data!.scoreList.pageInfo.endCursor
        : null;
    } while (after);
    expect(seen).toHaveLength(total);
    expect(total).toBe(151);
    expect(new Set(seen.map((s) => s.memberId)).size).toBe(total);
    const totals = seen.map((s) => Number(s.total));
    expect([...totals].sort((a, b) => b - a)).toEqual(totals);
  });

  it('shows a secretary only their branch and a member only themselves', async () => {
    const q = `{ scoreList(filter: { year: 2026 }, first: 200) { totalCount edges { node { branch { name } } } } }`;
    const shuji1 = await server.gql<{
      scoreList: { totalCount: number; edges: { node: { branch: { name: string } } }[] };
    }>(q, {}, await server.login('shuji1'));
    expect(new Set(shuji1.data!.scoreList.edges.map((e) => e.node.branch.name))).toEqual(
      new Set(['办公室党支部']),
    );
    const dangyuan = await server.gql<{ scoreList: { totalCount: number } }>(
      q,
      {},
      await server.login('dangyuan1'),
    );
    expect(dangyuan.data!.scoreList.totalCount).toBe(1);
  });

  it('moves a transferred member’s year to the receiving branch, while the sending branch keeps its quarters', async () => {
    const admin = await server.login('admin');
    const em = bureauEm(server.db, member.bureauId);
    const finance = await branchByName(em, '财务处党支部');
    const moved = await server.gql(
      'mutation($i: TransferMemberInput!) { transferMember(input: $i) { id } }',
      { i: { memberId: member.id, toBranchId: finance.id, month: '2026-06' } },
      admin,
    );
    expect(moved.errors).toBeUndefined();
    const list = `query($b: ID!, $q: Int) { scoreList(filter: { year: 2026, quarter: $q, branchId: $b }, first: 500) { edges { node { memberId } } } }`;
    type Ids = { scoreList: { edges: { node: { memberId: string } }[] } };
    const year = await server.gql<Ids>(list, { b: finance.id }, admin);
    expect(year.data!.scoreList.edges.map((e) => e.node.memberId)).toContain(member.id);
    const shuji1 = await server.login('shuji1');
    const q1 = await server.gql(MEMBER_SCORE, { id: member.id, year: 2026, quarter: 1 }, shuji1);
    expect(q1.errors).toBeUndefined();
    const whole = await server.gql(MEMBER_SCORE, { id: member.id, year: 2026 }, shuji1);
    expect(whole.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
    const shuji2 = await server.gql(
      MEMBER_SCORE,
      { id: member.id, year: 2026 },
      await server.login('shuji2'),
    );
    expect(shuji2.errors).toBeUndefined();
  });
});
