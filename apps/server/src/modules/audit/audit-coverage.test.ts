import {
  getIntrospectionQuery,
  type IntrospectionObjectType,
  type IntrospectionQuery,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoLookup, type DemoLookup } from '../../../test/factories/demo-lookup.js';
import { cycleAuditSteps } from '../../../test/factories/cycle-audit-steps.js';
import { ledgerAuditSteps } from '../../../test/factories/ledger-audit-steps.js';
import { rosterWorkbook } from '../../../test/factories/roster-workbook.js';
import { startTestServer, type TestServer } from '../../../test/test-server.js';
import { FIELD_LABELS } from './audit-field-labels.js';
import { auditChanges } from './audit-fields.js';

let server: TestServer;
let demo: DemoLookup;
let admin: string;

beforeAll(async () => {
  server = await startTestServer({}, { template: 'roster' });
  demo = await demoLookup(server.db);
  admin = await server.login('admin');
});
afterAll(() => server.close());

type Entry = {
  operation: string;
  actor_user_id: string | null;
  actor_role: string | null;
  at: Date;
};

async function entriesAfter(seq: number): Promise<Entry[]> {
  return server.db.ownerQuery<Entry>(
    'select operation, actor_user_id, actor_role, at from audit_entry where bureau_id = $1 and seq > $2 order by seq',
    [demo.bureauId, seq],
  );
}
async function lastSeq(): Promise<number> {
  const [row] = await server.db.ownerQuery<{ seq: number }>(
    'select coalesce(max(seq), 0) as seq from audit_entry where bureau_id = $1',
    [demo.bureauId],
  );
  return row!.seq;
}

async function ok<T = Record<string, { id: string }>>(
  query: string,
  variables: Record<string, unknown> = {},
  token = admin,
) {
  const res = await server.gql<T>(query, variables, token);
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!;
}

/** Runs every mutation once, successfully, in an order where each can use what earlier ones made. */
function steps(): {
  mutation: string;
  operations: string[];
  run: (ids: Record<string, string>) => Promise<void>;
}[] {
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
            { u: await demo.userId('analyst') },
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
          { m: ids['member'], b: demo.branch('BGS').id },
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
    // Schemes, ledger, evidence and declarations (test/factories/ledger-audit-steps.ts).
    ...ledgerAuditSteps(server, ok, () => demo),
    {
      mutation: 'deleteMember',
      operations: ['member.delete'],
      run: async (ids) =>
        void (await ok('mutation($id: ID!) { deleteMember(id: $id) }', { id: ids['imported'] })),
    },
    {
      mutation: 'deletePartyGroup',
      operations: ['partyGroup.delete'],
      run: async (ids) =>
        void (await ok('mutation($id: ID!) { deletePartyGroup(id: $id) }', { id: ids['group'] })),
    },
    {
      mutation: 'deleteBranch',
      operations: ['branch.delete'],
      run: async () => {
        const empty = (
          await ok('mutation { createBranch(input: { name: "空支部", code: "EMPTY" }) { id } }')
        ).createBranch!.id;
        await ok('mutation($id: ID!) { deleteBranch(id: $id) }', { id: empty });
      },
    },
    // The assessment cycle's mutations (test/factories/cycle-audit-steps.ts).
    ...cycleAuditSteps(server, () => demo),
    {
      mutation: 'markMonthRecorded',
      operations: ['ledger.markMonthRecorded'],
      run: async (ids) =>
        void (await ok(
          'mutation($b: ID!) { markMonthRecorded(branchId: $b, month: "2026-01") { branchId } }',
          { b: ids['branch'] },
        )),
    },
    {
      mutation: 'unmarkMonthRecorded',
      operations: ['ledger.unmarkMonthRecorded'],
      run: async (ids) =>
        void (await ok(
          'mutation($b: ID!) { unmarkMonthRecorded(branchId: $b, month: "2026-01") { branchId } }',
          { b: ids['branch'] },
        )),
    },
    {
      mutation: 'drawSpotCheck',
      operations: ['spotCheck.draw'],
      run: async (ids) => {
        const drawn = await ok<{ drawSpotCheck: { items: { id: string }[] } }>(
          'mutation { drawSpotCheck(input: { title: "审计抽查", fromMonth: "2026-01", toMonth: "2026-03", size: 1, seed: "audit" }) { items { id } } }',
        );
        ids['spotItem'] = drawn.drawSpotCheck.items[0]!.id;
      },
    },
    {
      mutation: 'recordSpotCheckFinding',
      operations: ['spotCheck.finding'],
      run: async (ids) =>
        void (await ok(
          'mutation($i: ID!) { recordSpotCheckFinding(input: { itemId: $i, discrepancy: true, note: "审计问题" }) { id } }',
          { i: ids['spotItem'] },
        )),
    },
    {
      mutation: 'answerSpotCheckFollowUp',
      operations: ['spotCheck.answer'],
      run: async (ids) =>
        void (await ok(
          'mutation($i: ID!) { answerSpotCheckFollowUp(input: { itemId: $i, answer: "已核实" }) { id } }',
          { i: ids['spotItem'] },
          await server.login('shuji1'),
        )),
    },
    {
      mutation: 'closeSpotCheckFollowUp',
      operations: ['spotCheck.close'],
      run: async (ids) =>
        void (await ok(
          'mutation($i: ID!) { closeSpotCheckFollowUp(input: { itemId: $i }) { id } }',
          { i: ids['spotItem'] },
        )),
    },
    {
      mutation: 'setTaskSettings',
      operations: ['tasks.settings.set'],
      run: async () =>
        void (await ok(
          'mutation { setTaskSettings(input: { webhookEnabled: false }) { webhookEnabled } }',
        )),
    },
    // Reminders and read marks are the reader's own notifications, not a change to the records:
    // by design they write no entry (operations [] asserts none is written).
    {
      mutation: 'sendRemindersNow',
      operations: [],
      run: async () => void (await ok('mutation { sendRemindersNow { created } }')),
    },
    {
      mutation: 'markNotificationsRead',
      operations: [],
      run: async () => void (await ok('mutation { markNotificationsRead }')),
    },
  ];
}

describe('audit coverage', () => {
  it('writes the entries of every mutation in the schema, naming who and with which role', async () => {
    const ids: Record<string, string> = {};
    const problems: string[] = [];
    for (const step of steps()) {
      const before = await lastSeq();
      await step.run(ids);
      const entries = await entriesAfter(before);
      const operations = entries.map((e) => e.operation);
      // Steps may set up what they need first (more entries): the last ones are the step's own.
      if (
        JSON.stringify(operations.slice(-step.operations.length)) !==
        JSON.stringify(step.operations)
      )
        problems.push(
          `${step.mutation}: wrote ${JSON.stringify(operations)}, expected ${JSON.stringify(step.operations)}`,
        );
      for (const e of entries.slice(-step.operations.length))
        if (!e.actor_user_id || !(e.at instanceof Date))
          problems.push(`${step.mutation}: entry without actor or time`);
    }
    expect(problems).toEqual([]);
    const res = await server.gql<IntrospectionQuery>(getIntrospectionQuery());
    const mutationType = res.data!.__schema.types.find(
      (t) => t.name === 'Mutation',
    ) as IntrospectionObjectType;
    const covered = new Set(steps().map((s) => s.mutation));
    expect(mutationType.fields.map((f) => f.name).filter((m) => !covered.has(m))).toEqual([]);
    // Every field the entries record has a name on screen (one map: audit-field-labels.ts).
    const all = await server.db.ownerQuery<{
      before: unknown;
      after: unknown;
      entity_name: string;
    }>('select before, after, entity_name from audit_entry where bureau_id = $1', [demo.bureauId]);
    const fields = all.flatMap((e) => auditChanges(e.before, e.after, e.entity_name));
    const unnamed = fields.flatMap((c) => c.field.split('.')).filter((f) => !(f in FIELD_LABELS));
    expect([...new Set(unnamed)]).toEqual([]);
    // Every state and status they record is in words, as its entity's workflow names it.
    const codes = fields
      .filter((c) => /(^|\.)(state|status)$/.test(c.field))
      .flatMap((c) => [c.before, c.beforeEn, c.after, c.afterEn])
      .filter((v): v is string => !!v && /^[a-z_]+$/.test(v));
    expect([...new Set(codes)]).toEqual([]);
  });

  it('names the role that allowed a change: a secretary’s edit says secretary, the committee’s says committee_admin', async () => {
    const [m] = await demo.members('BGS');
    for (const [login, role] of [
      ['shuji1', 'secretary'],
      ['admin', 'committee_admin'],
    ] as const) {
      const before = await lastSeq();
      await ok(
        'mutation($id: ID!) { updateMember(input: { id: $id, position: "组织委员" }) { id } }',
        { id: m!.id },
        await server.login(login),
      );
      const entries = await entriesAfter(before);
      expect(entries.at(-1)).toMatchObject({ operation: 'member.update', actor_role: role });
    }
  });

  it('writes the change and its entry in one transaction: when the entry cannot be written, the change is not either', async () => {
    const [m] = await demo.members('CWC');
    const before = await lastSeq();
    await server.db.ownerQuery('revoke insert on audit_entry from jifen_app');
    try {
      const res = await server.gql(
        'mutation($id: ID!) { updateMember(input: { id: $id, name: "无痕修改" }) { id } }',
        { id: m!.id },
        admin,
      );
      expect(res.errors?.[0]?.extensions?.['code']).toBe('INTERNAL_SERVER_ERROR');
    } finally {
      await server.db.ownerQuery('grant insert on audit_entry to jifen_app');
    }
    const [row] = await server.db.ownerQuery<{ name: string }>(
      'select name from member where id = $1',
      [m!.id],
    );
    expect(row!.name).toBe(m!.name);
    expect(await lastSeq()).toBe(before);
  });
});
