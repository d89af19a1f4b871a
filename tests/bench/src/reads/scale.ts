// Item 5: the bureau ranking at 1×, 3× and 10× the members (three bureaus of the same shape in
// one database), timed whole through GraphQL and in SQL, and how its time grows.
import { rawSqlClient } from '../data/database.js';
import type { BureauInfo } from '../data/generate.js';
import { login } from '../server/graphql.js';
import { rankingGraphql, rankingSql } from './queries.js';
import { median, round } from '../stats.js';

/** Growth exponent allowed for "no worse than linear" (1 = linear; a little room for noise). */
export const LINEAR_SLOPE_LIMIT = 1.1;

export type ScalePoint = {
  factor: number;
  members: number;
  pages: number;
  graphqlMs: number;
  sqlMs: number;
  ratio: number;
};

export type ScaleResults = {
  points: ScalePoint[];
  /** log(time ratio) ÷ log(member ratio) between the smallest and largest point (1 = linear). */
  graphqlSlope: number;
  sqlSlope: number;
  met: boolean;
};

export async function runScale(
  serverUrl: string,
  appUrl: string,
  bureaus: readonly BureauInfo[],
  year: number,
  samples: number,
): Promise<ScaleResults> {
  const points: ScalePoint[] = [];
  const base = bureaus[0]!.memberCount;
  for (const bureau of bureaus) {
    const client = await login(serverUrl, bureau.analystLogin, bureau.password);
    const sql = await rawSqlClient(appUrl, bureau.bureauId);
    try {
      await rankingGraphql(client, year);
      await rankingSql(sql, bureau.bureauId, year);
      const g: number[] = [];
      const s: number[] = [];
      let pages = 0;
      for (let i = 0; i < samples; i++) {
        let start = performance.now();
        pages = (await rankingGraphql(client, year)).pages;
        g.push(performance.now() - start);
        start = performance.now();
        await rankingSql(sql, bureau.bureauId, year);
        s.push(performance.now() - start);
      }
      const graphqlMs = median(g);
      const sqlMs = median(s);
      points.push({
        factor: round(bureau.memberCount / base, 1),
        members: bureau.memberCount,
        pages,
        graphqlMs: round(graphqlMs, 1),
        sqlMs: round(sqlMs, 1),
        ratio: round(graphqlMs / sqlMs, 2),
      });
    } finally {
      await sql.end();
    }
  }
  const first = points[0]!;
  const last = points.at(-1)!;
  const slope = (a: number, b: number) =>
    round(Math.log(b / a) / Math.log(last.members / first.members), 2);
  const graphqlSlope = slope(first.graphqlMs, last.graphqlMs);
  return {
    points,
    graphqlSlope,
    sqlSlope: slope(first.sqlMs, last.sqlMs),
    met: graphqlSlope <= LINEAR_SLOPE_LIMIT,
  };
}
