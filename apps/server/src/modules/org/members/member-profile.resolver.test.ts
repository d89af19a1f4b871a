import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoLookup, type DemoLookup } from '../../../../test/factories/demo-lookup.js';
import { startTestServer, type TestServer } from '../../../../test/test-server.js';

let server: TestServer;
let demo: DemoLookup;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  server = await startTestServer({}, { template: 'roster' });
  demo = await demoLookup(server.db);
  for (const login of ['admin', 'shuji1', 'zhiwei1']) tokens[login] = await server.login(login);
});
afterAll(() => server.close());

describe('profile fields (性别, 出生日期, 联系电话)', () => {
  const CREATE = `mutation($i: CreateMemberInput!) {
    createMember(input: $i) { id gender birthDate phone }
  }`;
  const base = () => ({
    branchId: demo.branch('BGS').id,
    name: '档案甲',
    joinedOn: '2010-07-01',
    fromMonth: '2026-01',
  });

  it('stores them, writing the phone without spaces or +86', async () => {
    const res = await server.gql<{ createMember: Record<string, unknown> }>(
      CREATE,
      { i: { ...base(), gender: 'FEMALE', birthDate: '1985-03-08', phone: '+86 139 1234 5678' } },
      tokens['shuji1'],
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.createMember).toMatchObject({
      gender: 'FEMALE',
      birthDate: '1985-03-08',
      phone: '13912345678',
    });
  });

  it.each([
    ['phone', { phone: '12345' }],
    ['phone', { phone: '0519-123' }],
    ['birthDate', { birthDate: '1890-01-01' }],
    ['birthDate', { birthDate: '2099-01-01' }],
    ['birthDate', { birthDate: '1995-01-01' }], // seventeen when joining in 2010
  ])('refuses an implausible %s (%o), naming the field', async (field, values) => {
    const res = await server.gql(CREATE, { i: { ...base(), ...values } }, tokens['shuji1']);
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: `input.${field}`,
    });
  });

  it('corrects them through updateMember: a bad phone is refused and nothing changes, null clears it', async () => {
    const created = await server.gql<{ createMember: { id: string } }>(
      CREATE,
      { i: { ...base(), name: '档案丙', gender: 'MALE', phone: '13912345678' } },
      tokens['shuji1'],
    );
    const id = created.data!.createMember.id;
    const UPDATE = `mutation($i: UpdateMemberInput!) { updateMember(input: $i) { gender birthDate phone } }`;
    const refused = await server.gql(
      UPDATE,
      { i: { id, birthDate: '1980-01-01', phone: '1391234' } },
      tokens['shuji1'],
    );
    expect(refused.errors?.[0]?.extensions).toMatchObject({ field: 'input.phone' });
    const [row] = await server.db.ownerQuery<Record<string, string | null>>(
      `select phone, birth_date from member where id = $1`,
      [id],
    );
    expect(row).toEqual({ phone: '13912345678', birth_date: null });
    const cleared = await server.gql<{ updateMember: Record<string, unknown> }>(
      UPDATE,
      { i: { id, birthDate: '1980-01-01', phone: null } },
      tokens['shuji1'],
    );
    expect(cleared.data?.updateMember).toEqual({
      gender: 'MALE',
      birthDate: '1980-01-01',
      phone: null,
    });
  });

  it('shows the phone to the committee and the branch secretary only', async () => {
    const res = await server.gql<{ createMember: { id: string } }>(
      CREATE,
      { i: { ...base(), name: '档案乙', phone: '0519-85681234' } },
      tokens['admin'],
    );
    const id = res.data!.createMember.id;
    const phoneAs = async (login: string) =>
      (
        await server.gql<{ member: { phone: string | null } }>(
          `query($id: ID!) { member(id: $id) { phone } }`,
          { id },
          tokens[login],
        )
      ).data?.member.phone;
    expect(await phoneAs('admin')).toBe('0519-85681234');
    expect(await phoneAs('shuji1')).toBe('0519-85681234');
    expect(await phoneAs('zhiwei1')).toBeNull();
  });
});
