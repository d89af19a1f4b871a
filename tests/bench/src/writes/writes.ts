// Item 3: saving a branch's monthly sheet through GraphQL (what a scorekeeper does at the end of
// the month: sign-ins, 学习强国 and 每日一题, dues for ~50 members) against raw batched INSERTs of
// the same rows. The generator left December empty in a few branches for this: half are saved
// through GraphQL, the other half get the same rows by hand-written INSERTs (app role, RLS).
import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { rawSqlClient } from '../data/database.js';
import type { SheetPlan, TableData } from '../data/generate.js';
import { login } from '../server/graphql.js';
import { scaling, type StatementScaling } from '../reads/read-stage.js';
import type { ServerProcess } from '../server/server-process.js';
import { percentile, round } from '../stats.js';

export const SAVE_SHEET = `mutation Save($input: SaveMonthlySheetInput!) {
  saveMonthlySheet(input: $input) { applied replayed }
}`;

type Timing = { samples: number; p50Ms: number; p99Ms: number; meanMs: number };

export type WriteResults = {
  sheets: number;
  membersPerSheet: number;
  cellsPerSheet: number;
  rowsPerSheet: number;
  /** Unmeasured saves of the 1× bureau's sheets before the measured ones. */
  warmUps: number;
  /** `firstMs`: the first save of the measured side, not among the samples. */
  graphql: Timing & { firstMs: number; statementsPerRequest: number; queriesPerRequest: number };
  raw: Timing & { statementsPerRequest: number; sheetsPerSecond: number };
  sheetsPerSecond: number;
  /** GraphQL mean ÷ raw mean. */
  ratio: number;
  statementScaling: StatementScaling;
};

const ident = (name: string) => `"${name}"`;

async function insertRows(client: pg.Client, tables: readonly TableData[]): Promise<number> {
  let statements = 0;
  await client.query('begin');
  statements++;
  for (const t of tables) {
    if (t.rows.length === 0) continue;
    const cols = t.columns.length;
    const values = t.rows
      .map((_, r) => `(${t.columns.map((__, c) => `$${r * cols + c + 1}`).join(',')})`)
      .join(',');
    await client.query(
      `insert into ${ident(t.table)} (${t.columns.map(ident).join(',')}) values ${values}`,
      t.rows.flat(),
    );
    statements++;
  }
  await client.query('commit');
  return statements + 1;
}

function timing(samples: number[]): Timing {
  return {
    samples: samples.length,
    p50Ms: round(percentile(samples, 50), 1),
    p99Ms: round(percentile(samples, 99), 1),
    meanMs: round(samples.reduce((a, b) => a + b, 0) / samples.length, 1),
  };
}

async function saveThroughGraphql(server: ServerProcess, plan: SheetPlan, password: string) {
  const client = await login(server.url, plan.scorekeeperLogin, password);
  const input = {
    branchId: plan.branchId,
    month: plan.month,
    idempotencyKey: randomUUID(),
    cells: plan.cells.map((c) => ({ ...c, expectedVersion: 0 })),
  };
  return async () => {
    const data = await client.request<{ saveMonthlySheet: { applied: number } }>(SAVE_SHEET, {
      input,
    });
    const rows = plan.rows.reduce((n, t) => n + t.rows.length, 0);
    if (data.saveMonthlySheet.applied !== rows) {
      throw new Error(
        `saveMonthlySheet applied ${data.saveMonthlySheet.applied} cells, expected ${rows}`,
      );
    }
  };
}

export async function runWrites(
  server: ServerProcess,
  appUrl: string,
  bureauId: string,
  plans: readonly SheetPlan[],
  small: { bureauId: string; plans: readonly SheetPlan[] },
  password: string,
  log: (line: string) => void,
): Promise<WriteResults> {
  const half = Math.floor(plans.length / 2);
  const viaGraphql = plans.slice(0, half);
  const viaSql = plans.slice(half, half * 2);
  const sheets = half - 1; // the first of each half warms up

  // The reads are timed after warm-up requests, hundreds of samples long; ten saves are not. The
  // save's code (scoring, the summaries' refresh, the inserts) is warmed up first by saving the
  // 1× bureau's spare sheets, unmeasured; the first measured-side save is timed and kept apart.
  const warmUps = small.plans.slice(2);
  const warmUpStart = performance.now();
  for (const plan of warmUps) await (await saveThroughGraphql(server, plan, password))();
  if (warmUps.length > 0) {
    log(
      `writes: ${warmUps.length} warm-up saves of the 1× bureau in ${Math.round(performance.now() - warmUpStart)} ms`,
    );
  }

  const gqlTimes: number[] = [];
  let firstMs = Number.NaN;
  let statements = { statements: 0, queries: 0 };
  for (const [i, plan] of viaGraphql.entries()) {
    const save = await saveThroughGraphql(server, plan, password);
    const before = await server.statements();
    const start = performance.now();
    await save();
    const ms = performance.now() - start;
    const after = await server.statements();
    if (i === 0) {
      firstMs = ms;
      continue;
    }
    gqlTimes.push(ms);
    statements = {
      statements: statements.statements + after.statements - before.statements,
      queries: statements.queries + after.queries - before.queries,
    };
  }

  const rawTimes: number[] = [];
  let rawStatements = 0;
  for (const [i, plan] of viaSql.entries()) {
    const client = await rawSqlClient(appUrl, bureauId, [plan.branchId]);
    try {
      const start = performance.now();
      const sent = await insertRows(client, plan.rows);
      const ms = performance.now() - start;
      if (i === 0) continue;
      rawTimes.push(ms);
      rawStatements += sent;
    } finally {
      await client.end();
    }
  }

  // Statements per save against the branch size: a 25-member sheet of the small bureau.
  const smallPoint = small.plans[1] ?? small.plans[0];
  let smallCount = { statements: Number.NaN, queries: Number.NaN };
  if (smallPoint) {
    if (small.plans[1]) await (await saveThroughGraphql(server, small.plans[0]!, password))();
    const save = await saveThroughGraphql(server, smallPoint, password);
    const before = await server.statements();
    await save();
    const after = await server.statements();
    smallCount = {
      statements: after.statements - before.statements,
      queries: after.queries - before.queries,
    };
  }

  const graphql = timing(gqlTimes);
  const raw = timing(rawTimes);
  const first = viaGraphql[0]!;
  const statementScaling = scaling('(3) monthly sheet save', [
    ...(smallPoint
      ? [
          {
            members: smallPoint.members,
            statementsPerRequest: smallCount.statements,
            queriesPerRequest: smallCount.queries,
          },
        ]
      : []),
    {
      members: first.members,
      statementsPerRequest: round(statements.statements / sheets, 2),
      queriesPerRequest: round(statements.queries / sheets, 2),
    },
  ]);
  log(`sheets: GraphQL mean ${graphql.meanMs} ms, raw INSERT mean ${raw.meanMs} ms`);
  return {
    sheets,
    membersPerSheet: first.members,
    cellsPerSheet: first.cells.length,
    rowsPerSheet: first.rows.reduce((n, t) => n + t.rows.length, 0),
    warmUps: warmUps.length,
    graphql: {
      ...graphql,
      firstMs: round(firstMs, 1),
      statementsPerRequest: round(statements.statements / sheets, 2),
      queriesPerRequest: round(statements.queries / sheets, 2),
    },
    raw: {
      ...raw,
      statementsPerRequest: round(rawStatements / sheets, 2),
      sheetsPerSecond: round(1000 / raw.meanMs, 1),
    },
    sheetsPerSecond: round(1000 / graphql.meanMs, 2),
    ratio: round(graphql.meanMs / raw.meanMs, 2),
    statementScaling,
  };
}
