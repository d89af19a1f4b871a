// Probe of the summary refresh of the largest bureau (or the smallest) of a database kept by `BENCH_KEEP=1 pnpm
// bench` (not part of `pnpm bench`): `PROBE_DATABASE=<owner url> pnpm --filter @jifen/bench run
// probe:bureau-refresh`. Refreshes it PROBE_ROUNDS times (3 by default) in this process, as the
// server's publication does, and prints the wall time beside this process's CPU and that of its
// PostgreSQL backend: on two cores both sides count. PROBE_FIRST_PUBLISH=1 deletes the bureau's
// summaries and analyses the table before each round (a first publication, every row inserted);
// PROBE_BATCH=n sets the members a batch (n,m,…: alternated round by round);
// PROBE_PROFILE=file.cpuprofile writes a CPU profile of each round's refresh alone (of several
// rounds: file-1.cpuprofile, file-2.cpuprofile, …);
// PROBE_HEAP=file.heapprofile (with PROBE_PROFILE) samples what is allocated, collected or not;
// PROBE_CHECKPOINT=1 (with PROBE_FIRST_PUBLISH) takes a checkpoint before each round, as the bench
// does before its refresh; PROBE_RECONNECT=1 gives each round new connections (a new backend, as
// a fresh process has); PROBE_BUREAU=smallest refreshes the smallest bureau (1,000 members) instead;
// PROBE_WAITS=1 samples the backend every few milliseconds and prints the share of its time
// working, waiting for this process's next statement and reading pages (backend-waits.ts).
// Each round prints the backend's time in the kernel and its page faults: a new backend maps each
// page of shared_buffers it touches for the first time.
import fs from 'node:fs';
import { PerformanceObserver } from 'node:perf_hooks';
import { processStat } from '../server/process-cpu.js';
import { sampleBackend } from './backend-waits.js';
import inspector from 'node:inspector/promises';
import { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import { withClient } from '../../../../apps/server/src/db/connection/with-client.js';
import { withCredentials } from '../../../../apps/server/src/db/database.js';
import { ormConfig } from '../../../../apps/server/src/db/orm-config.js';
import { refreshYearSummaries } from '../../../../apps/server/src/modules/scores/summaries/score-summaries.service.js';
import { scopedEntityManager } from '../../../../apps/server/src/tenancy/scoped-entity-manager.js';
import { APP_PASSWORD, APP_ROLE } from '../data/database.js';
import { keptDatabaseUrl } from './kept-database.js';

const ownerUrl = keptDatabaseUrl();
const rounds = Number(process.env['PROBE_ROUNDS'] ?? 3);
// Several sizes (`100,250`) alternate from round to round.
const batches = (process.env['PROBE_BATCH'] ?? '').split(',').filter(Boolean).map(Number);
const year = 2021;
const smallest = process.env['PROBE_BUREAU'] === 'smallest';
// The collector's pauses on this thread, summed per round.
let gcMs = 0;
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) gcMs += entry.duration;
}).observe({ entryTypes: ['gc'] });
const log = (line: string) => process.stdout.write(`probe: ${line}\n`);

/** As the owner, on a connection of its own. */
const asOwner = <T>(run: (client: pg.Client) => Promise<T>) => withClient(ownerUrl, run);

const bureauId = await asOwner(async (owner) => {
  const { rows } = await owner.query<{ bureau_id: string }>(
    `select bureau_id from member group by bureau_id order by count(*) ${smallest ? 'asc' : 'desc'} limit 1`,
  );
  return rows[0]!.bureau_id;
});
const connect = () =>
  MikroORM.init(ormConfig(withCredentials(ownerUrl, APP_ROLE, APP_PASSWORD), { pool: 2 }));
let orm = await connect();
const profiler = process.env['PROBE_PROFILE'] ? new inspector.Session() : undefined;
// One profile a round, each of the refresh alone: the first round's beside the later ones'.
const profileFile = (round: number) =>
  rounds === 1
    ? process.env['PROBE_PROFILE']!
    : process.env['PROBE_PROFILE']!.replace(/(\.cpuprofile)?$/, `-${round}$1`);
try {
  if (profiler) {
    profiler.connect();
    await profiler.post('Profiler.enable');
    if (process.env['PROBE_HEAP']) {
      await profiler.post('HeapProfiler.startSampling', {
        samplingInterval: 16384,
        includeObjectsCollectedByMajorGC: true,
        includeObjectsCollectedByMinorGC: true,
      });
    }
  }
  for (let round = 1; round <= rounds; round++) {
    if (process.env['PROBE_FIRST_PUBLISH']) {
      await asOwner(async (owner) => {
        await owner.query('delete from score_summary where bureau_id = $1 and year = $2', [
          bureauId,
          year,
        ]);
        await owner.query('vacuum analyze score_summary');
        // As the bench does before its refresh: every page the refresh writes starts a new image.
        if (process.env['PROBE_CHECKPOINT']) await owner.query('checkpoint');
      });
    }
    if (process.env['PROBE_RECONNECT'] && round > 1) {
      await orm.close(true);
      orm = await connect();
    }
    const batch = batches[(round - 1) % batches.length];
    const em = scopedEntityManager(orm, { bureauId, branchIds: 'all' });
    if (profiler) await profiler.post('Profiler.start');
    const start = performance.now();
    const cpu = process.cpuUsage();
    gcMs = 0;
    let backend = { pid: 0, stat: null as ReturnType<typeof processStat> };
    let waits = '';
    const members = await em.transactional(async (tx) => {
      const [row] = await tx.execute<{ pid: number }[]>('select pg_backend_pid() as pid');
      backend = { pid: row!.pid, stat: processStat(row!.pid) };
      const sampler = process.env['PROBE_WAITS'] ? await sampleBackend(ownerUrl, row!.pid) : null;
      try {
        return await refreshYearSummaries(tx, year, batch ? { batch } : {});
      } finally {
        if (sampler) waits = `; the backend: ${await sampler.stop()}`;
      }
    });
    const ms = performance.now() - start;
    const used = process.cpuUsage(cpu);
    const [before, after] = [backend.stat, processStat(backend.pid)];
    const pgCpu =
      before && after
        ? `${after.cpuMs - before.cpuMs} ms (${after.systemMs - before.systemMs} ms in the kernel, ${after.minorFaults - before.minorFaults} page faults)`
        : '—';
    if (profiler) {
      const { profile } = await profiler.post('Profiler.stop');
      fs.writeFileSync(profileFile(round), JSON.stringify(profile));
    }
    log(
      `refresh ${round}${batch ? ` (${batch} a batch)` : ''}: ${members} members in ${ms.toFixed(0)} ms, ${Math.round((members / ms) * 1000)} members/s; CPU: this process ${((used.user + used.system) / 1000).toFixed(0)} ms, PostgreSQL ${pgCpu}; collector ${gcMs.toFixed(0)} ms${waits}`,
    );
  }
  if (profiler && process.env['PROBE_HEAP']) {
    const { profile: heap } = await profiler.post('HeapProfiler.stopSampling');
    fs.writeFileSync(process.env['PROBE_HEAP'], JSON.stringify(heap));
  }
} finally {
  profiler?.disconnect();
  await orm.close(true);
}
