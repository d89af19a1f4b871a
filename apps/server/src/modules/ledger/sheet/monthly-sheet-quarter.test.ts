import { scorePeriod, type MonthKey } from '@jifen/scoring';
import { inReadTransaction } from '../../../db/connection/read-transaction.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoLookup } from '../../../../test/factories/demo-lookup.js';
import {
  bureauEm,
  createBranch,
  createMembers,
  holdSession,
  publishDefaultScheme,
  recordDues,
  recordQuota,
} from '../../../../test/factories/ledger.js';
import { startTestServer, type TestServer } from '../../../../test/test-server.js';
import type { Branch } from '../../org/branches/branch.entity.js';
import type { Member } from '../../org/members/member.entity.js';
import { loadYearSchemes } from '../../schemes/year-schemes.js';
import { DutyStatus } from '../duty-entry.entity.js';
import { loadMemberYearFacts } from '../facts/facts-loader.js';

// The sheet reads only its quarter's months up to its own (monthly-sheet.service.ts): its scores
// must be those of the month scored from the member's whole year.
let server: TestServer;
let bureauId: string;
let branch: Branch;
let members: Member[];

const SHEET = `query($b: ID!, $m: String!) { monthlySheet(branchId: $b, month: $m) {
  rows { memberId base special total items { itemCode earned deduction }
         categories { code attainable score } } } }`;

type Row = {
  memberId: string;
  base: string;
  special: string;
  total: string;
  categories: { code: string; score: string }[];
};

beforeAll(async () => {
  server = await startTestServer({}, { template: 'roster' });
  ({ bureauId } = await demoLookup(server.db));
  const em = bureauEm(server.db, bureauId);
  await publishDefaultScheme(em, bureauId);
  branch = await createBranch(em, bureauId, '季度支部', 'QUARTER');
  members = await createMembers(em, branch, 6, '丁');
  // Records before the quarter, in it, and after the month asked: only April and May count for May.
  for (const [i, month] of ['2026-02', '2026-03', '2026-04', '2026-05', '2026-06'].entries()) {
    await holdSession(em, branch, 'group-study', `${month}-10`, members.slice(i % 3));
    await holdSession(em, branch, 'party-day', `${month}-15`, members.slice(0, 3 + (i % 3)));
    for (const [j, m] of members.entries()) {
      await recordQuota(em, m, month, 'study-app-login', String(10 + ((i * 7 + j * 3) % 20)));
      const dues = (i + j) % 4 === 0 ? DutyStatus.LATE : DutyStatus.ON_TIME;
      await recordDues(em, m, month, dues);
    }
  }
}, 180_000);
afterAll(() => server.close());

describe('the monthly sheet scores a month from its quarter', () => {
  it.each(['2026-05', '2026-04', '2026-03'])(
    'gives %s the scores of the month scored from the whole year',
    async (month) => {
      const token = await server.login('admin');
      const res = await server.gql<{ monthlySheet: { rows: Row[] } }>(
        SHEET,
        { b: branch.id, m: month },
        token,
      );
      expect(res.errors).toBeUndefined();
      const rows = res.data!.monthlySheet.rows;
      expect(rows).toHaveLength(members.length);
      const em = bureauEm(server.db, bureauId);
      const scheme = (await loadYearSchemes(em, 2026)).forMonth(month)!;
      const facts = await inReadTransaction(em, (tx) =>
        loadMemberYearFacts(
          tx,
          2026,
          members.map((m) => m.id),
        ),
      );
      for (const f of facts) {
        const whole = scorePeriod(
          f,
          scheme.compiled,
          { kind: 'month', month: month as MonthKey },
          { asOf: month as MonthKey },
        );
        const row = rows.find((r) => r.memberId === f.memberId)!;
        expect(row.total).toBe(whole.total.value);
        expect(row.base).toBe(whole.sections.base.value);
        expect(row.special).toBe(whole.sections.special.value);
        expect(row.categories.map((c) => c.score)).toEqual(
          whole.categories.map((c) => whole.months[0]?.categories[c.code]?.value ?? '0'),
        );
      }
    },
  );
});
