import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../test/test-server.js';

let server: TestServer;
let admin: string;

beforeAll(async () => {
  server = await startTestServer({}, { template: 'roster' });
  admin = await server.login('admin');
});
afterAll(() => server.close());

const SET_DAY = `mutation($input: CalendarDayInput!) {
  setCalendarDay(input: $input) { date kind kindLabel note }
}`;
const WINDOW = `query($d: String!) { noticeWindow(publishedOn: $d) { firstCountedDay endsOn provisionalYears workingDays } }`;

async function auditOperations(): Promise<string[]> {
  const client = new pg.Client({ connectionString: server.db.ownerUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ operation: string }>(
      `select operation from audit_entry where entity_name = 'CalendarAmendment' order by seq`,
    );
    return rows.map((r) => r.operation);
  } finally {
    await client.end();
  }
}

describe('the working-day calendar', () => {
  it('shows 国庆 2026 as rest days and its 调休 Saturday as a working day', async () => {
    const res = await server.gql<{
      workingCalendar: { date: string; working: boolean; source: string; name: string | null }[];
    }>(
      `{ workingCalendar(from: "2026-10-06", to: "2026-10-11") { date working source name } }`,
      {},
      await server.login('dangyuan1'),
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.workingCalendar).toEqual([
      { date: '2026-10-06', working: false, source: 'STATUTORY', name: '国庆节' },
      { date: '2026-10-07', working: false, source: 'STATUTORY', name: '国庆节' },
      { date: '2026-10-08', working: true, source: 'WEEKLY', name: null },
      { date: '2026-10-09', working: true, source: 'WEEKLY', name: null },
      { date: '2026-10-10', working: true, source: 'STATUTORY', name: '国庆节' },
      { date: '2026-10-11', working: false, source: 'WEEKLY', name: null },
    ]);
  });

  it('names where a day comes from and what an amendment makes it, in the language asked for', async () => {
    const token = await server.login('admin');
    const QUERY = `{
      workingCalendar(from: "2026-10-07", to: "2026-10-08") { source sourceLabel }
      calendarDayKinds { kind label }
    }`;
    type Answer = {
      workingCalendar: { source: string; sourceLabel: string }[];
      calendarDayKinds: { kind: string; label: string }[];
    };
    const zh = (await server.gql<Answer>(QUERY, {}, token)).data!;
    expect(zh.workingCalendar.map((d) => d.sourceLabel)).toEqual(['国家节假日安排', '按周安排']);
    expect(zh.calendarDayKinds).toEqual([
      { kind: 'WORKDAY', label: '工作日' },
      { kind: 'HOLIDAY', label: '休息日' },
    ]);
    const en = (await server.gql<Answer>(QUERY, {}, token, 'en')).data!;
    expect(en.workingCalendar.map((d) => d.sourceLabel)).toEqual([
      'National holiday schedule',
      'Weekly pattern',
    ]);
    expect(en.calendarDayKinds.map((k) => k.label)).toEqual(['A working day', 'A day off']);
  });

  it('tells when a notice published before 国庆 ends', async () => {
    const res = await server.gql(WINDOW, { d: '2026-09-30' }, admin);
    expect(res.data).toEqual({
      noticeWindow: {
        firstCountedDay: '2026-10-08',
        endsOn: '2026-10-13',
        provisionalYears: [],
        workingDays: 5,
      },
    });
  });

  it('lets the committee enter next year’s 元旦 and moves the notice end with it', async () => {
    const before = await server.gql(WINDOW, { d: '2026-12-30' }, admin);
    expect(before.data).toEqual({
      noticeWindow: {
        firstCountedDay: '2026-12-31',
        endsOn: '2027-01-06',
        provisionalYears: [2027],
        workingDays: 5,
      },
    });
    const set = await server.gql(
      SET_DAY,
      { input: { date: '2027-01-01', kind: 'HOLIDAY', note: '2027 年元旦' } },
      admin,
    );
    expect(set.errors).toBeUndefined();
    expect(set.data).toEqual({
      setCalendarDay: {
        date: '2027-01-01',
        kind: 'HOLIDAY',
        kindLabel: '休息日',
        note: '2027 年元旦',
      },
    });
    const after = await server.gql(WINDOW, { d: '2026-12-30' }, admin);
    expect(after.data).toEqual({
      noticeWindow: {
        firstCountedDay: '2026-12-31',
        endsOn: '2027-01-07',
        provisionalYears: [],
        workingDays: 5,
      },
    });
  });

  it('replaces an amendment of the same date and removes it again, auditing each change', async () => {
    await server.gql(
      SET_DAY,
      { input: { date: '2026-11-27', kind: 'HOLIDAY', note: '局机关搬迁' } },
      admin,
    );
    const replaced = await server.gql<{ setCalendarDay: { kind: string } }>(
      SET_DAY,
      { input: { date: '2026-11-27', kind: 'WORKDAY', note: '搬迁推迟' } },
      admin,
    );
    expect(replaced.data?.setCalendarDay.kind).toBe('WORKDAY');
    const list = await server.gql<{ calendarAmendments: { date: string; note: string }[] }>(
      `{ calendarAmendments(year: 2026) { date note } }`,
      {},
      admin,
    );
    expect(list.data?.calendarAmendments).toEqual([{ date: '2026-11-27', note: '搬迁推迟' }]);
    const removed = await server.gql(
      `mutation { removeCalendarAmendment(date: "2026-11-27") }`,
      {},
      admin,
    );
    expect(removed.data).toEqual({ removeCalendarAmendment: true });
    const again = await server.gql(`{ calendarAmendments(year: 2026) { date } }`, {}, admin);
    expect(again.data).toEqual({ calendarAmendments: [] });
    expect(await auditOperations()).toEqual([
      'calendar.amendment.create',
      'calendar.amendment.create',
      'calendar.amendment.update',
      'calendar.amendment.delete',
    ]);
  });

  it('refuses amendments from a branch secretary and from the analyst, changing nothing', async () => {
    for (const login of ['shuji1', 'analyst']) {
      const res = await server.gql(
        SET_DAY,
        { input: { date: '2026-12-01', kind: 'HOLIDAY', note: '支部自定' } },
        await server.login(login),
      );
      expect(res.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    }
    const list = await server.gql(`{ calendarAmendments(year: 2026) { date } }`, {}, admin);
    expect(list.data).toEqual({ calendarAmendments: [] });
  });

  it('refuses a malformed date, a missing reason and removing what is not there', async () => {
    const bad = await server.gql(
      SET_DAY,
      { input: { date: '2026-02-30', kind: 'HOLIDAY', note: 'x' } },
      admin,
    );
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'date' });
    const noNote = await server.gql(
      SET_DAY,
      { input: { date: '2026-12-01', kind: 'HOLIDAY', note: '  ' } },
      admin,
    );
    expect(noNote.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'note' });
    const missing = await server.gql(
      `mutation { removeCalendarAmendment(date: "2026-12-02") }`,
      {},
      admin,
    );
    expect(missing.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
  });
});
