import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoLookup } from '../../../../test/factories/demo-lookup.js';
import {
  approveYear,
  branchByName,
  bureauEm,
  createBranch,
  recordMonthsThrough,
} from '../../../../test/factories/ledger.js';
import { startTestServer, type TestServer } from '../../../../test/test-server.js';
import { fixedClock, setClock } from '../../calendar/clock.js';

// The server's calendar says March 2031: this year is 2031, last year 2030.
const NOW = 2031;
let server: TestServer;
let restoreClock: () => void;

beforeAll(async () => {
  restoreClock = setClock(fixedClock(`${NOW}-03-15T10:00:00+08:00`));
  server = await startTestServer({}, { template: 'roster' });
  const { bureauId } = await demoLookup(server.db);
  const em = bureauEm(server.db, bureauId);
  // shuji1's branch has recorded January of this year and nothing of last year.
  const office = await branchByName(em, '办公室党支部');
  await recordMonthsThrough(em, office, `${NOW}-01`);
  // Two other branches: one ahead this year and approved last year, one recorded last year
  // through December but not approved.
  const ahead = await createBranch(em, bureauId, '录入领先支部', 'ahead');
  await recordMonthsThrough(em, ahead, `${NOW}-02`);
  await approveYear(em, ahead, NOW - 1);
  const pending = await createBranch(em, bureauId, '待审定支部', 'pending');
  await recordMonthsThrough(em, pending, `${NOW - 1}-12`);
});
afterAll(async () => {
  await server.close();
  restoreClock();
});

const YEARS = `query($y: Int!) { tryOutRecordsYears(draftYear: $y) {
  year recordedThrough branchesRecorded branchesApproved provisional preferred } }`;

type Years = {
  tryOutRecordsYears: {
    year: number;
    recordedThrough: string | null;
    branchesRecorded: number;
    branchesApproved: number;
    provisional: boolean;
    preferred: boolean;
  }[];
};

describe('tryOutRecordsYears', () => {
  it('tells the committee how far this year and last are recorded and approved', async () => {
    const token = await server.login('admin');
    const next = await server.gql<Years>(YEARS, { y: NOW + 1 }, token);
    expect(next.errors).toBeUndefined();
    expect(next.data!.tryOutRecordsYears).toEqual([
      {
        year: NOW,
        recordedThrough: `${NOW}-02`,
        branchesRecorded: 2,
        branchesApproved: 0,
        provisional: true,
        preferred: true,
      },
      {
        year: NOW - 1,
        recordedThrough: `${NOW - 1}-12`,
        branchesRecorded: 2,
        branchesApproved: 1,
        provisional: true,
        preferred: false,
      },
    ]);
    // A draft of this year (a correction) is tried on last year's whole year first.
    const same = await server.gql<Years>(YEARS, { y: NOW }, token);
    expect(same.data!.tryOutRecordsYears.map((y) => [y.year, y.preferred])).toEqual([
      [NOW, false],
      [NOW - 1, true],
    ]);
  });

  it('tells a secretary of their own branch only, and no one without a try-out role', async () => {
    const secretary = await server.gql<Years>(YEARS, { y: NOW + 1 }, await server.login('shuji1'));
    expect(secretary.errors).toBeUndefined();
    expect(secretary.data!.tryOutRecordsYears).toEqual([
      {
        year: NOW,
        recordedThrough: `${NOW}-01`,
        branchesRecorded: 1,
        branchesApproved: 0,
        provisional: true,
        preferred: true,
      },
      {
        year: NOW - 1,
        recordedThrough: null,
        branchesRecorded: 0,
        branchesApproved: 0,
        provisional: false,
        preferred: false,
      },
    ]);
    const member = await server.gql(YEARS, { y: NOW + 1 }, await server.login('dangyuan1'));
    expect(member.errors![0]!.extensions!['code']).toBe('FORBIDDEN');
  });

  it('refuses a draft year that is not a year, naming the field', async () => {
    const res = await server.gql(YEARS, { y: 99 }, await server.login('analyst'));
    expect(res.errors![0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'draftYear',
    });
  });
});
