import type { DemoLookup } from './demo-lookup.js';
import type { AuditStep, Ok } from './ledger-audit-steps.js';
import { rosterWorkbook } from './roster-workbook.js';
import type { TestServer } from '../test-server.js';

/**
 * Sign-in, API tokens, the organisation (branches, party groups, members, accounts, roles) and
 * the roster import, each run once successfully in an order where each uses what earlier ones
 * made, for the audit-coverage test (every mutation writes its entries). Runs as the committee
 * administrator unless a step signs in as someone else.
 */
export function orgAuditSteps(server: TestServer, ok: Ok, demo: () => DemoLookup): AuditStep[] {
  return [
    {
      mutation: 'login',
      operations: ['auth.login'],
      run: async (ids) => void (ids['token'] = await server.login('zhiwei1')),
    },
    {
      mutation: 'changeMyPassword',
      operations: ['auth.changePassword'],
      run: async (ids) =>
        void (await ok(
          'mutation { changeMyPassword(input: { currentPassword: "Jifen@2026", newPassword: "Other2026x" }) }',
          {},
          ids['token'],
        )),
    },
    {
      mutation: 'logout',
      operations: ['auth.logout'],
      run: async (ids) => void (await ok('mutation { logout }', {}, ids['token'])),
    },
    {
      mutation: 'createApiToken',
      operations: ['apiToken.create'],
      run: async (ids) =>
        void (ids['apiToken'] = (
          await ok<{ createApiToken: { apiToken: { id: string } } }>(
            'mutation($u: ID) { createApiToken(input: { name: "审计", expiresInDays: 7, userId: $u }) { apiToken { id } } }',
            { u: await demo().userId('analyst') },
          )
        ).createApiToken.apiToken.id),
    },
    {
      mutation: 'revokeApiToken',
      operations: ['apiToken.revoke'],
      run: async (ids) =>
        void (await ok('mutation($id: ID!) { revokeApiToken(id: $id) { id } }', {
          id: ids['apiToken'],
        })),
    },
    {
      mutation: 'createBranch',
      operations: ['branch.create'],
      run: async (ids) =>
        void (ids['branch'] = (
          await ok('mutation { createBranch(input: { name: "审计支部", code: "SJ" }) { id } }')
        ).createBranch!.id),
    },
    {
      mutation: 'updateBranch',
      operations: ['branch.update'],
      run: async (ids) =>
        void (await ok(
          'mutation($id: ID!) { updateBranch(input: { id: $id, sortOrder: 9 }) { id } }',
          { id: ids['branch'] },
        )),
    },
    {
      mutation: 'createPartyGroup',
      operations: ['partyGroup.create'],
      run: async (ids) =>
        void (ids['group'] = (
          await ok(
            'mutation($b: ID!) { createPartyGroup(input: { branchId: $b, name: "第一党小组" }) { id } }',
            { b: ids['branch'] },
          )
        ).createPartyGroup!.id),
    },
    {
      mutation: 'createMember',
      operations: ['member.create'],
      run: async (ids) =>
        void (ids['member'] = (
          await ok(
            'mutation($b: ID!, $g: ID) { createMember(input: { branchId: $b, groupId: $g, name: "审计甲", status: PROBATIONARY, joinedOn: "2025-07-01", fromMonth: "2026-01" }) { id } }',
            { b: ids['branch'], g: ids['group'] },
          )
        ).createMember!.id),
    },
    {
      mutation: 'updatePartyGroup',
      operations: ['partyGroup.update'],
      run: async (ids) =>
        void (await ok(
          'mutation($id: ID!, $m: ID) { updatePartyGroup(input: { id: $id, leaderMemberId: $m }) { id } }',
          { id: ids['group'], m: ids['member'] },
        )),
    },
    {
      mutation: 'updateMember',
      operations: ['member.update'],
      run: async (ids) =>
        void (await ok(
          'mutation($id: ID!) { updateMember(input: { id: $id, position: "科员" }) { id } }',
          { id: ids['member'] },
        )),
    },
    {
      mutation: 'recordFullMembership',
      operations: ['member.recordFullMembership'],
      run: async (ids) =>
        void (await ok(
          'mutation($m: ID!) { recordFullMembership(input: { memberId: $m, date: "2025-08-01" }) { id } }',
          { m: ids['member'] },
        )),
    },
    {
      mutation: 'createUser',
      operations: ['user.create'],
      run: async (ids) =>
        void (ids['user'] = (
          await ok(
            'mutation($m: ID) { createUser(input: { loginName: "audit.user", displayName: "审计", password: "Audit1234", memberId: $m }) { id } }',
            { m: ids['member'] },
          )
        ).createUser!.id),
    },
    {
      mutation: 'updateUser',
      operations: ['user.update'],
      run: async (ids) =>
        void (await ok(
          'mutation($id: ID!) { updateUser(input: { id: $id, displayName: "审计用户" }) { id } }',
          { id: ids['user'] },
        )),
    },
    {
      mutation: 'resetUserPassword',
      operations: ['user.resetPassword'],
      run: async (ids) =>
        void (await ok(
          'mutation($id: ID!) { resetUserPassword(input: { id: $id }) { oneTimePassword } }',
          { id: ids['user'] },
        )),
    },
    {
      mutation: 'grantRole',
      operations: ['role.grant'],
      run: async (ids) =>
        void (ids['grant'] = (
          await ok(
            'mutation($u: ID!, $b: ID) { grantRole(input: { userId: $u, role: MEMBER, branchId: $b }) { id } }',
            { u: ids['user'], b: ids['branch'] },
          )
        ).grantRole!.id),
    },
    {
      mutation: 'revokeRole',
      operations: ['role.revoke'],
      run: async (ids) =>
        void (await ok('mutation($id: ID!) { revokeRole(id: $id) }', { id: ids['grant'] })),
    },
    {
      mutation: 'transferMember',
      operations: ['member.transferOut', 'member.transferIn'],
      run: async (ids) =>
        void (await ok(
          'mutation($m: ID!, $b: ID!) { transferMember(input: { memberId: $m, toBranchId: $b, month: "2026-05" }) { id } }',
          { m: ids['member'], b: demo().branch('BGS').id },
        )),
    },
    {
      mutation: 'recordMemberLeaving',
      operations: ['member.leave'],
      run: async (ids) =>
        void (await ok(
          'mutation($m: ID!) { recordMemberLeaving(input: { memberId: $m, lastMonth: "2026-08" }) { id } }',
          { m: ids['member'] },
        )),
    },
    {
      mutation: 'importRoster',
      operations: ['member.create', 'roster.import'],
      run: async (ids) => {
        const file = await rosterWorkbook(
          ['姓名', '党员类别', '入党日期', '所在支部'],
          [['审计乙', '正式党员', '2001-07-01', '审计支部']],
        );
        await ok('mutation($f: String!) { importRoster(input: { fileBase64: $f }) { valid } }', {
          f: file,
        });
        const [row] = await server.db.ownerQuery<{ id: string }>(
          `select id from member where name = '审计乙'`,
        );
        ids['imported'] = row!.id;
      },
    },
  ];
}
