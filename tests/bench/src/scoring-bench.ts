// The scoring package's own benchmark (`pnpm --filter @jifen/scoring bench`), run as it is and
// read back from the JSON it writes.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '../../..');

export type ScoringResults = {
  memberYears: number;
  facts: number;
  floorMs: number;
  withExplanations: { ms: number; memberYearsPerSecond: number; ratioToFloor: number };
  withoutExplanations: { ms: number; memberYearsPerSecond: number; ratioToFloor: number };
  peakRssMb: number;
  underOneGigabyte: boolean;
};

/** Runs it for `memberYears`; its JSON goes to `resultsName` in tests/bench/results. */
export function runScoringBench(memberYears: number, resultsName: string): ScoringResults {
  const run = spawnSync('pnpm', ['--filter', '@jifen/scoring', 'run', 'bench'], {
    cwd: repoRoot,
    env: {
      ...process.env,
      SCORING_BENCH_MEMBER_YEARS: String(memberYears),
      SCORING_BENCH_RESULTS: resultsName,
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (run.status !== 0) throw new Error(`the scoring benchmark failed (exit ${run.status})`);
  const resultsFile = path.join(repoRoot, 'tests/bench/results', resultsName);
  return JSON.parse(fs.readFileSync(resultsFile, 'utf8')) as ScoringResults;
}
