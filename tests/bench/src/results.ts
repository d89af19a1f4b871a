// What a run of `pnpm bench` measured, as written to results/latest.json, and its goals.
import type { DataResults } from './data/data-stage.js';
import type { LoadRun } from './load/load-test.js';
import type { ProcessesResults } from './load/processes.js';
import type { BenchOptions } from './options.js';
import type { ReadStageResults } from './reads/read-stage.js';
import type { ScaleResults } from './reads/scale.js';
import type { ScoringResults } from './scoring-bench.js';
import type { StatisticsBenchResults } from './reads/statistics.js';
import type { PublicationResults } from './writes/publication.js';
import type { SummaryResults } from './writes/summaries.js';
import type { WhatIfResults } from './reads/what-if.js';
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
