// Item 2: reads through the real HTTP GraphQL endpoint, each beside the same question answered
// by hand-written SQL through `pg` in the same run, and where it applies through the wire floor.
// Samples alternate (GraphQL, wire, PostGraphile, SQL, GraphQL, …) so drift in the machine touches every side.
import type pg from 'pg';
import type { ServerProcess } from '../server/server-process.js';
import { percentile, round } from '../stats.js';

export type Side = {
  samples: number;
  p50Ms: number;
  p99Ms: number;
  meanMs: number;
  /** SQL statements per request (GraphQL: counted in the server process; SQL: sent by the bench). */
  statementsPerRequest: number;
  /** Of those, the ones that are not transaction control or session settings. */
  queriesPerRequest: number;
};

export type ReadResult = {
  question: string;
  graphql: Side;
  sql: Side;
  /** GraphQL p50 ÷ SQL p50. */
  ratio: number;
  /** GraphQL p99 ÷ SQL p99. */
  ratioP99: number;
  /**
   * The wire floor: the SQL side's statements behind a bare HTTP endpoint (wire-floor-server.ts),
   * answering the same JSON to the same HTTP client. Its ratio to SQL is what HTTP and JSON alone
   * cost; GraphQL's ratio to it is what Jifen costs over the wire.
   */
  wire?: { p50Ms: number; p99Ms: number; ratioToSql: number; graphqlRatio: number };
  /**
   * PostGraphile 5, the peer: the same question asked of the schema it generates from the same
   * tables, as the same role under the same scope per request. `jifenRatio` is GraphQL p50 ÷ its p50.
   */
  postgraphile?: { p50Ms: number; p99Ms: number; ratioToSql: number; jifenRatio: number };
  goal: number | null;
  met: boolean | null;
  /** The statements one GraphQL request sent, first words only (documentation of the count). */
  statementSample: string[];
  note?: string;
};

export type Pair = {
  graphql: () => Promise<unknown>;
  sql: () => Promise<unknown>;
  /** Statements the SQL side sends per call. */
  sqlStatements: () => number;
  /** How many HTTP requests one GraphQL call makes (the ranking walk pages). */
  requestsPerCall?: () => number;
  /** The same question through the wire floor, when it answers it. */
  wire?: () => Promise<unknown>;
  /** The same question through PostGraphile, when the bench asks it there. */
  postgraphile?: () => Promise<unknown>;
  /**
   * The floor is another request to the same server (the sheet against the roster): its
   * statements are counted there, and kept out of the GraphQL side's count.
   */
  floorOnServer?: boolean;
};

function side(samples: number[], statementsPerRequest: number, queriesPerRequest: number): Side {
  return {
    samples: samples.length,
    p50Ms: round(percentile(samples, 50), 2),
    p99Ms: round(percentile(samples, 99), 2),
    meanMs: round(samples.reduce((a, b) => a + b, 0) / samples.length, 2),
    statementsPerRequest: round(statementsPerRequest, 2),
    queriesPerRequest: round(queriesPerRequest, 2),
  };
}

/** Shortens captured SQL to its verb and first table, for the JSON report. */
export function summariseStatements(texts: readonly string[]): string[] {
  // A message may carry several statements (`begin;select set_config(…);select …`): each is named.
  const one = (t: string) => {
    const verb = t.trim().split(/\s+/)[0]?.toLowerCase() ?? '?';
    const table = /\b(?:from|into|update)\s+"?([a-z_]+)"?/i.exec(t)?.[1];
    const setConfig = /set_config/i.test(t) ? ' set_config' : '';
    return `${verb}${table ? ` ${table}` : ''}${setConfig}`;
  };
  return texts.map((t) =>
    t
      .replaceAll('/* with the next statement */ ', '')
      .split(/;(?=\s*(?:select|with|insert|update|delete|begin|\/\*))/i)
      .map(one)
      .join(';'),
  );
}

export async function measurePair(
  server: ServerProcess,
  question: string,
  pair: Pair,
  opts: { samples: number; warmup: number; goal: number | null; note?: string },
): Promise<ReadResult> {
  for (let i = 0; i < opts.warmup; i++) {
    await pair.graphql();
    await pair.wire?.();
    await pair.postgraphile?.();
    await pair.sql();
  }
  // One request's statements, recorded for the report.
  await server.capture();
  await pair.graphql();
  const statementSample = summariseStatements(await server.release());

  const gqlTimes: number[] = [];
  const wireTimes: number[] = [];
  const peerTimes: number[] = [];
  const sqlTimes: number[] = [];
  const statementsBefore = await server.statements();
  let sqlStatements = 0;
  let floorStatements = 0;
  let floorQueries = 0;
  let requests = 0;
  for (let i = 0; i < opts.samples; i++) {
    let start = performance.now();
    await pair.graphql();
    gqlTimes.push(performance.now() - start);
    requests += pair.requestsPerCall?.() ?? 1;
    if (pair.wire) {
      start = performance.now();
      await pair.wire();
      wireTimes.push(performance.now() - start);
    }
    if (pair.postgraphile) {
      start = performance.now();
      await pair.postgraphile();
      peerTimes.push(performance.now() - start);
    }
    const before = pair.sqlStatements();
    const onServer = pair.floorOnServer ? await server.statements() : null;
    start = performance.now();
    await pair.sql();
    sqlTimes.push(performance.now() - start);
    sqlStatements += pair.sqlStatements() - before;
    if (onServer) {
      const after = await server.statements();
      floorStatements += after.statements - onServer.statements;
      floorQueries += after.queries - onServer.queries;
    }
  }
  const statementsAfter = await server.statements();
  const graphql = side(
    gqlTimes,
    (statementsAfter.statements - statementsBefore.statements - floorStatements) / requests,
    (statementsAfter.queries - statementsBefore.queries - floorQueries) / requests,
  );
  const sql = pair.floorOnServer
    ? side(sqlTimes, floorStatements / requests, floorQueries / requests)
    : side(sqlTimes, sqlStatements / requests, sqlStatements / requests);
  const ratio = round(graphql.p50Ms / sql.p50Ms, 2);
  const wireP50 = wireTimes.length > 0 ? percentile(wireTimes, 50) : null;
  const peerP50 = peerTimes.length > 0 ? percentile(peerTimes, 50) : null;
  return {
    question,
    graphql,
    sql,
    ratio,
    ratioP99: round(graphql.p99Ms / sql.p99Ms, 2),
    ...(wireP50 === null
      ? {}
      : {
          wire: {
            p50Ms: round(wireP50, 2),
            p99Ms: round(percentile(wireTimes, 99), 2),
            ratioToSql: round(wireP50 / percentile(sqlTimes, 50), 2),
            graphqlRatio: round(percentile(gqlTimes, 50) / wireP50, 2),
          },
        }),
    ...(peerP50 === null
      ? {}
      : {
          postgraphile: {
            p50Ms: round(peerP50, 2),
            p99Ms: round(percentile(peerTimes, 99), 2),
            ratioToSql: round(peerP50 / percentile(sqlTimes, 50), 2),
            jifenRatio: round(percentile(gqlTimes, 50) / peerP50, 2),
          },
        }),
    goal: opts.goal,
    met: opts.goal === null ? null : ratio <= opts.goal,
    statementSample,
    ...(opts.note ? { note: opts.note } : {}),
  };
}

/** Statements (and queries) per GraphQL request for one call of `run` (after a warm-up call). */
export async function statementsOf(
  server: ServerProcess,
  run: () => Promise<number>,
): Promise<{ statementsPerRequest: number; queriesPerRequest: number }> {
  await run();
  const before = await server.statements();
  const requests = await run();
  const after = await server.statements();
  return {
    statementsPerRequest: round((after.statements - before.statements) / requests, 2),
    queriesPerRequest: round((after.queries - before.queries) / requests, 2),
  };
}

export type SqlCounter = { client: pg.Client; count: () => number };
