// Probe of the summary refresh alone (`pnpm --filter @jifen/bench run probe:refresh`, not part of
// `pnpm bench`): loads the quick bureau, times the scoring of its facts five periods at a time
// against one pass, refreshes it three times (first inserts, then the same rows again) with this
// process's CPU time beside the wall time, and times the same upsert inlined by em.execute and
// sent as a bind parameter. PROBE_REFRESH_ONLY=1: the refreshes only (they also run on older
// code). PROBE_PROFILE=file.cpuprofile: a profile of the refreshes. PROBE_BATCH=n: members a batch.
import { MikroORM } from '@mikro-orm/postgresql';
import * as scoring from '@jifen/scoring';
import type { Period } from '@jifen/scoring';
import { ormConfig } from '../../../../apps/server/src/db/orm-config.js';
import { loadMemberYearFacts } from '../../../../apps/server/src/modules/ledger/facts/facts-loader.js';
import { recordedThrough } from '../../../../apps/server/src/modules/ledger/recorded-months/recorded-through.js';
import { loadYearSchemes } from '../../../../apps/server/src/modules/schemes/year-schemes.js';
import {
  membersOfYear,
  refreshYearSummaries,
} from '../../../../apps/server/src/modules/scores/summaries/score-summaries.service.js';
import { withBureauWideAccess } from '../../../../apps/server/src/tenancy/bureau-wide-access.js';
import { scopedEntityManager } from '../../../../apps/server/src/tenancy/scoped-entity-manager.js';
import fs from 'node:fs';
import inspector from 'node:inspector/promises';
import os from 'node:os';
import { boundQuery } from '../../../../apps/server/src/db/connection/bound-query.js';
import { loadData } from '../data/data-stage.js';
import { openBenchDatabase } from '../data/database.js';
import { parseOptions } from '../options.js';

class Rollback extends Error {}
const log = (line: string) => process.stdout.write(`probe: ${line}\n`);
const options = parseOptions(['--quick'], process.env);
// PROBE_BATCH=n: the refresh's members a batch (its pipeline's step; the server's default else).
const batchOption = process.env['PROBE_BATCH'] ? { batch: Number(process.env['PROBE_BATCH']) } : {};
const db = await openBenchDatabase();
try {
  const { main: bureau } = await loadData(db.owner, options, log);
  const orm = await MikroORM.init(ormConfig(db.appUrl, { pool: 2 }));
  const em = scopedEntityManager(orm, { bureauId: bureau.bureauId, branchIds: 'all' });
  const year = bureau.year;
  const { facts, schemes, through } = await em.transactional((tx) =>
    withBureauWideAccess(tx, async (wide) => {
      const ids = await membersOfYear(wide, year);
      return {
        facts: await loadMemberYearFacts(wide, year, ids),
        schemes: await loadYearSchemes(wide, year),
        through: await recordedThrough(wide, year),
      };
    }),
  );
  const compiled = schemes.latest!.compiled;
  const periods: Period[] = [
    { kind: 'year', year },
    ...([1, 2, 3, 4] as const).map((quarter) => ({ kind: 'quarter' as const, year, quarter })),
  ];
  const opts = { recordedThrough: through, explain: false, provisional: true };
  for (let round = 0; round < (process.env['PROBE_REFRESH_ONLY'] ? 0 : 3); round++) {
    let t = performance.now();
    for (const f of facts) for (const p of periods) scoring.scorePeriod(f, compiled, p, opts);
    const separate = performance.now() - t;
    t = performance.now();
    for (const f of facts)
      scoring.scorePeriods(
        f,
        compiled,
        periods.map((period) => ({ period })),
        opts,
      );
    const shared = performance.now() - t;
    log(
      `scoring ${facts.length} members × 5 periods: separately ${separate.toFixed(0)} ms (${Math.round((facts.length / separate) * 1000)}/s), one pass ${shared.toFixed(0)} ms (${Math.round((facts.length / shared) * 1000)}/s), ${(separate / shared).toFixed(2)}×; load ${os.loadavg()[0]?.toFixed(2)}`,
    );
  }
  // PROBE_PROFILE=file: a CPU profile of the refreshes alone (not the data's loading).
  const profiler = process.env['PROBE_PROFILE'] ? new inspector.Session() : undefined;
  if (profiler) {
    profiler.connect();
    await profiler.post('Profiler.enable');
    await profiler.post('Profiler.start');
  }
  for (let round = 0; round < 3; round++) {
    const t = performance.now();
    const cpu = process.cpuUsage();
    const members = await em
      .fork()
      .transactional((tx) => refreshYearSummaries(tx, year, batchOption));
    const ms = performance.now() - t;
    const used = process.cpuUsage(cpu);
    log(
      `refresh ${round + 1}: ${members} members in ${ms.toFixed(0)} ms, ${Math.round((members / ms) * 1000)} members/s, ${((used.user + used.system) / 1000).toFixed(0)} ms of this process's CPU; load ${os.loadavg()[0]?.toFixed(2)}`,
    );
  }

  if (profiler) {
    const { profile } = await profiler.post('Profiler.stop');
    fs.writeFileSync(process.env['PROBE_PROFILE']!, JSON.stringify(profile));
    profiler.disconnect();
  }

  if (!process.env['PROBE_REFRESH_ONLY']) {
    // The upsert alone, the same rows both ways in one run: inlined by em.execute (as before) and
    // as a bind parameter (now), each in a transaction rolled back.
    const rows = (
      await db.owner.query(
        `select to_jsonb(s) - 'computed_at' - 'total_sort_key' as r from score_summary s where bureau_id = $1 and year = $2`,
        [bureau.bureauId, year],
      )
    ).rows.map((r: { r: Record<string, unknown> }) => r.r);
    const json = JSON.stringify(rows);
    const cols = Object.keys(rows[0]!);
    const types = (
      await db.owner.query(
        `select column_name, udt_name from information_schema.columns where table_name = 'score_summary'`,
      )
    ).rows as { column_name: string; udt_name: string }[];
    const typeOf = new Map(
      types.map((t) => [t.column_name, t.udt_name === 'bpchar' ? 'text' : t.udt_name]),
    );
    const upsert = (p: string) => `insert into score_summary (${cols.join(', ')}, computed_at)
    select ${cols.join(', ')}, now() from jsonb_to_recordset(${p}::jsonb) as r(${cols.map((c) => `${c} ${typeOf.get(c)}`).join(', ')})
    on conflict (bureau_id, year, period, member_id) do update set
    ${cols
      .filter((c) => !['id', 'bureau_id', 'year', 'period', 'member_id'].includes(c))
      .map((c) => `${c} = excluded.${c}`)
      .join(', ')}, computed_at = now()`;
    for (let round = 0; round < 3; round++) {
      for (const how of ['inlined', 'bound'] as const) {
        const t = performance.now();
        await em
          .fork()
          .transactional(async (tx) => {
            if (how === 'inlined') await tx.execute(upsert('?'), [json]);
            else await boundQuery(tx, upsert('$1'), [json]);
            await tx.getConnection().execute('select 1');
            throw new Rollback();
          })
          .catch((e) => {
            if (!(e instanceof Rollback)) throw e;
          });
        log(
          `upsert of ${rows.length} rows (${(json.length / 1e6).toFixed(1)} MB), ${how}: ${(performance.now() - t).toFixed(0)} ms; load ${os.loadavg()[0]?.toFixed(2)}`,
        );
      }
    }
  }
  await orm.close(true);
} finally {
  await db.close();
}
