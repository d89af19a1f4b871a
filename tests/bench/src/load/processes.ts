// Item 8: the analyst's query (item 4's) with 1 and 2 server processes on one port
// (WEB_CONCURRENCY, node:cluster), each a fresh server on the same database, the same autocannon
// load after the same warm-up; scaling = req/s with 2 ÷ req/s with 1.
import { login } from '../server/graphql.js';
import { runLoad } from './load-test.js';
import { ANALYST_QUERY } from '../reads/queries.js';
import type { ServerProcess } from '../server/server-process.js';
import { round } from '../stats.js';

export type ProcessesRun = {
  processes: number;
  requests: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
};

export type ProcessesResults = {
  connections: number;
  durationSeconds: number;
  runs: ProcessesRun[];
  /** req/s with 2 processes ÷ req/s with 1. */
  scaling: number;
};

export const PROCESS_COUNTS = [1, 2];

export async function runProcesses(
  start: (processes: number) => Promise<ServerProcess>,
  bureau: { analystLogin: string; password: string; year: number },
  opts: { connections: number; durationSeconds: number },
  log: (line: string) => void,
): Promise<ProcessesResults> {
  const runs: ProcessesRun[] = [];
  for (const processes of PROCESS_COUNTS) {
    const server = await start(processes);
    try {
      const analyst = await login(server.url, bureau.analystLogin, bureau.password);
      const load = {
        connections: opts.connections,
        amount: 1_000_000,
        settleMs: 0,
      };
      // Warm-up: every worker compiles its hot paths and fills its pool before the measured run.
      await runLoad(
        server,
        analyst,
        ANALYST_QUERY,
        { year: bureau.year },
        {
          ...load,
          durationSeconds: 3,
        },
      );
      const run = await runLoad(
        server,
        analyst,
        ANALYST_QUERY,
        { year: bureau.year },
        {
          ...load,
          durationSeconds: opts.durationSeconds,
        },
      );
      log(
        `  ${processes} process${processes > 1 ? 'es' : ''}: ${run.requestsPerSecond} req/s, p50 ${run.p50Ms} ms, p99 ${run.p99Ms} ms, ${run.errors} errors`,
      );
      runs.push({
        processes,
        requests: run.requests,
        requestsPerSecond: run.requestsPerSecond,
        p50Ms: run.p50Ms,
        p99Ms: run.p99Ms,
        errors: run.errors,
      });
    } finally {
      await server.stop();
    }
  }
  const [one, two] = runs;
  return {
    connections: opts.connections,
    durationSeconds: opts.durationSeconds,
    runs,
    scaling: round(two!.requestsPerSecond / one!.requestsPerSecond, 2),
  };
}
