import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoLookup } from '../../../test/factories/demo-lookup.js';
import { branchByName, bureauEm, closeMonth } from '../../../test/factories/ledger.js';
import { ledgerSnapshot } from '../../../test/factories/row-counts.js';
import { startTestServer, type TestServer } from '../../../test/test-server.js';
import { EvidenceFile } from '../evidence/evidence-file.entity.js';
import { Membership } from '../org/members/membership.entity.js';

let server: TestServer;
let officeId: string;
let memberId: string;
let evidenceId: string;
let tokens: Record<'keeper' | 'member', string>;
const NOBODY = '3f1c2b4a-0000-4000-8000-00000000dead';

const SAVE = `mutation($input: SaveMonthlySheetInput!) { saveMonthlySheet(input: $input) { applied } }`;
const SESSION = `mutation($input: RecordSessionInput!) { recordSession(input: $input) { id } }`;
const VIOLATION = `mutation($input: RecordViolationInput!) { recordViolation(input: $input) { id } }`;
const DECLARE = `mutation($input: SubmitDeclarationInput!) { submitDeclaration(input: $input) { id } }`;

beforeAll(async () => {
  server = await startTestServer({}, { template: 'ledger' });
  const { bureauId } = await demoLookup(server.db);
  const em = bureauEm(server.db, bureauId);
  const office = await branchByName(em, '办公室党支部');
  officeId = office.id;
  memberId = (
    await em.findOneOrFail(Membership, { branchId: officeId }, { orderBy: { id: 'asc' } })
  ).memberId;
  await closeMonth(em, office, '2026-02', '2026年第一季度得分已签字');
  const file = em.create(EvidenceFile, {
    bureauId,
    branch: office,
    branchId: office.id,
    sha256: 'a'.repeat(64),
    fileName: 'x.txt',
    mimeType: 'text/plain',
    size: 1,
    uploadedById: NOBODY,
  });
  await em.flush();
  evidenceId = file.id;
  tokens = { keeper: await server.login('jifenyuan1'), member: await server.login('dangyuan1') };
});
afterAll(() => server.close());

type Case = {
  name: string;
  who: 'keeper' | 'member';
  query: string;
  input: () => Record<string, unknown>;
  field: string;
};

const sheet = (month: string, cell: Record<string, unknown>) => ({
  branchId: officeId,
  month,
  idempotencyKey: `bad-input-${Math.random().toString(36).slice(2)}`,
  cells: [{ memberId, itemCode: 'study-app-login', value: '20', expectedVersion: 1, ...cell }],
});
const session = (extra: Record<string, unknown>) => ({
  branchId: officeId,
  itemCode: 'party-lecture',
  date: '2026-03-18',
  topic: '党课',
  attendeeIds: [memberId],
  ...extra,
});
const violation = (extra: Record<string, unknown>) => ({
  branchId: officeId,
  memberId,
  month: '2026-03',
  itemCode: 'violations',
  count: 1,
  decision: '支委会认定',
  expectedVersion: 0,
  ...extra,
});
const declaration = (extra: Record<string, unknown>) => ({
  month: '2026-03',
  itemCode: 'volunteer-service',
  description: '志愿服务',
  evidenceId,
  ...extra,
});

const cases: Case[] = [
  // The monthly sheet
  {
    name: 'sheet: unknown member',
    who: 'keeper',
    query: SAVE,
    input: () => sheet('2026-03', { memberId: NOBODY }),
    field: 'cells[0].memberId',
  },
  {
    name: 'sheet: item not in the scheme',
    who: 'keeper',
    query: SAVE,
    input: () => sheet('2026-03', { itemCode: 'karaoke' }),
    field: 'cells[0].itemCode',
  },
  {
    name: 'sheet: points outside the rule',
    who: 'keeper',
    query: SAVE,
    input: () => sheet('2026-03', { value: '32' }),
    field: 'cells[0].value',
  },
  {
    name: 'sheet: month outside the scheme’s year',
    who: 'keeper',
    query: SAVE,
    input: () => sheet('2031-03', {}),
    field: 'month',
  },
  {
    name: 'sheet: closed period',
    who: 'keeper',
    query: SAVE,
    input: () => sheet('2026-02', {}),
    field: 'month',
  },
  // Sessions and sign-ins
  {
    name: 'session: unknown member',
    who: 'keeper',
    query: SESSION,
    input: () => session({ attendeeIds: [memberId, NOBODY] }),
    field: 'input.attendeeIds[1]',
  },
  {
    name: 'session: item not in the scheme',
    who: 'keeper',
    query: SESSION,
    input: () => session({ itemCode: 'karaoke' }),
    field: 'input.itemCode',
  },
  {
    name: 'session: month outside the scheme’s year',
    who: 'keeper',
    query: SESSION,
    input: () => session({ date: '2031-03-18' }),
    field: 'input.date',
  },
  {
    name: 'session: closed period',
    who: 'keeper',
    query: SESSION,
    input: () => session({ date: '2026-02-18' }),
    field: 'input.date',
  },
  // Violations
  {
    name: 'violation: unknown member',
    who: 'keeper',
    query: VIOLATION,
    input: () => violation({ memberId: NOBODY }),
    field: 'input.memberId',
  },
  {
    name: 'violation: item not in the scheme',
    who: 'keeper',
    query: VIOLATION,
    input: () => violation({ itemCode: 'karaoke' }),
    field: 'input.itemCode',
  },
  {
    name: 'violation: count outside the rule',
    who: 'keeper',
    query: VIOLATION,
    input: () => violation({ count: 11 }),
    field: 'input.count',
  },
  {
    name: 'violation: month outside the scheme’s year',
    who: 'keeper',
    query: VIOLATION,
    input: () => violation({ month: '2031-03' }),
    field: 'input.month',
  },
  {
    name: 'violation: closed period',
    who: 'keeper',
    query: VIOLATION,
    input: () => violation({ month: '2026-02' }),
    field: 'input.month',
  },
  // Declarations
  {
    name: 'declaration: unknown member',
    who: 'keeper',
    query: DECLARE,
    input: () => declaration({ memberId: NOBODY }),
    field: 'input.memberId',
  },
  {
    name: 'declaration: item not in the scheme',
    who: 'member',
    query: DECLARE,
    input: () => declaration({ itemCode: 'karaoke' }),
    field: 'input.itemCode',
  },
  {
    name: 'declaration: points outside the rule',
    who: 'member',
    query: DECLARE,
    input: () => declaration({ points: '5.5' }),
    field: 'input.points',
  },
  {
    name: 'declaration: month outside the scheme’s year',
    who: 'member',
    query: DECLARE,
    input: () => declaration({ month: '2031-03' }),
    field: 'input.month',
  },
  {
    name: 'declaration: closed period',
    who: 'member',
    query: DECLARE,
    input: () => declaration({ month: '2026-02' }),
    field: 'input.month',
  },
];

describe('bad input is refused with a typed error naming the field, and nothing is written', () => {
  it.each(cases)('$name', async ({ who, query, input, field }) => {
    const before = await ledgerSnapshot(server.db);
    const res = await server.gql(query, { input: input() }, tokens[who]);
    expect(res.data).toBeNull();
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(typeof res.errors?.[0]?.extensions?.['messageEn']).toBe('string');
    expect(await ledgerSnapshot(server.db)).toEqual(before);
  });
});
