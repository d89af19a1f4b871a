import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoLookup, type DemoLookup } from '../../../../test/factories/demo-lookup.js';
import { startTestServer, type TestServer } from '../../../../test/test-server.js';

let server: TestServer;
let demo: DemoLookup;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  server = await startTestServer({}, { template: 'roster' });
  demo = await demoLookup(server.db);
  for (const login of ['admin', 'shuji1', 'zhiwei1', 'analyst', 'shuji2'])
    tokens[login] = await server.login(login);
});
afterAll(() => server.close());

const ACTIONS = `query($id: ID!, $branchId: ID!) {
  member(id: $id) { availableActions }
  branch(id: $branchId) { rosterActions }
}`;

async function actionsOf(login: string, memberId: string, branchId: string) {
  const res = await server.gql<{
    member: { availableActions: string[] };
    branch: { rosterActions: string[] };
  }>(ACTIONS, { id: memberId, branchId }, tokens[login]!);
  expect(res.errors).toBeUndefined();
  return { member: res.data!.member.availableActions, roster: res.data!.branch.rosterActions };
}

describe('what the viewer may do with the roster, as the server states it', () => {
  it('gives the committee every action, the transfer included', async () => {
    const [m] = await demo.members('BGS');
    expect(await actionsOf('admin', m!.id, demo.branch('BGS').id)).toEqual({
      member: ['update', 'recordLeaving', 'delete', 'transfer', 'readAudit'],
      roster: ['create', 'import', 'export'],
    });
  });

  it('gives a secretary their own branch without the transfer, which writes in two branches', async () => {
    const [m] = await demo.members('BGS');
    expect(await actionsOf('shuji1', m!.id, demo.branch('BGS').id)).toEqual({
      member: ['update', 'recordLeaving', 'delete', 'readAudit'],
      roster: ['create', 'import', 'export'],
    });
  });

  it('lets a branch committee member and the analyst only export', async () => {
    const [m] = await demo.members('BGS');
    for (const login of ['zhiwei1', 'analyst'])
      expect(await actionsOf(login, m!.id, demo.branch('BGS').id)).toEqual({
        member: [],
        roster: ['export'],
      });
  });

  it('gives another branch’s secretary nothing on this branch’s roster', async () => {
    const res = await server.gql<{ branch: { rosterActions: string[] } }>(
      `query($id: ID!) { branch(id: $id) { rosterActions } }`,
      { id: demo.branch('BGS').id },
      tokens['shuji2']!,
    );
    expect(res.data?.branch.rosterActions).toEqual([]);
  });

  it('offers no edit, leaving or transfer once the member has left the bureau', async () => {
    const [, m] = await demo.members('BGS');
    const left = await server.gql(
      `mutation($i: RecordMemberLeavingInput!) { recordMemberLeaving(input: $i) { id } }`,
      { i: { memberId: m!.id, lastMonth: '2026-06' } },
      tokens['admin']!,
    );
    expect(left.errors).toBeUndefined();
    const { member } = await actionsOf('admin', m!.id, demo.branch('BGS').id);
    expect(member).toEqual(['delete', 'readAudit']);
  });
});
