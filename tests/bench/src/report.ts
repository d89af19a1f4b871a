// Item 6: results as JSON and as a markdown table (printed, written beside the JSON, and copied
// into the README's Benchmarks section on a full run), each goal marked met or not.
import fs from 'node:fs';
import path from 'node:path';
import type { DataResults } from './data/data-stage.js';
import type { LoadRun } from './load/load-test.js';
import type { ProcessesResults } from './load/processes.js';
import { MEMORY_LIMIT_MB, SETTLE_TOLERANCE } from './load/load-test.js';
import type { BenchOptions } from './options.js';
import { GOALS, MEMBER_YEAR_STATEMENTS, type ReadStageResults } from './reads/read-stage.js';
import type { ReadResult } from './reads/reads.js';
import { LINEAR_SLOPE_LIMIT, type ScaleResults } from './reads/scale.js';
import type { ScoringResults } from './scoring-bench.js';
import type { StatisticsBenchResults } from './reads/statistics.js';
import type { PublicationResults } from './writes/publication.js';
import type { SummaryResults } from './writes/summaries.js';
import { WHAT_IF_LIMIT_MS, type WhatIfResults } from './reads/what-if.js';
import type { WriteResults } from './writes/writes.js';

export type Goal = { goal: string; met: boolean; detail: string };

export type BenchResults = {
  benchmark: 'jifen';
  date: string;
  mode: BenchOptions['mode'];
  scale: number;
  durationSeconds: number;
  environment: {
    node: string;
    cpus: number;
    memoryGb: number;
    postgres: string;
    where: string;
    /** 1-minute load average when the run started: other work on the machine moves the times. */
    loadAverage?: number;
  };
  scoring: ScoringResults;
  data: DataResults;
  summaries: SummaryResults[];
  /** Absent in results written before the publication was measured. */
  publication?: PublicationResults;
  reads: ReadStageResults;
  /** Absent in results written before the statistics benchmark existed. */
  statistics?: StatisticsBenchResults;
  writes: WriteResults | { skipped: string };
  /** Absent in results written before the what-if existed. */
  whatIf?: WhatIfResults;
  load: LoadRun[];
  /** PostGraphile's runs under the first of `load`'s connection counts (see `loadAlternate`). */
  loadPeer?: LoadRun[];
  /** Jifen's runs alternated with PostGraphile's, after its own of the same count in `load`. */
  loadAlternate?: LoadRun[];
  /** Absent in results written before the processes stage existed. */
  processes?: ProcessesResults;
  scaleRanking: ScaleResults;
  goals: Goal[];
  method: string[];
};

/** Issue 22, item 3: a 10,000-member refresh in under about 3 s; a save ≤ 3× its raw INSERTs. */
const REFRESH_GOAL = 3000;
/** Issue 22, item 3: publishing a scheme for a 10,000-member bureau in under 5 s. */
const PUBLISH_GOAL_MS = 5000;
const SAVE_GOAL = 3;

const mark = (met: boolean | null) => (met === null ? '—' : met ? '✅ met' : '❌ not met');
const n = (value: number) => value.toLocaleString('en');
const ms = (value: number) => `${value.toLocaleString('en', { maximumFractionDigits: 1 })} ms`;
const x = (value: number) => `${value.toLocaleString('en', { maximumFractionDigits: 2 })}×`;

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
      met: p.ms < PUBLISH_GOAL_MS && p.rewritten === p.members,
      detail: `${ms(p.ms)} (${n(p.membersPerSecond)} members/s), ${n(p.rewritten)} of ${n(p.members)} year summaries rewritten`,
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

function readRow(read: ReadResult): string {
  const g = read.graphql;
  const s = read.sql;
  const p = read.postgraphile;
  const peer = p ? `${ms(p.p50Ms)} / ${ms(p.p99Ms)} | **${x(p.jifenRatio)}**` : '— | —';
  // A read the peer answers is judged against it (peerReadGoal), any other against its floor.
  const goal = p ? `÷ PostGraphile ≤ ${GOALS.peer}` : read.goal === null ? '—' : `≤ ${read.goal}`;
  const met = peerReadGoal(read)?.met ?? read.met;
  return `| ${read.question} | ${ms(g.p50Ms)} / ${ms(g.p99Ms)} | ${ms(s.p50Ms)} / ${ms(s.p99Ms)} | **${x(read.ratio)}** | ${peer} | ${g.statementsPerRequest} (${g.queriesPerRequest}) vs ${s.statementsPerRequest} | ${goal} | ${mark(met)} |`;
}

export function markdown(r: BenchResults): string {
  const lines: string[] = [];
  const e = r.environment;
  lines.push(
    `Latest ${r.mode} run: ${r.date.slice(0, 16).replace('T', ' ')} UTC, ${r.durationSeconds} s; Node ${e.node}, PostgreSQL ${e.postgres.split(' ')[0]}, ${e.cpus} cores, ${e.memoryGb} GB${e.loadAverage === undefined ? '' : `, load average ${e.loadAverage} at the start`}.`,
  );
  lines.push('');
  const d = r.data;
  lines.push(
    `Bureau: ${n(d.bureau.branches)} branches × ${n(d.bureau.members / d.bureau.branches)} members × ${d.bureau.months} months of ${d.bureau.year} under the 2021 scheme = ${n(d.rows)} rows (${n(d.ledgerRows)} ledger rows), seeded.`,
  );
  lines.push('');
  lines.push('| benchmark | Jifen | floor, same run | ratio |');
  lines.push('| --- | --- | --- | --- |');
  lines.push(
    `| scoring package: ${n(r.scoring.memberYears)} member-years, ${n(r.scoring.facts)} facts | ${n(r.scoring.withoutExplanations.memberYearsPerSecond)} member-years/s (${n(r.scoring.withExplanations.memberYearsPerSecond)}/s with explanations), peak RSS ${r.scoring.peakRssMb} MB | plain loop over the facts: ${ms(r.scoring.floorMs)} | ${x(r.scoring.withoutExplanations.ratioToFloor)} (${x(r.scoring.withExplanations.ratioToFloor)}) |`,
  );
  lines.push(
    `| 1. generator load (multi-row INSERT, owner) | ${n(d.insert.rowsPerSecond)} rows/s (${ms(d.insert.ms)}) | COPY into identical tables: ${n(d.copy.rowsPerSecond)} rows/s (${ms(d.copy.ms)}) | ${x(d.ratio)} |`,
  );
  for (const [i, s] of r.summaries.entries()) {
    lines.push(
      `| score summaries, server's own refresh${i === 0 ? '' : ` (scale bureau ${i})`} | ${n(s.membersPerSecond)} members/s (${n(s.members)} in ${ms(s.ms)})${s.again ? `; again, every row updated: ${n(s.again.membersPerSecond)} members/s (${ms(s.again.ms)})` : ''} | — | — |`,
    );
  }
  if (r.publication) {
    const p = r.publication;
    lines.push(
      `| publishing a correction of the scheme through GraphQL (the running server) | ${n(p.membersPerSecond)} members/s (${n(p.members)} in ${ms(p.ms)}) | — | — |`,
    );
  }
  if ('sheetsPerSecond' in r.writes) {
    const w = r.writes;
    lines.push(
      `| 3. save a new month's sheet through GraphQL (${n(w.membersPerSheet)} members, ${n(w.cellsPerSheet)} cells: sign-ins, 学习强国, 每日一题, dues) | ${w.sheetsPerSecond} sheets/s (p50 ${ms(w.graphql.p50Ms)}, ${w.graphql.statementsPerRequest} statements; after ${w.warmUps} warm-up saves, the first measured-side save ${ms(w.graphql.firstMs)}) | raw batched INSERTs of the same ${n(w.rowsPerSheet)} rows: ${w.raw.sheetsPerSecond} sheets/s (p50 ${ms(w.raw.p50Ms)}) | ${x(w.ratio)} |`,
    );
  } else {
    lines.push(`| 3. save a monthly sheet | not measured: ${r.writes.skipped} | — | — |`);
  }
  lines.push('');
  lines.push(
    '**2. Reads** through HTTP GraphQL (real server, production build, app role under row-level security), hand-written SQL through `pg` (same tables, same role and walls), and for (a), (a′) and (b) PostGraphile 5 (the schema it generates from the same tables, same role, the same scope set per request), alternating:',
  );
  lines.push('');
  lines.push(
    '| question | GraphQL p50 / p99 | SQL p50 / p99 | GraphQL ÷ SQL (p50) | PostGraphile p50 / p99 | GraphQL ÷ PostGraphile (p50) | statements per request (queries) | goal | |',
  );
  lines.push('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const read of r.reads.reads) lines.push(readRow(read));
  if (r.statistics) lines.push(readRow(r.statistics.read));
  const wired = r.reads.reads.filter((read) => read.wire);
  if (wired.length > 0) {
    lines.push('');
    lines.push(
      "**2′. The wire floor**: the SQL side's own statements behind a bare `node:http` endpoint (no GraphQL, sign-in, ORM or per-request transaction; scope set once per connection, as on the SQL side), answering the same JSON to the same HTTP client, alternating with the two above. Its ratio to SQL is what HTTP and JSON alone cost:",
    );
    lines.push('');
    lines.push('| question | wire floor p50 / p99 | wire floor ÷ SQL | GraphQL ÷ wire floor |');
    lines.push('| --- | --- | --- | --- |');
    for (const read of wired) {
      const w = read.wire!;
      lines.push(
        `| ${read.question} | ${ms(w.p50Ms)} / ${ms(w.p99Ms)} | ${x(w.ratioToSql)} | ${x(w.graphqlRatio)} |`,
      );
    }
  }
  lines.push('');
  lines.push(
    '**4. Load**: autocannon on 127.0.0.1, the analyst query (top 50 of the bureau ranking with names):',
  );
  lines.push('');
  lines.push(
    '| server | connections | requests | req/s | p50 / p99 | errors | server RSS before / peak / after |',
  );
  lines.push('| --- | --- | --- | --- | --- | --- | --- |');
  const loadRow = (run: LoadRun, who: string) =>
    `| ${who} | ${run.connections} | ${n(run.requests)} in ${run.durationSeconds} s | ${run.requestsPerSecond} | ${ms(run.p50Ms)} / ${ms(run.p99Ms)} | ${run.errors} | ${run.rssMb.before} / ${run.rssMb.peak} / ${run.rssMb.after} MB |`;
  for (const run of r.load) lines.push(loadRow(run, 'Jifen'));
  // Then the alternation: PostGraphile, Jifen, PostGraphile, … in the order they ran.
  (r.loadPeer ?? []).forEach((run, i) => {
    lines.push(loadRow(run, 'PostGraphile'));
    const again = r.loadAlternate?.[i];
    if (again) lines.push(loadRow(again, 'Jifen, again'));
  });
  lines.push('');
  if (r.processes) {
    const p = r.processes;
    lines.push(
      `**8. Processes**: the same query, ${p.connections} connections for ${p.durationSeconds} s, with 1 and 2 server processes on one port (\`WEB_CONCURRENCY\`); scaling ${p.scaling}× on ${e.cpus} cores:`,
    );
    lines.push('');
    lines.push('| processes | req/s | p50 / p99 | errors |');
    lines.push('| --- | --- | --- | --- |');
    for (const run of p.runs)
      lines.push(
        `| ${run.processes} | ${run.requestsPerSecond} | ${ms(run.p50Ms)} / ${ms(run.p99Ms)} | ${run.errors} |`,
      );
    lines.push('');
  }
  const sc = r.scaleRanking;
  lines.push(
    `**5. Scale**: the whole bureau ranking (all pages) at 1×, 3×, 10× the members (${sc.points.map((p) => n(p.members)).join(' / ')}: three bureaus in one database; the 10× point is the main bureau):`,
  );
  lines.push('');
  lines.push('| members | pages | GraphQL | SQL | ratio |');
  lines.push('| --- | --- | --- | --- | --- |');
  for (const p of sc.points) {
    lines.push(
      `| ${n(p.members)} (${p.factor}×) | ${p.pages} | ${ms(p.graphqlMs)} | ${ms(p.sqlMs)} | ${x(p.ratio)} |`,
    );
  }
  lines.push('');
  lines.push(
    `Growth exponent (log time ÷ log members, 1 = linear): GraphQL ${sc.graphqlSlope}, SQL ${sc.sqlSlope}.`,
  );
  lines.push('');
  lines.push('**Goals**');
  lines.push('');
  lines.push('| goal | result | |');
  lines.push('| --- | --- | --- |');
  for (const g of r.goals) lines.push(`| ${g.goal} | ${g.detail} | ${mark(g.met)} |`);
  lines.push('');
  return lines.join('\n');
}

const START = '<!-- bench:start -->';
const END = '<!-- bench:end -->';

/** Replaces the generated part of the README's Benchmarks section (between markers). */
export function updateReadme(readmePath: string, table: string, intro: string): void {
  const readme = fs.readFileSync(readmePath, 'utf8');
  const block = `${START}\n${table}\n${END}`;
  let next: string;
  if (readme.includes(START) && readme.includes(END)) {
    next =
      readme.slice(0, readme.indexOf(START)) +
      block +
      readme.slice(readme.indexOf(END) + END.length);
  } else {
    const heading = '## Benchmarks';
    const at = readme.indexOf(heading);
    if (at < 0) {
      next = `${readme.trimEnd()}\n\n${heading}\n\n${intro}\n\n${block}\n`;
    } else {
      const after = readme.indexOf('\n## ', at + heading.length);
      const end = after < 0 ? readme.length : after + 1;
      next = `${readme.slice(0, at)}${heading}\n\n${intro}\n\n${block}\n${after < 0 ? '' : '\n'}${readme.slice(end)}`;
    }
  }
  fs.writeFileSync(readmePath, next);
}

export function writeResults(
  dir: string,
  name: string,
  results: BenchResults,
  table: string,
): void {
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, `${name}.json`), JSON.stringify(results, null, 2) + '\n');
  fs.writeFileSync(path.join(dir, `${name}.md`), `# Jifen benchmarks\n\n${table}`);
}
