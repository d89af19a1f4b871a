import {
  getIntrospectionQuery,
  type IntrospectionObjectType,
  type IntrospectionQuery,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoLookup, type DemoLookup } from '../../../test/factories/demo-lookup.js';
import { cycleAuditSteps } from '../../../test/factories/cycle-audit-steps.js';
import { ledgerAuditSteps, type AuditStep } from '../../../test/factories/ledger-audit-steps.js';
import { orgAuditSteps } from '../../../test/factories/org-audit-steps.js';
import { startTestServer, type TestServer } from '../../../test/test-server.js';
import { FIELD_LABELS } from './audit-field-labels.js';
import { ENTITY_LABELS, OPERATION_LABELS } from './audit-labels.js';
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
function steps(): AuditStep[] {
  return [
    // Sign-in, tokens, the organisation and the roster (test/factories/org-audit-steps.ts).
    ...orgAuditSteps(server, ok, () => demo),
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

// Fields that refer to a record with no name of its own (a review, a publication, a file): their
// ids stay as recorded.
const REFERENCES = new Set([
  'id',
  'assessmentId',
  'publicationId',
  'correctionId',
  'objectionId',
  'evidenceId',
  'spotCheckId',
  'caseId',
  'basedOnId',
  'undecided',
  // Free text, as typed.
  'seed',
]);
const UUID_IN = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

type ScreenEntry = {
  operation: string;
  entityName: string;
  subject: string | null;
  subjectEn: string | null;
  changes: { field: string; label: string; before: string | null; after: string | null }[];
};

/** Every entry of the bureau as the committee's audit screen shows it. */
async function auditScreen(): Promise<ScreenEntry[]> {
  type Page = { auditEntries: { total: number; entries: ScreenEntry[] } };
  const out: ScreenEntry[] = [];
  for (let offset = 0; ; offset += 200) {
    const page = await ok<Page>(
      `query($offset: Int!) { auditEntries(offset: $offset, limit: 200) { total
         entries { operation entityName subject subjectEn changes { field label before after } } } }`,
      { offset },
    );
    out.push(...page.auditEntries.entries);
    if (offset + 200 >= page.auditEntries.total) return out;
  }
}

// Kinds whose label says all: a log-in (the actor is the subject) and the bureau's one settings.
const UNNAMED_KINDS = new Set(['AuthSession', 'TaskSetting']);

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
    const unnamed = fields
      .flatMap((c) => c.field.split('.'))
      // A member's id in a map of members is named by the member's name (checked below).
      .filter((f) => !UUID_IN.test(f) && !(f in FIELD_LABELS));
    expect([...new Set(unnamed)]).toEqual([]);
    // Every operation and kind of entity they record has a name on screen (audit-labels.ts):
    // the log would otherwise show 其他操作（code）.
    const kinds = await server.db.ownerQuery<{ operation: string; entity_name: string }>(
      'select distinct operation, entity_name from audit_entry where bureau_id = $1',
      [demo.bureauId],
    );
    expect(kinds.map((k) => k.operation).filter((o) => !(o in OPERATION_LABELS))).toEqual([]);
    expect(kinds.map((k) => k.entity_name).filter((e) => !(e in ENTITY_LABELS))).toEqual([]);
    // Every state and status they record is in words, as its entity's workflow names it.
    const codes = fields
      .filter((c) => /(^|\.)(state|status)$/.test(c.field))
      .flatMap((c) => [c.before, c.beforeEn, c.after, c.afterEn])
      .filter((v): v is string => !!v && /^[a-z_]+$/.test(v));
    expect([...new Set(codes)]).toEqual([]);
    // And as the committee's screen reads them: members by name, codes in words, no JSON.
    const screen = await auditScreen();
    const shown = screen.flatMap((e) =>
      e.changes.flatMap((c) =>
        [c.label, c.before, c.after]
          .filter((text): text is string => !!text)
          .map((text) => ({ operation: e.operation, field: c.field, text })),
      ),
    );
    const existing = new Set(
      (
        await server.db.ownerQuery<{ id: string }>(
          `select id from party_group union select id from member union select id from branch`,
        )
      ).map((r) => r.id),
    );
    const raw = shown.filter(
      ({ field, text }) =>
        !REFERENCES.has(field.split('.').pop()!) &&
        // A deleted group keeps its id: nothing is left to name it by.
        !(UUID_IN.test(text) && !existing.has(text)) &&
        (UUID_IN.test(text) || /^[a-z]+([A-Z_][a-z]+)*$/.test(text) || /^[[{]/.test(text)),
    );
    expect(raw).toEqual([]);
    // Each entry names which record it is about, in words: no id, no code.
    const nameless = screen.filter((e) => !UNNAMED_KINDS.has(e.entityName) && !e.subject);
    expect(nameless.map((e) => `${e.operation} (${e.entityName})`)).toEqual([]);
    const coded = screen.filter((e) =>
      [e.subject, e.subjectEn].some((t) => t && (UUID_IN.test(t) || /[a-z]+_[a-z]+/.test(t))),
    );
    expect(coded.map((e) => `${e.operation}: ${e.subject}`)).toEqual([]);
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
