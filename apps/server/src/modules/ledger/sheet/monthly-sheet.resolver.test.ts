import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoLookup } from '../../../../test/factories/demo-lookup.js';
import { branchByName, bureauEm } from '../../../../test/factories/ledger.js';
import { startTestServer, type TestServer } from '../../../../test/test-server.js';
import { QuotaEntry } from '../quota-entry.entity.js';

let server: TestServer;
let bureauId: string;
let officeId: string;

type Sheet = {
  columns: {
    key: string;
    itemCode: string;
    kind: string;
    sessionId: string | null;
    editable: boolean;
  }[];
  rows: {
    memberId: string;
    memberName: string;
    total: string;
    cells: { key: string; value: string | null; version: number }[];
    items: { itemCode: string; earned: string }[];
  }[];
};
const SHEET = `query($b: ID!, $m: String!) { monthlySheet(branchId: $b, month: $m) {
  closed schemeVersion columns { key itemCode kind sessionId editable unitZh }
  rows { memberId memberName total base cells { key value version } items { itemCode earned deduction } categories { code attainable score } } } }`;
const SAVE = `mutation($input: SaveMonthlySheetInput!) { saveMonthlySheet(input: $input) {
  applied replayed cells { memberId itemCode value version }
  sheet { rows { memberId total cells { key value version } } } } }`;

beforeAll(async () => {
  server = await startTestServer({}, { template: 'ledger' });
  ({ bureauId } = await demoLookup(server.db));
  officeId = (await branchByName(bureauEm(server.db, bureauId), '办公室党支部')).id;
});
afterAll(() => server.close());

async function sheet(token: string, month = '2026-03') {
  const res = await server.gql<{ monthlySheet: Sheet }>(SHEET, { b: officeId, m: month }, token);
  expect(res.errors).toBeUndefined();
  return res.data!.monthlySheet;
}
const cell = (s: Sheet, memberId: string, key: string) =>
  s.rows.find((r) => r.memberId === memberId)!.cells.find((c) => c.key === key)!;

describe('the monthly sheet', () => {
  it('loads a branch month as the form shows it: members × items with points', async () => {
    const s = await sheet(await server.login('jifenyuan1'));
    expect(s.rows).toHaveLength(30);
    // March: group study, the Party lecture, the group meeting and the Party day were held.
    const sessions = s.columns.filter((c) => c.sessionId);
    expect(sessions.map((c) => c.itemCode).sort()).toEqual(
      ['group-meeting', 'group-study', 'party-day', 'party-lecture'].sort(),
    );
    // April adds the law study and the quarter's branch assembly.
    const april = await sheet(await server.login('jifenyuan1'), '2026-04');
    expect(april.columns.filter((c) => c.sessionId)).toHaveLength(6);
    expect(s.columns.filter((c) => !c.editable).map((c) => c.itemCode)).toContain(
      'bgs-info-writing',
    );
    const row = s.rows[0]!;
    const login = row.cells.find((c) => c.key === 'item:study-app-login')!;
    expect(login.version).toBe(1);
    expect(Number(row.total)).toBeGreaterThan(0);
  });

  it('saves a whole month at once, and a retried save applies once', async () => {
    const token = await server.login('jifenyuan1');
    const before = await sheet(token);
    const [a, b] = before.rows;
    const input = {
      branchId: officeId,
      month: '2026-03',
      idempotencyKey: 'save-0001-retry-test',
      cells: [
        { memberId: a!.memberId, itemCode: 'study-app-login', value: '7', expectedVersion: 1 },
        { memberId: b!.memberId, itemCode: 'daily-question', value: '3', expectedVersion: 1 },
      ],
    };
    const first = await server.gql<{ saveMonthlySheet: { applied: number; replayed: boolean } }>(
      SAVE,
      { input },
      token,
    );
    expect(first.errors).toBeUndefined();
    expect(first.data!.saveMonthlySheet).toMatchObject({ applied: 2, replayed: false });
    const retry = await server.gql<{
      saveMonthlySheet: { applied: number; replayed: boolean; cells: { version: number }[] };
    }>(SAVE, { input }, token);
    expect(retry.data!.saveMonthlySheet).toMatchObject({ applied: 2, replayed: true });
    expect(retry.data!.saveMonthlySheet.cells.map((c) => c.version)).toEqual([2, 2]);
    const after = await sheet(token);
    expect(cell(after, a!.memberId, 'item:study-app-login')).toMatchObject({
      value: '7',
      version: 2,
    });
  });

  it('gives the second of two scorekeepers a CONFLICT naming the cells, and loses nothing', async () => {
    const keeper = await server.login('jifenyuan1');
    const secretary = await server.login('shuji1');
    const s = await sheet(keeper);
    const row = s.rows[5]!;
    const login = cell(s, row.memberId, 'item:study-app-login');
    const dues = cell(s, row.memberId, 'item:dues');
    const first = await server.gql(
      SAVE,
      {
        input: {
          branchId: officeId,
          month: '2026-03',
          idempotencyKey: 'conflict-first-1',
          cells: [
            {
              memberId: row.memberId,
              itemCode: 'study-app-login',
              value: '20',
              expectedVersion: login.version,
            },
          ],
        },
      },
      keeper,
    );
    expect(first.errors).toBeUndefined();
    const second = await server.gql(
      SAVE,
      {
        input: {
          branchId: officeId,
          month: '2026-03',
          idempotencyKey: 'conflict-second-1',
          cells: [
            {
              memberId: row.memberId,
              itemCode: 'study-app-login',
              value: '25',
              expectedVersion: login.version,
            },
            {
              memberId: row.memberId,
              itemCode: 'dues',
              value: 'late',
              expectedVersion: dues.version,
            },
          ],
        },
      },
      secretary,
    );
    const error = second.errors?.[0];
    expect(error?.extensions?.['code']).toBe('CONFLICT');
    expect(error?.extensions?.['details']).toEqual({
      cells: [
        {
          memberId: row.memberId,
          itemCode: 'study-app-login',
          sessionId: null,
          field: 'cells[0]',
          currentValue: '20',
          currentVersion: login.version + 1,
          expectedVersion: login.version,
        },
      ],
    });
    const after = await sheet(keeper);
    expect(cell(after, row.memberId, 'item:study-app-login').value).toBe('20');
    expect(cell(after, row.memberId, 'item:dues')).toEqual(dues);
  });

  it('recomputes the member’s score summary in the same save', async () => {
    const token = await server.login('jifenyuan1');
    const s = await sheet(token, '2026-04');
    const row = s.rows[2]!;
    const q = `query($id: ID!) { memberScore(memberId: $id, year: 2026, quarter: 2) { total { value } } }`;
    const list = `{ scoreList(filter: { year: 2026, quarter: 2, branchId: "${officeId}" }, first: 100) { edges { node { memberId total } } } }`;
    const login = cell(s, row.memberId, 'item:study-app-login');
    await server.gql(
      SAVE,
      {
        input: {
          branchId: officeId,
          month: '2026-04',
          idempotencyKey: 'summary-refresh-1',
          cells: [
            {
              memberId: row.memberId,
              itemCode: 'study-app-login',
              value: '0',
              expectedVersion: login.version,
            },
          ],
        },
      },
      token,
    );
    const live = await server.gql<{ memberScore: { total: { value: string } } }>(
      q,
      { id: row.memberId },
      token,
    );
    const listed = await server.gql<{
      scoreList: { edges: { node: { memberId: string; total: string } }[] };
    }>(list, {}, token);
    const summary = listed.data!.scoreList.edges.find((e) => e.node.memberId === row.memberId)!;
    expect(summary.node.total).toBe(live.data!.memberScore.total.value);
  });

  it('is closed to another branch and to a plain member', async () => {
    const other = await server.gql(
      SHEET,
      { b: officeId, m: '2026-03' },
      await server.login('shuji2'),
    );
    expect(other.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    const member = await server.gql(
      SHEET,
      { b: officeId, m: '2026-03' },
      await server.login('dangyuan1'),
    );
    expect(member.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    const em = bureauEm(server.db, bureauId);
    expect(await em.count(QuotaEntry, { branchId: officeId, month: '2026-03' })).toBe(60);
  });

  it('saves a moved member’s months in either branch, refreshing the year and that month’s quarter only', async () => {
    const admin = await server.login('admin');
    const branchId = async (name: string) =>
      (
        await server.db.ownerQuery<{ id: string }>(
          'select id from branch where bureau_id = $1 and name = $2',
          [bureauId, name],
        )
      )[0]!.id;
    const sending = await branchId('资产管理处党支部');
    const receiving = await branchId('机关服务中心党支部');
    const [mover] = await server.db.ownerQuery<{ member_id: string }>(
      "select member_id from membership where bureau_id = $1 and branch_id = $2 and from_month = '2026-07'",
      [bureauId, receiving],
    );
    // A scorekeeper of one branch only: its write wall is that branch.
    const keeperOf = async (loginName: string, branch: string) => {
      const user = await server.gql<{ createUser: { id: string } }>(
        'mutation($i: CreateUserInput!) { createUser(input: $i) { id } }',
        {
          i: {
            loginName,
            displayName: loginName,
            password: 'Jifen@2026',
            mustChangePassword: false,
          },
        },
        admin,
      );
      expect(user.errors).toBeUndefined();
      const grant = await server.gql(
        'mutation($i: GrantRoleInput!) { grantRole(input: $i) { id } }',
        { i: { userId: user.data!.createUser.id, role: 'SCOREKEEPER', branchId: branch } },
        admin,
      );
      expect(grant.errors).toBeUndefined();
      return server.login(loginName);
    };
    const summaries = async () =>
      new Map(
        (
          await server.db.ownerQuery<{ period: string; branch: string; computed_at: Date }>(
            `select s.period, b.name as branch, s.computed_at
               from score_summary s join branch b on b.bureau_id = s.bureau_id and b.id = s.branch_id
              where s.bureau_id = $1 and s.member_id = $2 and s.year = 2026`,
            [bureauId, mover!.member_id],
          )
        ).map((r) => [r.period, { branch: r.branch, at: r.computed_at.getTime() }]),
      );
    const save = async (keeper: string, branch: string, month: string, key: string) => {
      const sheet = await server.gql<{ monthlySheet: Sheet }>(
        SHEET,
        { b: branch, m: month },
        keeper,
      );
      expect(sheet.errors).toBeUndefined();
      const before = cell(sheet.data!.monthlySheet, mover!.member_id, 'item:study-app-login');
      const saved = await server.gql<{ saveMonthlySheet: { applied: number } }>(
        'mutation($input: SaveMonthlySheetInput!) { saveMonthlySheet(input: $input) { applied } }',
        {
          input: {
            branchId: branch,
            month,
            idempotencyKey: key,
            cells: [
              {
                memberId: mover!.member_id,
                itemCode: 'study-app-login',
                value: before.value === '5' ? '4' : '5',
                expectedVersion: before.version,
              },
            ],
          },
        },
        keeper,
      );
      expect(saved.errors).toBeUndefined();
      expect(saved.data!.saveMonthlySheet.applied).toBe(1);
    };
    const refreshed = (before: Awaited<ReturnType<typeof summaries>>, after: typeof before) =>
      [...after]
        .filter(([p, s]) => s.at > before.get(p)!.at)
        .map(([p]) => p)
        .sort();

    const start = await summaries();
    expect(Object.fromEntries([...start].map(([p, s]) => [p, s.branch]))).toEqual({
      q1: '资产管理处党支部',
      q2: '资产管理处党支部',
      q3: '机关服务中心党支部',
      q4: '机关服务中心党支部',
      year: '机关服务中心党支部',
    });
    // August, in the receiving branch: its third quarter and the year move; the first two
    // quarters, scored from months in the sending branch, cannot.
    await save(
      await keeperOf('jifenyuan-fwzx', receiving),
      receiving,
      '2026-08',
      'save-0002-moved-in',
    );
    const afterAugust = await summaries();
    expect(refreshed(start, afterAugust)).toEqual(['q3', 'year']);
    // May, in the sending branch: the second quarter and the year, which is the receiving
    // branch's and refreshed although this scorekeeper cannot write there.
    await save(
      await keeperOf('jifenyuan-zcglc', sending),
      sending,
      '2026-05',
      'save-0003-moved-out',
    );
    expect(refreshed(afterAugust, await summaries())).toEqual(['q2', 'year']);
  });
});
