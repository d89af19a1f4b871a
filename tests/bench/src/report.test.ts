import { describe, expect, it } from 'vitest';
import type { LoadRun } from './load/load-test.js';
import type { ReadResult, Side } from './reads/reads.js';
import { goalsOf, peerLoadGoal, peerReadGoal } from './goals.js';
import { failedPublication } from './writes/publication.js';

function run(requestsPerSecond: number, errors = 0): LoadRun {
  return {
    connections: 10,
    requests: requestsPerSecond * 20,
    durationSeconds: 20,
    requestsPerSecond,
    p50Ms: 100,
    p99Ms: 300,
    errors,
    non2xx: 0,
    timeouts: 0,
    graphqlErrors: errors,
    rssMb: { before: 300, peak: 320, after: 300 },
    peakUnderLimit: true,
    settled: true,
  };
}

describe('the load goal against PostGraphile', () => {
  it('is met only when Jifen serves at least the peer’s req/s without errors', () => {
    expect(peerLoadGoal([run(90)], [run(80)]).met).toBe(true);
    expect(peerLoadGoal([run(80)], [run(80)]).met).toBe(true);
    expect(peerLoadGoal([run(65.9)], [run(78.7)])).toMatchObject({
      met: false,
      detail: '65.9 against 78.7 req/s (0.84×; runs 65.9 against 78.7), 0 errors',
    });
    expect(peerLoadGoal([run(90, 3)], [run(80)]).met).toBe(false);
  });

  it('takes each side’s alternated runs together, weighted by their time', () => {
    const slow = { ...run(60), requests: 600, durationSeconds: 10 };
    const fast = { ...run(120), requests: 3600, durationSeconds: 30 };
    // 4,200 requests in 40 s against 100 req/s: one slow run of Jifen's does not decide it.
    expect(peerLoadGoal([slow, fast], [run(100), run(100)])).toMatchObject({
      met: true,
      detail: '105 against 100 req/s (1.05×; runs 60, 120 against 100, 100), 0 errors',
    });
    expect(peerLoadGoal([run(90), run(90, 1)], [run(80), run(80)]).met).toBe(false);
  });
});

const side = (p50Ms: number): Side => ({
  samples: 30,
  p50Ms,
  p99Ms: p50Ms * 2,
  meanMs: p50Ms,
  statementsPerRequest: 4,
  queriesPerRequest: 2,
});

function read(question: string, jifenMs: number, peerMs: number | null): ReadResult {
  return {
    question,
    graphql: side(jifenMs),
    sql: side(10),
    ratio: jifenMs / 10,
    ratioP99: jifenMs / 10,
    ...(peerMs === null
      ? {}
      : {
          postgraphile: {
            p50Ms: peerMs,
            p99Ms: peerMs * 2,
            ratioToSql: peerMs / 10,
            jifenRatio: jifenMs / peerMs,
          },
        }),
    goal: peerMs === null ? 1.5 : null,
    met: peerMs === null ? jifenMs / 10 <= 1.5 : null,
    statementSample: [],
  };
}

describe('the read goals against PostGraphile', () => {
  it('judges a read the peer answers by Jifen ÷ PostGraphile ≤ 1 at p50, not by the raw SQL', () => {
    expect(peerReadGoal(read('(a′) first page of the ranking', 20, 25))).toMatchObject({
      goal: '(a′) Jifen ÷ PostGraphile ≤ 1 at p50',
      met: true,
    });
    expect(peerReadGoal(read("(b) one branch's roster", 30, 20))).toMatchObject({
      goal: '(b) Jifen ÷ PostGraphile ≤ 1 at p50',
      met: false,
      detail: '1.5× (30 ms vs 20 ms); Jifen ÷ raw SQL 3×',
    });
    expect(peerReadGoal(read("(c) one member's year", 12, null))).toBeNull();
  });

  it('lists a peer goal for each read the peer answers, and no retired ratio to raw SQL', () => {
    const reads = [
      read('(a) the walk', 50, 40),
      read('(a′) the first page', 20, 25),
      read("(b) one branch's roster", 30, 20),
      read("(c) one member's year", 12, null),
    ];
    // A run with only its reads: the other stages measured nothing.
    const results = {
      reads: { reads, statementScaling: [] },
      summaries: [],
      writes: { skipped: 'not measured' },
      load: [],
      scaleRanking: { met: true, graphqlSlope: 1, sqlSlope: 1 },
    } as unknown as Parameters<typeof goalsOf>[0];
    const goals = goalsOf(results).map((g) => [g.goal, g.met]);
    expect(goals.slice(0, 4)).toEqual([
      ['(a) Jifen ÷ PostGraphile ≤ 1 at p50', false],
      ['(a′) Jifen ÷ PostGraphile ≤ 1 at p50', true],
      ['(b) Jifen ÷ PostGraphile ≤ 1 at p50', false],
      ['(c) GraphQL ÷ raw SQL ≤ 1.5', true],
    ]);
  });
});

describe('the publication goal', () => {
  const withPublication = (publication: { ms: number; members: number; rewritten: number }) =>
    ({
      reads: { reads: [], statementScaling: [] },
      summaries: [],
      publication: {
        ...publication,
        membersPerSecond: Math.round((publication.members / publication.ms) * 1000),
      },
      writes: { skipped: 'not measured' },
      load: [],
      scaleRanking: { met: true, graphqlSlope: 1, sqlSlope: 1 },
    }) as unknown as Parameters<typeof goalsOf>[0];
  const goal = (results: Parameters<typeof goalsOf>[0]) =>
    goalsOf(results).find((g) => g.goal.startsWith('publishing a scheme'));

  it('is met by a publication under 5 s that rewrote every member’s year', () => {
    const met = goal(withPublication({ ms: 4200, members: 10_000, rewritten: 10_000 }));
    expect(met).toMatchObject({
      goal: 'publishing a scheme for 10,000 members through GraphQL < 5 s',
      met: true,
    });
    expect(met?.detail).toContain('2,381 members/s');
  });

  it('is missed by a slow one, and by one that left summaries of the old version', () => {
    expect(goal(withPublication({ ms: 5200, members: 10_000, rewritten: 10_000 }))?.met).toBe(
      false,
    );
    expect(goal(withPublication({ ms: 1200, members: 10_000, rewritten: 9_999 }))?.met).toBe(false);
  });

  it('is missed, saying what the server answered, when the publication failed', () => {
    const failed = goalsOf({
      ...withPublication({ ms: 1, members: 10_000, rewritten: 0 }),
      publication: failedPublication(10_000, new Error('canceling statement due to lock timeout')),
    });
    expect(failed.find((g) => g.goal.startsWith('publishing a scheme'))).toMatchObject({
      met: false,
      detail: 'failed: canceling statement due to lock timeout',
    });
  });
});
