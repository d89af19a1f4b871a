import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoBureau } from '../../../test/factories/demo.js';
import { createTestDatabase, type TestDatabase } from '../../../test/test-database.js';
import { Role } from '../../auth/roles.js';
import { DEMO_USERS } from './demo-bureau.js';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemoBureau(db);
});
afterAll(() => db.close());

describe('the demo bureau', () => {
  it('has six branches, each with Party groups led by one of its own members', async () => {
    const rows = await db.ownerQuery<{ name: string; groups: number; led: number }>(
      `select b.name, count(g.id)::int as groups,
              count(g.id) filter (where l.branch_id = b.id)::int as led
       from branch b join party_group g on g.branch_id = b.id
       left join member l on l.id = g.leader_id group by b.name`,
    );
    expect(rows.length).toBe(6);
    for (const r of rows) expect(r.groups, r.name).toBeGreaterThanOrEqual(2);
    for (const r of rows) expect(r.led, r.name).toBe(r.groups);
  });

  it('has about 150 members with Chinese names, some of them probationary', async () => {
    const [counts] = await db.ownerQuery<{ total: number; probationary: number; chinese: number }>(
      `select count(*)::int as total,
              count(*) filter (where status = 'probationary')::int as probationary,
              count(*) filter (where name ~ '^[\\u4e00-\\u9fff]{2,4}$')::int as chinese
       from member`,
    );
    expect(counts!.total).toBeGreaterThanOrEqual(140);
    expect(counts!.total).toBeLessThanOrEqual(160);
    expect(counts!.chinese).toBe(counts!.total);
    expect(counts!.probationary).toBeGreaterThan(0);
    const [dates] = await db.ownerQuery<{ bad: number }>(
      `select count(*)::int as bad from member
       where joined_on is null or (status = 'probationary') <> (full_member_on is null)
          or full_member_on < joined_on`,
    );
    expect(dates!.bad).toBe(0);
  });

  it('has one member transferred during the year, with exact months on both sides', async () => {
    const moves = await db.ownerQuery<{
      code: string;
      from_month: string;
      to_month: string | null;
    }>(
      `select b.code, m.from_month, m.to_month from membership m join branch b on b.id = m.branch_id
       where m.member_id in (select member_id from membership group by member_id having count(*) > 1)
       order by m.from_month`,
    );
    expect(moves).toEqual([
      { code: 'ZCC', from_month: '2026-01', to_month: '2026-06' },
      { code: 'FWZX', from_month: '2026-07', to_month: null },
    ]);
  });

  it('has a user for every role, and the log-ins README lists', async () => {
    const roles = await db.ownerQuery<{ role: string }>(
      'select distinct role from role_assignment',
    );
    expect(roles.map((r) => r.role).sort()).toEqual(Object.values(Role).sort());
    const users = await db.ownerQuery<{ login_name: string }>(
      'select login_name from user_account order by 1',
    );
    expect(users.map((u) => u.login_name)).toEqual(DEMO_USERS.map((u) => u.loginName).sort());
    const jifenyuan = await db.ownerQuery(
      `select 1 from role_assignment r join user_account u on u.id = r.user_id where u.login_name = 'jifenyuan1'`,
    );
    expect(jifenyuan.length).toBe(2);
  });
});
