import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../test/test-server.js';

let server: TestServer;
let token: string;
beforeAll(async () => {
  server = await startTestServer({}, { template: 'roster' });
  token = await server.login('admin');
});
afterAll(() => server.close());

describe('a deleted row that others point at with `on delete set null`', () => {
  it('nulls only the pointing column, never bureau_id: a member with a log-in can be deleted', async () => {
    const [linked] = await server.db.ownerQuery<{ user_id: string; member_id: string }>(
      `select id user_id, member_id from user_account where member_id is not null limit 1`,
    );
    const res = await server.gql(
      'mutation($id: ID!) { deleteMember(id: $id) }',
      { id: linked!.member_id },
      token,
    );
    expect(res).toEqual({ data: { deleteMember: true } });
    const [account] = await server.db.ownerQuery<{ bureau_id: string; member_id: string | null }>(
      `select bureau_id, member_id from user_account where id = $1`,
      [linked!.user_id],
    );
    expect(account).toEqual({ bureau_id: expect.any(String), member_id: null });
  });

  it('is so for every such key in the schema', async () => {
    const wide = await server.db.ownerQuery<{ conname: string }>(
      `select conname from pg_constraint c
        where contype = 'f' and confdeltype = 'n' and confdelsetcols is null
          and exists (select 1 from unnest(conkey) k join pg_attribute a
                       on a.attrelid = c.conrelid and a.attnum = k where a.attname = 'bureau_id')`,
    );
    expect(wide).toEqual([]);
  });
});
