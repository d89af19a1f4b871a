// Each goal of the run, met or not: issue 22's against PostGraphile and the floors, and the
// earlier issues' that still hold.
import { MEMORY_LIMIT_MB, SETTLE_TOLERANCE, type LoadRun } from './load/load-test.js';
import { GOALS, MEMBER_YEAR_STATEMENTS } from './reads/read-stage.js';
import type { ReadResult } from './reads/reads.js';
import { LINEAR_SLOPE_LIMIT } from './reads/scale.js';
import { WHAT_IF_LIMIT_MS } from './reads/what-if.js';
import { ms, n, x } from './format.js';
import type { BenchResults, Goal } from './results.js';

/** Issue 22, item 3: a 10,000-member refresh in under about 3 s; a save ≤ 3× its raw INSERTs. */
const REFRESH_GOAL = 3000;
/** Issue 22, item 3: publishing a scheme for a 10,000-member bureau in under 5 s. */
const PUBLISH_GOAL_MS = 5000;
const SAVE_GOAL = 3;

/** Runs taken together: every request answered ÷ the runs' time, and their errors. */
export function pooledRuns(runs: readonly LoadRun[]): {
  requestsPerSecond: number;
  errors: number;
} {
  const requests = runs.reduce((sum, run) => sum + run.requests, 0);
  const seconds = runs.reduce((sum, run) => sum + run.durationSeconds, 0);
  return {
    requestsPerSecond: seconds > 0 ? Math.round((requests / seconds) * 10) / 10 : 0,
    errors: runs.reduce((sum, run) => sum + run.errors, 0),
  };
}

/**
 * Item 4 against the peer: Jifen serves at least PostGraphile's req/s, without errors, over runs
 * that alternate the two (each side's runs taken together).
 */
export function peerLoadGoal(mine: readonly LoadRun[], peer: readonly LoadRun[]): Goal {
  const m = pooledRuns(mine);
  const p = pooledRuns(peer);
  const each = (runs: readonly LoadRun[]) => runs.map((run) => run.requestsPerSecond).join(', ');
  return {
    goal: `the analyst query at ${peer[0]?.connections} connections: Jifen's req/s ≥ PostGraphile's, 0 errors`,
    met: m.requestsPerSecond >= p.requestsPerSecond && m.errors === 0,
    detail: `${m.requestsPerSecond} against ${p.requestsPerSecond} req/s (${x(m.requestsPerSecond / p.requestsPerSecond)}; runs ${each(mine)} against ${each(peer)}), ${m.errors} errors`,
  };
}

/** Item 2: a read the peer also answers, as fast at p50 as PostGraphile or faster. */
export function peerReadGoal(read: ReadResult): Goal | null {
  const p = read.postgraphile;
  if (!p) return null;
  return {
    goal: `${read.question.match(/^\([^)]*\)/)?.[0] ?? read.question} Jifen ÷ PostGraphile ≤ ${GOALS.peer} at p50`,
    met: p.jifenRatio <= GOALS.peer,
    detail: `${x(p.jifenRatio)} (${ms(read.graphql.p50Ms)} vs ${ms(p.p50Ms)}); Jifen ÷ raw SQL ${x(read.ratio)}${
      read.wire
        ? `, the same SQL behind a bare HTTP endpoint ÷ raw SQL ${x(read.wire.ratioToSql)}`
        : ''
    }`,
  };
}

export function goalsOf(r: Omit<BenchResults, 'goals'>): Goal[] {
  const goals: Goal[] = [];
  for (const read of r.reads.reads) {
    const peer = peerReadGoal(read);
    if (peer) goals.push(peer);
    if (read.goal === null) continue;
    goals.push({
      goal: read.question.startsWith('(d)')
        ? `(d) monthly sheet ÷ roster of the same branch ≤ ${read.goal}`
        : `${read.question.slice(0, 3)} GraphQL ÷ raw SQL ≤ ${read.goal}`,
      met: read.met === true,
      detail: `${x(read.ratio)} at p50 (${ms(read.graphql.p50Ms)} vs ${ms(read.sql.p50Ms)})${
        read.wire
          ? `; the same SQL behind a bare HTTP endpoint alone: ${x(read.wire.ratioToSql)}`
          : ''
      }${read.postgraphile ? `; Jifen ÷ PostGraphile ${x(read.postgraphile.jifenRatio)}` : ''}`,
    });
  }
  const memberYear = r.reads.reads.find((read) => read.question.startsWith('(c)'));
  if (memberYear) {
    goals.push({
      goal: `(c) one member's year in ≤ ${MEMBER_YEAR_STATEMENTS} statements (begin, scope and commit counted)`,
      met: memberYear.graphql.statementsPerRequest <= MEMBER_YEAR_STATEMENTS,
      detail: `${memberYear.graphql.statementsPerRequest} statements (${memberYear.graphql.queriesPerRequest} queries): ${memberYear.statementSample.join(', ')}`,
    });
  }
  const k = r.reads.keyset;
  if (k) {
    const plan = (p: { keysetInIndex: boolean; rowsRemovedByFilter: number }) =>
      `${p.keysetInIndex ? 'keyset in the index condition' : 'keyset NOT in the index condition'}, ${n(p.rowsRemovedByFilter)} rows removed by filter`;
    goals.push({
      goal: `(a) a later ranking page costs what the first does under row-level security (p50 ≤ ${k.goal}×, keyset sought in the index)`,
      met: k.met,
      detail: `page ${k.laterPage} of ${k.pageSize} (${n(k.rowsBefore)} rows before it): ${x(k.graphql.ratio)} the first (${ms(k.graphql.laterMs)} vs ${ms(k.graphql.firstMs)}), SQL ${x(k.sql.ratio)}; server's plan: ${plan(k.plans.server)}; SQL's: ${plan(k.plans.sql)}`,
    });
  }
  const f = r.reads.freshness;
  if (f) {
    goals.push({
      goal: `(a′) the first page's freshness check ≤ ${f.goal * 100} % of the page`,
      met: f.met,
      detail: `${(f.share * 100).toFixed(1)} %: ${f.checks} checks in ${f.pages} first pages back to back, ${ms(f.checkMs)} a check against ${ms(f.firstPageMs)} a page (${(f.shareWhenChecked * 100).toFixed(1)} % when it checks)`,
    });
  }
  if (r.statistics) {
    const read = r.statistics.read;
    goals.push({
      goal: `(d) statistics, GraphQL ÷ raw SQL ≤ ${read.goal}`,
      met: read.met === true,
      detail: `${x(read.ratio)} at p50 (${ms(read.graphql.p50Ms)} vs ${ms(read.sql.p50Ms)})`,
    });
  }
  for (const s of r.reads.statementScaling) {
    goals.push({
      goal: `statements per request constant in members: ${s.what}`,
      met: s.constant,
      detail: s.points.map((p) => `${n(p.members)} members: ${p.statementsPerRequest}`).join(', '),
    });
  }
  for (const [i, s] of r.summaries.entries()) {
    goals.push({
      goal: `score summary refresh ≥ ${n(REFRESH_GOAL)} members/s${i === 0 ? '' : ` (scale bureau ${i})`}`,
      met: s.membersPerSecond >= REFRESH_GOAL,
      detail: `${n(s.membersPerSecond)} members/s (${n(s.members)} in ${ms(s.ms)})${s.again ? `; again, every row updated: ${n(s.again.membersPerSecond)} members/s (${ms(s.again.ms)})` : ''}`,
    });
  }
  if (r.publication) {
    const p = r.publication;
    goals.push({
      goal: `publishing a scheme for ${n(p.members)} members through GraphQL < ${PUBLISH_GOAL_MS / 1000} s`,
      met: !p.failed && p.ms < PUBLISH_GOAL_MS && p.rewritten === p.members,
      detail: p.failed
        ? `failed: ${p.failed}`
        : `${ms(p.ms)} (${n(p.membersPerSecond)} members/s), ${n(p.rewritten)} of ${n(p.members)} year summaries rewritten`,
    });
  }
  if ('statementScaling' in r.writes) {
    goals.push({
      goal: `saving a monthly sheet ≤ ${SAVE_GOAL}× the raw batched INSERTs of its rows`,
      met: r.writes.ratio <= SAVE_GOAL,
      detail: `${x(r.writes.ratio)} (mean ${ms(r.writes.graphql.meanMs)} vs ${ms(r.writes.raw.meanMs)}), ${r.writes.graphql.statementsPerRequest} statements`,
    });
    const s = r.writes.statementScaling;
    goals.push({
      goal: `statements per request constant in members: ${s.what}`,
      met: s.constant,
      detail: s.points.map((p) => `${n(p.members)} members: ${p.statementsPerRequest}`).join(', '),
    });
  }
  if (r.whatIf) {
    goals.push({
      goal: `bureau-wide what-if of ${n(r.whatIf.members)} members < ${WHAT_IF_LIMIT_MS / 1000} s`,
      met: r.whatIf.met,
      detail: `${ms(r.whatIf.p50Ms)} at p50 (max ${ms(r.whatIf.maxMs)}, ${r.whatIf.samples} samples), ${r.whatIf.statementsPerRequest} statements`,
    });
  }
  for (const run of r.load) {
    goals.push({
      goal: `0 errors under load (${run.connections} connections)`,
      met: run.errors === 0,
      detail: `${n(run.errors)} errors in ${n(run.requests)} requests`,
    });
    goals.push({
      goal: `peak RSS < ${MEMORY_LIMIT_MB} MB (${run.connections} connections)`,
      met: run.peakUnderLimit,
      detail: `peak ${run.rssMb.peak} MB`,
    });
    goals.push({
      goal: `RSS back within ${SETTLE_TOLERANCE * 100} % after the run (${run.connections} connections)`,
      met: run.settled,
      detail: `before ${run.rssMb.before} MB, after ${run.rssMb.after} MB`,
    });
  }
  const peer = r.loadPeer ?? [];
  const first = r.load.find((run) => run.connections === peer[0]?.connections);
  if (first) goals.push(peerLoadGoal([first, ...(r.loadAlternate ?? [])], peer));
  goals.push({
    goal: 'ranking time grows no worse than linearly in members',
    met: r.scaleRanking.met,
    detail: `growth exponent ${r.scaleRanking.graphqlSlope} (1 = linear, limit ${LINEAR_SLOPE_LIMIT}); SQL ${r.scaleRanking.sqlSlope}`,
  });
  return goals;
}
