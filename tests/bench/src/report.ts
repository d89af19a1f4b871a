// Item 6: results as JSON and as a markdown table (printed, written beside the JSON, and copied
// into the README's Benchmarks section on a full run), each goal marked met or not (goals.ts).
import fs from 'node:fs';
import path from 'node:path';
import type { LoadRun } from './load/load-test.js';
import { GOALS } from './reads/read-stage.js';
import type { ReadResult } from './reads/reads.js';
import { mark, ms, n, x } from './format.js';
import { peerReadGoal } from './goals.js';
import type { BenchResults } from './results.js';

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
      `| publishing a correction of the scheme through GraphQL (the running server) | ${p.failed ? `failed: ${p.failed}` : `${n(p.membersPerSecond)} members/s (${n(p.members)} in ${ms(p.ms)})`} | — | — |`,
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
      "**2′. The wire floor**: the SQL side's own statements behind a bare `node:http` endpoint (no GraphQL, sign-in, ORM or per-request transaction; scope set once per connection, as on the SQL side), answering the same JSON to the same HTTP client (for (c), the SQL side's row of facts and stored summary, which the server scores and explains), alternating with the two above. Its ratio to SQL is what HTTP and JSON alone cost:",
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
