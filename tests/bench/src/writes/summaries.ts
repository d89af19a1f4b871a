// Score summaries computed the way the app computes them: the server's own refresh
// (score-summaries.service.ts: facts loader → @jifen/scoring → upserts), as the app role under
// row-level security, in one transaction per bureau, as publishing a scheme would.
//
// It runs in a process of its own, as the server's refresh runs in the server: the loader's
// process holds the generated bureau (about 1.8 GB of heap at full size), whose collection is not
// the refresh's cost. With `again`, the first bureau is refreshed a second time, as republishing
// the scheme does (every row updated).
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { MikroORM } from '@mikro-orm/postgresql';
import { ormConfig } from '../../../../apps/server/src/db/orm-config.js';
import { refreshYearSummaries } from '../../../../apps/server/src/modules/scores/summaries/score-summaries.service.js';
import { scopedEntityManager } from '../../../../apps/server/src/tenancy/scoped-entity-manager.js';
import { idleCoreMs, postgresCpu } from '../server/process-cpu.js';

/**
 * Where the two cores' time went (Linux; zeros elsewhere): this process's CPU, PostgreSQL's (all
 * its processes), and the cores' idle time. When the three add up to twice the wall time, the
 * refresh had the machine to itself and used all of it.
 */
type RefreshCpu = { process: number; postgres: number; idle: number };
type Refresh = { members: number; ms: number; membersPerSecond: number; cpu: RefreshCpu };

/** A refresh's CPU for the log: "this process 2,935 ms of CPU, PostgreSQL 2,350 ms, cores idle 550 ms". */
export const refreshCpu = ({ process: own, postgres, idle }: RefreshCpu) =>
  `this process ${own.toLocaleString('en')} ms of CPU, PostgreSQL ${postgres.toLocaleString('en')} ms, cores idle ${idle.toLocaleString('en')} ms`;
export type SummaryResults = Refresh & { again?: Refresh };

type Bureaus = readonly { bureauId: string; year: number }[];

/** Refreshes each bureau's summaries in a fresh process (`again`: the first bureau twice). */
export async function computeSummaries(
  appUrl: string,
  bureaus: Bureaus,
  again = false,
): Promise<SummaryResults[]> {
  const job = JSON.stringify({ appUrl, bureaus, again });
  const child = spawn(
    process.execPath,
    [...process.execArgv, fileURLToPath(import.meta.url), job],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  let out = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', resolve);
  });
  if (code !== 0) throw new Error(`the summary refresh's process exited with ${code}`);
  return JSON.parse(out) as SummaryResults[];
}

async function refreshInThisProcess(
  appUrl: string,
  bureaus: Bureaus,
  again: boolean,
): Promise<SummaryResults[]> {
  const orm = await MikroORM.init(ormConfig(appUrl, { pool: 2 }));
  try {
    const refresh = async ({ bureauId, year }: Bureaus[number]): Promise<Refresh> => {
      const em = scopedEntityManager(orm, { bureauId, branchIds: 'all' });
      const [cpu, postgres, idle] = [process.cpuUsage(), postgresCpu(), idleCoreMs()];
      const start = performance.now();
      const members = await em.transactional((tx) => refreshYearSummaries(tx, year));
      const ms = performance.now() - start;
      const used = process.cpuUsage(cpu);
      return {
        members,
        ms: Math.round(ms),
        membersPerSecond: Math.round((members / ms) * 1000),
        cpu: {
          process: Math.round((used.user + used.system) / 1000),
          postgres: postgresCpu() - postgres,
          idle: idleCoreMs() - idle,
        },
      };
    };
    const results: SummaryResults[] = [];
    for (const bureau of bureaus) results.push(await refresh(bureau));
    if (again && bureaus[0]) results[0]!.again = await refresh(bureaus[0]);
    return results;
  } finally {
    await orm.close(true);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const job = JSON.parse(process.argv[2]!) as { appUrl: string; bureaus: Bureaus; again: boolean };
  process.stdout.write(
    JSON.stringify(await refreshInThisProcess(job.appUrl, job.bureaus, job.again)),
  );
}
