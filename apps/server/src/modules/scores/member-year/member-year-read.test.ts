import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoLookup } from '../../../../test/factories/demo-lookup.js';
import {
  branchByName,
  bureauEm,
  countStatements,
  createMember,
  holdSession,
  recordDues,
  recordQuota,
} from '../../../../test/factories/ledger.js';
import { readWhileHeldDefinitionsDrop } from '../../../../test/factories/held-definitions.js';
import { startTestServer, type TestServer } from '../../../../test/test-server.js';
import { inReadTransaction } from '../../../db/connection/read-transaction.js';
import { scopedEntityManager } from '../../../tenancy/scoped-entity-manager.js';
import { judgedPeriods } from '../../assessments/judged-periods.js';
import { loadMemberYearFacts } from '../../ledger/facts/facts-loader.js';
import { DutyStatus } from '../../ledger/duty-entry.entity.js';
import { recordedThrough } from '../../ledger/recorded-months/recorded-through.js';
import type { Branch } from '../../org/branches/branch.entity.js';
import type { Member } from '../../org/members/member.entity.js';
import { textArray } from '../../../db/rows/sql-arrays.js';
import { readBureauWide } from '../../../tenancy/bureau-wide-read.js';
import { heldDefinitions, loadYearSchemes } from '../../schemes/year-schemes.js';
import { MEMBER_YEAR_READ, readMemberYear } from './member-year-read.js';

/**
 * `memberScore` reads a member's year in one statement (member-year-read.ts) instead of through
 * the facts loader and the calendar's and assessments' readers: it must read exactly what they
 * read, for a member who moved between branches too, under a branch role's walls.
 */
let server: TestServer;
let bureauId: string;
let office: Branch;
let finance: Branch;
let moved: Member;
let others: string[];

const MEMBER_YEAR = `query($id: ID!) { memberScore(memberId: $id, year: 2026) {
  total { value } lines { itemCode textZh } } }`;

beforeAll(async () => {
  server = await startTestServer({}, { template: 'ledger' });
  const demo = await demoLookup(server.db);
  bureauId = demo.bureauId;
  const em = bureauEm(server.db, bureauId);
  office = await branchByName(em, '办公室党支部');
  finance = await branchByName(em, '财务处党支部');
  moved = await createMember(em, office, '调动党员');
  await recordQuota(em, moved, '2026-03', 'study-app-login', '29');
  await recordDues(em, moved, '2026-03', DutyStatus.ON_TIME);
  await holdSession(em, office, 'group-study', '2026-03-09', [moved]);
  const admin = await server.login('admin');
  const transfer = await server.gql(
    'mutation($i: TransferMemberInput!) { transferMember(input: $i) { id } }',
    { i: { memberId: moved.id, toBranchId: finance.id, month: '2026-06' } },
    admin,
  );
  expect(transfer.errors).toBeUndefined();
  await recordQuota(em, moved, '2026-07', 'study-app-login', '20');
  others = (await demo.members('BGS')).slice(0, 3).map((m) => m.id);
  await judgedAndGraded([moved.id, others[0]!]);
}, 120_000);
afterAll(() => server.close());

/**
 * What the template lacks, written as the owner: last year approved (one result superseded), a
 * grade in each branch's 2026 evaluation (the later one counts), and office's first quarter signed.
 */
async function judgedAndGraded(memberIds: string[]) {
  const q = server.db.ownerQuery;
  const [account] = await q<{ id: string }>('select id from user_account where bureau_id = $1', [
    bureauId,
  ]);
  const [scheme] = await q<{ id: string }>('select id from scheme where bureau_id = $1', [
    bureauId,
  ]);
  const assessment = async (branchId: string, year: number, state: string) =>
    (
      await q<{ id: string }>(
        `insert into annual_assessment (bureau_id, id, branch_id, year, state)
         values ($1, gen_random_uuid(), $2, $3, $4) returning id`,
        [bureauId, branchId, year, state],
      )
    )[0]!.id;
  const lastYear = await assessment(office.id, 2025, 'approved');
  const officeYear = await assessment(office.id, 2026, 'evaluation');
  const financeYear = await assessment(finance.id, 2026, 'evaluation');
  for (const memberId of memberIds) {
    for (const [revision, total, superseded] of [
      [1, '91', 'now()'],
      [2, '55.5', 'null'],
    ] as const) {
      await q(
        `insert into annual_result (bureau_id, id, branch_id, member_id, revision, total, total_exact,
           base, special, categories, special_items, lines, warnings, scheme_id, scheme_version,
           superseded_at, frozen_at, assessment_id, year, evaluation, probationary, band, outcome)
         values ($1, gen_random_uuid(), $2, $3, ${revision}, $4, $4, '40', '5.5', '[]', '[]', '[]', '[]', $5, 1,
           ${superseded}, now(), $6, 2025, '10', false, 'redWarning', '{"redWarning": true}')`,
        [bureauId, office.id, memberId, total, scheme!.id, lastYear],
      );
    }
    for (const [assessmentId, branchId, grade, at] of [
      [officeYear, office.id, 'qualified', '2026-05-01'],
      [financeYear, finance.id, 'excellent', '2026-11-01'],
    ] as const) {
      await q(
        `insert into evaluation_grade (bureau_id, id, branch_id, assessment_id, member_id, grade,
           basis, recorded_by_id, recorded_at)
         values ($1, gen_random_uuid(), $2, $3, $4, $5, 'democratic_evaluation', $6, $7)`,
        [bureauId, branchId, assessmentId, memberId, grade, account!.id, at],
      );
    }
  }
  await q(
    `insert into quarter_assessment (bureau_id, id, branch_id, year, quarter, state)
     values ($1, gen_random_uuid(), $2, 2026, 1, 'signed')`,
    [bureauId, office.id],
  );
  // A month closed with nothing recorded counts as recorded: finance's year runs through December.
  await q(
    `insert into closed_period (bureau_id, id, branch_id, month, reason, closed_at)
     values ($1, gen_random_uuid(), $2, '2026-12', '支部换届', now())`,
    [bureauId, finance.id],
  );
}

/** What the readers memberScore used before give, read bureau-wide. */
async function reference(memberId: string) {
  const em = scopedEntityManager(server.db.orm, { bureauId, branchIds: 'all' });
  return inReadTransaction(em, async (tx) => ({
    facts: (await loadMemberYearFacts(tx, 2026, [memberId]))[0],
    schemes: await loadYearSchemes(tx, 2026),
    through: await recordedThrough(tx, 2026),
    judged: await judgedPeriods(tx, 2026),
  }));
}

describe('one member-year read', () => {
  it('reads what the facts loader, the schemes, the recorded months and the judged periods read', async () => {
    // The receiving branch's secretary: the sending branch's months are read across the wall.
    const secretary = scopedEntityManager(server.db.orm, { bureauId, branchIds: [finance.id] });
    for (const memberId of [moved.id, ...others]) {
      const want = await reference(memberId);
      const got = await inReadTransaction(secretary, (tx) =>
        readMemberYear(tx, bureauId, memberId, 2026),
      );
      expect(got.facts).toEqual(want.facts);
      expect(got.schemes.versions).toEqual(want.schemes.versions);
      const branches = new Set(want.facts!.memberships.map((m) => m.branchId));
      const ofBranches = <T>(entries: [string, T][]) =>
        Object.fromEntries(entries.filter(([key]) => branches.has(key.split('|')[0]!)));
      expect(got.through).toEqual(ofBranches(Object.entries(want.through)));
      expect([...got.judged].sort()).toEqual(
        Object.keys(ofBranches([...want.judged].map((k) => [k, true]))).sort(),
      );
    }
    // The probes above could not pass by reading nothing.
    const movedFacts = (await reference(moved.id)).facts!;
    expect(movedFacts.memberships.map((m) => m.branchId).sort()).toEqual(
      [office.id, finance.id].sort(),
    );
    expect(movedFacts.evaluation?.grade).toBe('excellent');
    expect(movedFacts.previousYear).toEqual({ total: '55.5', redWarning: true });
    expect((await reference(moved.id)).judged.has(`${office.id}|q1`)).toBe(true);
    expect((await reference(moved.id)).through[finance.id]).toBe('2026-12');
  });

  it('leaves the walls as they were after reading across them', async () => {
    const secretary = scopedEntityManager(server.db.orm, { bureauId, branchIds: [finance.id] });
    const visible = await inReadTransaction(secretary, async (tx) => {
      await readMemberYear(tx, bureauId, moved.id, 2026);
      return tx.execute<{ branch_id: string }[]>(
        'select distinct branch_id from membership where member_id = ?',
        [moved.id],
      );
    });
    expect(visible.map((r) => r.branch_id)).toEqual([finance.id]);
  });

  it('answers memberScore in four statements: begin, the scope, the read, commit', async () => {
    for (const login of ['shuji2', 'analyst']) {
      const token = await server.login(login);
      // The first request checks the session; the ones after it, within seconds, reuse the check.
      expect((await server.gql('{ me { userId } }', {}, token)).errors).toBeUndefined();
      const { result, statements } = await countStatements(server.db, () =>
        server.gql<{ memberScore: { lines: unknown[] } }>(MEMBER_YEAR, { id: moved.id }, token),
      );
      expect(result.errors).toBeUndefined();
      expect(result.data!.memberScore.lines.length).toBeGreaterThan(0);
      expect(statements).toBeLessThanOrEqual(4);
    }
  });

  it('leaves out a scheme definition the server holds, and reads it again if it was dropped meanwhile', async () => {
    const secretary = scopedEntityManager(server.db.orm, { bureauId, branchIds: [finance.id] });
    const read = () =>
      inReadTransaction(secretary, (tx) => readMemberYear(tx, bureauId, moved.id, 2026));
    const want = (await reference(moved.id)).schemes.versions;
    await read();
    const held = heldDefinitions();
    expect(held.length).toBeGreaterThan(0);
    const definitions = (heldList: string[]) =>
      inReadTransaction(secretary, async (tx) => {
        const raw = await readBureauWide<{ schemes: { definition: unknown }[] }>(
          tx,
          MEMBER_YEAR_READ,
          [bureauId, moved.id, 2026, '2026-01', '2026-12', textArray(heldList)],
        );
        return raw!.schemes.map((s) => s.definition !== null);
      });
    expect(await definitions([])).toEqual([true]);
    expect(await definitions(held)).toEqual([false]);

    // Held when the read left, dropped by other schemes' reads before it returned.
    const { result, texts, hash, dropped } = await readWhileHeldDefinitionsDrop(
      server.db,
      bureauId,
      MEMBER_YEAR_READ.name,
      read,
    );
    expect(dropped).toBe(true);
    expect(result.schemes.versions).toEqual(want);
    expect(heldDefinitions()).toContain(hash); // held again
    // Read twice, the second time with every definition.
    expect(texts.filter((t) => t.includes(MEMBER_YEAR_READ.name))).toHaveLength(2);
  });
});
