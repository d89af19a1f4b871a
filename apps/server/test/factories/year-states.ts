import { DutyEntry, DutyStatus } from '../../src/modules/ledger/duty-entry.entity.js';
import { QuotaEntry } from '../../src/modules/ledger/quota-entry.entity.js';
import type { TestServer } from '../test-server.js';
import { arranged, startArranged } from './arranged.js';
import { ok, runQuarter, YEAR_OPS, type Officers } from './cycle.js';
import { demoLookup, type DemoLookup } from './demo-lookup.js';
import { bureauEm } from './ledger.js';

/**
 * 办公室党支部's 2026 year in the state a group of tests starts from, each on a server and
 * database of its own (cloned from the ledger template), made through GraphQL as the branch and
 * the committee would make it.
 */
export type YearStory = {
  server: TestServer;
  demo: DemoLookup;
  /** Bearer tokens by demo log-in. */
  t: Record<string, string>;
  o: Officers;
  office: string;
  /** A member who kept no records all year: red, with a warning case once the year is approved. */
  laggard: string;
  /** The branch's quarters of 2026 run so far, in order. */
  quarterIds: string[];
};

export type YearState = { yearId: string; roster: string[] };

type MovableClock = { set(iso: string): void };

const LOGINS = ['shuji1', 'zhiwei1', 'dangyuan1', 'admin', 'analyst', 'shuji2'];

/**
 * A server on a fresh copy of the demo ledger with the laggard's year emptied and the first three
 * quarters reviewed, signed and published on the days after they ended; no year started yet.
 * Arranged once per run and cloned for each group (arranged.ts).
 */
export async function yearStory(clock: MovableClock): Promise<YearStory> {
  const story = await arranged('year-story', 'ledger', (s) => arrangeYearStory(s, clock), clock);
  const { server, state } = await startArranged(story, clock);
  return { server, demo: await demoLookup(server.db), ...state };
}

async function arrangeYearStory(
  server: TestServer,
  clock: MovableClock,
): Promise<Omit<YearStory, 'server' | 'demo'>> {
  const demo = await demoLookup(server.db);
  const t: Record<string, string> = {};
  for (const login of LOGINS) t[login] = await server.login(login);
  const o = { secretary: t['shuji1']!, committee: t['zhiwei1']! };
  const office = demo.branch('BGS').id;
  const members = await demo.members('BGS');
  const logins = await Promise.all(
    ['shuji1', 'zhiwei1', 'jifenyuan1', 'zuzhang1', 'dangyuan1'].map((l) => demo.memberOf(l)),
  );
  const laggard = members.find((m) => !logins.includes(m.id))!.id;
  // The laggard never logged in, never answered the daily question and paid no dues.
  const em = bureauEm(server.db, demo.bureauId);
  await em.nativeDelete(QuotaEntry, { memberId: laggard });
  await em.nativeUpdate(DutyEntry, { memberId: laggard }, { status: DutyStatus.MISSING });
  const quarterIds: string[] = [];
  for (const [q, day] of ['2026-04-01', '2026-07-01', '2026-10-09'].entries()) {
    clock.set(`${day}T09:00:00+08:00`);
    quarterIds.push((await runQuarter(server, o, office, 2026, q + 1)).id);
  }
  return { t, o, office, laggard, quarterIds };
}

/**
 * The democratic evaluation started in December, the fourth quarter signed in January, and every
 * member graded: the laggard unqualified, the first of the roster excellent, the rest qualified.
 */
export async function evaluatedYear(s: YearStory, clock: MovableClock): Promise<YearState> {
  clock.set('2026-12-10T09:00:00+08:00');
  const started = await ok<{ startAnnualEvaluation: { id: string } }>(
    s.server,
    YEAR_OPS.start,
    { b: s.office, y: 2026 },
    s.o.committee,
  );
  const yearId = started.startAnnualEvaluation.id;
  const view = await ok<{ annualAssessment: { scores: { memberId: string }[] } }>(
    s.server,
    YEAR_OPS.year,
    { id: yearId },
    s.o.secretary,
  );
  const roster = view.annualAssessment.scores.map((r) => r.memberId);
  clock.set('2027-01-04T09:00:00+08:00');
  s.quarterIds.push((await runQuarter(s.server, s.o, s.office, 2026, 4)).id);
  const grade = (id: string) =>
    id === s.laggard ? 'unqualified' : id === roster[0] ? 'excellent' : 'qualified';
  await ok(
    s.server,
    YEAR_OPS.grades,
    { a: yearId, g: roster.map((memberId) => ({ memberId, grade: grade(memberId) })) },
    s.o.committee,
  );
  return { yearId, roster };
}

/** The evaluated year re-reviewed by the branch committee, ready for the secretary to submit. */
export async function reviewedYear(s: YearStory, clock: MovableClock): Promise<YearState> {
  const year = await evaluatedYear(s, clock);
  await ok(s.server, YEAR_OPS.review, { a: year.yearId, n: '复核无误' }, s.o.committee);
  return year;
}

/**
 * The reviewed year submitted and approved by the committee. With `returnedOnce` the committee
 * first returns it with that reason and the branch revises, re-reviews and resubmits (revision 2).
 */
export async function approvedYear(
  s: YearStory,
  clock: MovableClock,
  opts: { returnedOnce?: string } = {},
): Promise<YearState> {
  const year = await reviewedYear(s, clock);
  const a = year.yearId;
  await ok(s.server, YEAR_OPS.submit, { a }, s.o.secretary);
  if (opts.returnedOnce) {
    await ok(s.server, YEAR_OPS.return, { a, r: opts.returnedOnce }, s.t['admin']!);
    await ok(s.server, YEAR_OPS.revise, { a, r: '补充评议记录' }, s.o.secretary);
    await ok(s.server, YEAR_OPS.review, { a }, s.o.committee);
    await ok(s.server, YEAR_OPS.submit, { a }, s.o.secretary);
  }
  await ok(s.server, YEAR_OPS.approve, { a, c: '同意' }, s.t['admin']!);
  return year;
}

/** The approved year published by the secretary in mid-January. */
export async function publishedYear(
  s: YearStory,
  clock: MovableClock,
  opts: { returnedOnce?: string } = {},
): Promise<YearState> {
  const year = await approvedYear(s, clock, opts);
  clock.set('2027-01-15T10:00:00+08:00');
  await ok(s.server, YEAR_OPS.publish, { a: year.yearId }, s.o.secretary);
  return year;
}
