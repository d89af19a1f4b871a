// Sizes of a run. Full: the bureau (200 branches × 50 members × 12 months). `--quick`:
// a smoke run a tenth of the size with fewer samples. BENCH_SCALE multiplies the bureau's branches.

export type BenchOptions = {
  mode: 'full' | 'quick';
  /** Branches of the main bureau (× 50 members each). */
  branches: number;
  membersPerBranch: number;
  year: number;
  seed: number;
  /** Samples per read benchmark (light reads). */
  samples: number;
  /** Samples of the whole-ranking walk (item 2a) and of each scale point (item 5). */
  walks: number;
  /** Sheets saved per write benchmark. */
  sheets: number;
  /**
   * Sheets of the 1× bureau saved through GraphQL before the measured saves, unmeasured: the
   * save's code is then as warm as the reads' is after their warm-up requests.
   */
  saveWarmUps: number;
  /** autocannon bounds per run. */
  /** `peerRounds`: PostGraphile's runs, alternated with as many of Jifen's (its first included). */
  load: { amount: number; durationSeconds: number; connections: number[]; peerRounds: number };
  /** Member-years of the scoring benchmark. */
  scoringMemberYears: number;
};

export function parseOptions(argv: readonly string[], env: NodeJS.ProcessEnv): BenchOptions {
  const quick = argv.includes('--quick') || env['BENCH_QUICK'] === '1';
  const scale = Number(env['BENCH_SCALE'] ?? (quick ? 0.1 : 1));
  if (!Number.isFinite(scale) || scale <= 0) {
    throw new Error(`BENCH_SCALE must be a positive number (got ${env['BENCH_SCALE']})`);
  }
  return {
    mode: quick ? 'quick' : 'full',
    branches: Math.max(10, Math.round(200 * scale)),
    membersPerBranch: 50,
    year: 2021,
    seed: 2021,
    samples: quick ? 30 : 100,
    walks: quick ? 3 : 5,
    sheets: quick ? 4 : 10,
    saveWarmUps: quick ? 2 : 10,
    load: quick
      ? { amount: 500, durationSeconds: 10, connections: [10, 50], peerRounds: 2 }
      : { amount: 5_000, durationSeconds: 20, connections: [10, 50], peerRounds: 2 },
    scoringMemberYears: quick ? 1_000 : 10_000,
  };
}
