import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoLookup } from '../../../../test/factories/demo-lookup.js';
import {
  bureauEm,
  countStatements,
  createBranch,
  createMembers,
  holdSession,
  publishDefaultScheme,
  recordDues,
  recordQuota,
} from '../../../../test/factories/ledger.js';
import { startTestServer, type TestServer } from '../../../../test/test-server.js';
import type { Branch } from '../../org/branches/branch.entity.js';
import { DutyStatus } from '../duty-entry.entity.js';

let server: TestServer;
let small: Branch;
let large: Branch;

const SHEET = `query($b: ID!, $m: String!) { monthlySheet(branchId: $b, month: $m) {
  columns { key itemCode }
  rows { memberId total base cells { key value version } items { itemCode earned deduction } categories { code score } } } }`;

type Sheet = {
  monthlySheet: {
    columns: { key: string; itemCode: string }[];
    rows: { total: string; cells: { key: string; value: string | null }[] }[];
  };
};

beforeAll(async () => {
  server = await startTestServer({}, { template: 'roster' });
  const { bureauId } = await demoLookup(server.db);
  const em = bureauEm(server.db, bureauId);
  await publishDefaultScheme(em, bureauId);
  small = await createBranch(em, bureauId, '十人支部', 'TEN');
  large = await createBranch(em, bureauId, '百人支部', 'HUNDRED');
  const few = await createMembers(em, small, 10, '甲');
  const many = await createMembers(em, large, 100, '乙');
  // The same month in both: a study session with half present, a login quota and dues each.
  for (const [branch, members] of [
    [small, few],
    [large, many],
  ] as const) {
    await holdSession(
      em,
      branch,
      'group-study',
      '2026-03-10',
      members.slice(0, members.length / 2),
    );
    for (const m of members) {
      await recordQuota(em, m, '2026-03', 'study-app-login', '28');
      await recordDues(em, m, '2026-03', DutyStatus.ON_TIME);
    }
  }
}, 180_000);
afterAll(() => server.close());

describe('the monthly sheet reads in statements constant in members', () => {
  it('costs the same statements for a sheet of 10 as of 100, with every cell and score', async () => {
    const token = await server.login('admin');
    expect((await server.gql('{ me { userId } }', {}, token)).errors).toBeUndefined();
    const ten = await countStatements(server.db, () =>
      server.gql<Sheet>(SHEET, { b: small.id, m: '2026-03' }, token),
    );
    const hundred = await countStatements(server.db, () =>
      server.gql<Sheet>(SHEET, { b: large.id, m: '2026-03' }, token),
    );
    expect(ten.result.errors).toBeUndefined();
    expect(hundred.result.errors).toBeUndefined();
    const rows = hundred.result.data!.monthlySheet.rows;
    expect(ten.result.data!.monthlySheet.rows).toHaveLength(10);
    expect(rows).toHaveLength(100);
    // Every member's recorded login shows, half were at the study, and each scores something.
    expect(
      rows.every((r) => r.cells.find((c) => c.key === 'item:study-app-login')?.value === '28'),
    ).toBe(true);
    const present = rows.filter((r) =>
      r.cells.some((c) => c.key.startsWith('session:') && c.value === '1'),
    );
    expect(present).toHaveLength(50);
    expect(rows.every((r) => Number(r.total) > 0)).toBe(true);
    expect(hundred.statements).toBe(ten.statements);
    // begin and the scope; the branch's month (branch, roster, sessions, closing, the year's
    // schemes with their branch items, the stored cells) in one; the facts in one; commit. Not the
    // evaluation grade or last year's result: they count in a year only, and the sheet scores a
    // month.
    expect(ten.statements).toBeLessThanOrEqual(5);
    const reads = hundred.texts.filter((t) => !/^(begin|commit|select set_config)/.test(t));
    expect(reads).toHaveLength(2);
    expect(reads[0]).toMatch(/from scheme s/);
    expect(reads[0]).toMatch(/from branch_session/);
    expect(hundred.texts.some((t) => t.includes('evaluation_grade'))).toBe(false);
    // The month's context is plain rows, not entity reads (ORM SQL quotes names).
    expect(
      hundred.texts.filter((t) =>
        /from "(scheme|branch_item_proposal|branch|member|membership|branch_session|closed_period|evaluation_grade|annual_result)"/.test(
          t,
        ),
      ),
    ).toEqual([]);
    // The cells are read as plain rows with the roster, not an entity read per table.
    const cellReads = hundred.texts.filter((t) => /from "?attendance"? /.test(t));
    expect(cellReads).toHaveLength(2); // the month's cells with the roster, and the year's facts
  });
});
