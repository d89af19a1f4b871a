// `pnpm --filter @jifen/scoring bench`: scores 10,000 member-years (≈ 2 million facts) and
// compares the time with a plain loop over the same facts (the floor), so a slowdown shows as a
// ratio that does not depend on the machine. Writes tests/bench/results/scoring.json, or the file
// SCORING_BENCH_RESULTS names there (a smaller run must not overwrite the full run's figures).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileScheme, scheme2021, scoreYear } from '../../../packages/scoring/dist/index.js';
import type { MemberYearFacts, Scheme } from '../../../packages/scoring/dist/index.js';
import { countFacts, generateMemberYears } from './generate.ts';

const MEMBER_YEARS = Number(process.env.SCORING_BENCH_MEMBER_YEARS ?? 10_000);
const here = dirname(fileURLToPath(import.meta.url));
const resultsFile = resolve(
  here,
  '../results',
  process.env.SCORING_BENCH_RESULTS ?? 'scoring.json',
);

let peakHeap = 0;
const sampleHeap = () => {
  peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
};

/** The floor: one plain pass over the same facts, summing what they hold. */
function floorLoop(all: readonly MemberYearFacts[]): number {
  let sum = 0;
  for (const facts of all) {
    sum += facts.memberships.length;
    for (const session of facts.sessions) sum += session.date.length;
    for (const attendance of facts.attendance) sum += attendance.sessionId.length;
    for (const quota of facts.quotas ?? []) sum += Number(quota.value);
    for (const duty of facts.duties ?? []) sum += duty.status === 'onTime' ? 1 : 0;
    for (const violation of facts.violations ?? []) sum += violation.count ?? 1;
    for (const declaration of facts.declarations ?? []) sum += Number(declaration.points ?? 0);
    if (facts.evaluation) sum += facts.evaluation.grade.length;
  }
  return sum;
}

/** Scores every member-year (results are summed, not kept, as a ranking would). */
function scoreAll(
  all: readonly MemberYearFacts[],
  scheme: ReturnType<typeof compileScheme>,
  explain: boolean,
): number {
  let checksum = 0;
  let lines = 0;
  for (let i = 0; i < all.length; i++) {
    const result = scoreYear(all[i] as MemberYearFacts, scheme, { explain });
    checksum += Number(result.total.value);
    lines += result.lines.length;
    if ((i & 1023) === 0) sampleHeap();
  }
  return checksum + lines * 1e-9;
}

function time<T>(run: () => T): { ms: number; value: T } {
  const start = process.hrtime.bigint();
  const value = run();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, value };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

const generated = time(() => generateMemberYears(MEMBER_YEARS));
const all = generated.value;
const facts = all.reduce((n, f) => n + countFacts(f), 0);
sampleHeap();
// The bench scores a whole year: the 2021 plan itself only applies from September.
const fullYear: Scheme = { ...scheme2021, firstMonth: 1 };
const scheme = compileScheme(fullYear);

// Warm up the JIT on a slice, then measure.
scoreAll(all.slice(0, 500), scheme, true);
scoreAll(all.slice(0, 500), scheme, false);
for (let i = 0; i < 5; i++) floorLoop(all);

const floors: number[] = [];
for (let i = 0; i < 9; i++) floors.push(time(() => floorLoop(all)).ms);
const floorMs = median(floors);
const explained = time(() => scoreAll(all, scheme, true));
const quiet = time(() => scoreAll(all, scheme, false));
sampleHeap();

const peakRss = process.resourceUsage().maxRSS * 1024;
const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;
const perSecond = (ms: number) => Math.round((MEMBER_YEARS / ms) * 1000);
const results = {
  benchmark: 'scoring',
  date: new Date().toISOString(),
  node: process.version,
  memberYears: MEMBER_YEARS,
  facts,
  generateMs: Math.round(generated.ms),
  floorMs: Math.round(floorMs * 100) / 100,
  withExplanations: {
    ms: Math.round(explained.ms),
    memberYearsPerSecond: perSecond(explained.ms),
    ratioToFloor: Math.round(explained.ms / floorMs),
  },
  withoutExplanations: {
    ms: Math.round(quiet.ms),
    memberYearsPerSecond: perSecond(quiet.ms),
    ratioToFloor: Math.round(quiet.ms / floorMs),
  },
  peakRssMb: mb(peakRss),
  peakHeapMb: mb(peakHeap),
  underOneGigabyte: peakRss < 1024 * 1024 * 1024,
  checksum: Math.round(explained.value),
};

mkdirSync(dirname(resultsFile), { recursive: true });
writeFileSync(resultsFile, JSON.stringify(results, null, 2) + '\n');
console.log(
  `scoring: ${MEMBER_YEARS} member-years, ${facts} facts (generated in ${results.generateMs} ms)`,
);
console.log(
  `  with explanations:    ${results.withExplanations.ms} ms, ${results.withExplanations.memberYearsPerSecond} member-years/s, ${results.withExplanations.ratioToFloor}× the floor`,
);
console.log(
  `  without explanations: ${results.withoutExplanations.ms} ms, ${results.withoutExplanations.memberYearsPerSecond} member-years/s, ${results.withoutExplanations.ratioToFloor}× the floor`,
);
console.log(`  floor (plain loop summing the facts): ${results.floorMs} ms`);
console.log(
  `  peak RSS ${results.peakRssMb} MB, peak heap ${results.peakHeapMb} MB (limit 1024 MB)`,
);
console.log(`  → ${resultsFile}`);
if (!results.underOneGigabyte) {
  console.error('scoring bench: peak memory above 1 GB');
  process.exitCode = 1;
}
