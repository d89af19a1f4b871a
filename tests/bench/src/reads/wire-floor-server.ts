// The wire floor's endpoint, run as its own process (wire-floor.ts starts it): the raw-SQL
// floor's own statements behind the thinnest HTTP endpoint Node has. No GraphQL, no sign-in, no
// ORM, no per-request transaction (the caller's scope is set once per connection, as on the SQL
// side); it reads the same JSON request the server gets and answers the JSON the server would.
// What it costs above the SQL floor is what HTTP and JSON alone cost, for any server.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { rawSqlClient } from '../data/database.js';
import {
  memberYearSql,
  RANKING_PAGE,
  rankingSqlCount,
  rankingSqlPage,
  type RankingSqlRow,
  rosterSql,
} from './queries.js';

type Request = { query: string; variables: Record<string, unknown> };
export type WireFloorConfig = { appUrl: string; bureauId: string; branchId: string };

const config = JSON.parse(process.env['WIRE_FLOOR'] ?? 'null') as WireFloorConfig | null;
if (!config) throw new Error('WIRE_FLOOR is not set: start this through wire-floor.ts');
const bureau = await rawSqlClient(config.appUrl, config.bureauId, '*');
const branch = await rawSqlClient(config.appUrl, config.bureauId, [config.branchId]);

// GraphQL names a member's stored status in capitals ('full' → FULL).
const enumName = (value: string) => value.toUpperCase();

const cursorOf = (row: RankingSqlRow) =>
  Buffer.from(`${row.total_sort}|${row.member_id}`).toString('base64url');
function afterOf(cursor: unknown): Pick<RankingSqlRow, 'total_sort' | 'member_id'> | null {
  if (typeof cursor !== 'string') return null;
  const [total_sort = '', member_id = ''] = Buffer.from(cursor, 'base64url').toString().split('|');
  return { total_sort, member_id };
}

async function ranking(v: Record<string, unknown>) {
  const year = Number(v['year']);
  const first = Number(v['first'] ?? RANKING_PAGE);
  const totalCount = v['count'] ? await rankingSqlCount(bureau, config!.bureauId, year) : undefined;
  const rows = await rankingSqlPage(bureau, config!.bureauId, year, first, afterOf(v['after']));
  const page = rows.slice(0, first);
  const last = page.at(-1);
  return {
    scoreList: {
      ...(totalCount === undefined ? {} : { totalCount }),
      pageInfo: { hasNextPage: rows.length > first, endCursor: last ? cursorOf(last) : null },
      edges: page.map((r) => ({
        node: {
          memberId: r.member_id,
          total: r.total,
          base: r.base,
          special: r.special,
          evaluation: r.evaluation,
          outcomeBand: r.outcome_band,
          member: { name: r.member_name },
          branch: { name: r.branch_name },
        },
      })),
    },
  };
}

type Score = { total: string; base: string; special: string; categories: unknown[] };
type RosterMember = { id: string; name: string; status: string } & Record<
  string,
  Score | null | string
>;

async function roster(v: Record<string, unknown>) {
  const rows = await rosterSql(branch, config!.bureauId, String(v['branchId']), Number(v['year']));
  const members: RosterMember[] = [];
  let current: RosterMember | undefined;
  for (const r of rows) {
    if (current?.id !== r.id) {
      current = {
        id: r.id,
        name: r.name,
        status: enumName(r.status),
        year: null,
        q1: null,
        q2: null,
        q3: null,
        q4: null,
      };
      members.push(current);
    }
    if (r.period) {
      current[r.period] = {
        total: r.total!,
        base: r.base!,
        special: r.special!,
        categories: (r.categories ?? []).map(([code, value]) => ({ code, value })),
      };
    }
  }
  return { members };
}

// (c): the SQL side's row, the member's facts and stored summary, as JSON. Not the server's
// answer, which is the year scored from those facts and explained line by line: what HTTP and
// JSON alone cost on the floor's own bytes.
async function memberYear(v: Record<string, unknown>) {
  const row = await memberYearSql(
    branch,
    config!.bureauId,
    String(v['memberId']),
    Number(v['year']),
  );
  return { memberScore: row };
}

const answers: Record<string, (v: Record<string, unknown>) => Promise<unknown>> = {
  Ranking: ranking,
  Roster: roster,
  MemberYear: memberYear,
};

const server = http.createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    const send = (status: number, body: unknown) => {
      const text = JSON.stringify(body);
      res.writeHead(status, {
        'content-type': 'application/json; charset=utf-8',
        'content-length': Buffer.byteLength(text),
      });
      res.end(text);
    };
    let answer: ((v: Record<string, unknown>) => Promise<unknown>) | undefined;
    let request: Request;
    try {
      request = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Request;
      answer = answers[/^\s*query\s+(\w+)/.exec(request.query)?.[1] ?? ''];
    } catch (error) {
      send(400, { errors: [{ message: String(error) }] });
      return;
    }
    if (!answer) {
      send(400, {
        errors: [{ message: 'the wire floor answers only Ranking, Roster and MemberYear' }],
      });
      return;
    }
    answer(request.variables ?? {}).then(
      (data) => send(200, { data }),
      (error: unknown) => send(500, { errors: [{ message: String(error) }] }),
    );
  });
});
server.listen(0, '127.0.0.1', () => {
  process.send?.({ port: (server.address() as AddressInfo).port });
});
process.on('disconnect', () => {
  server.close();
  void Promise.all([bureau.end(), branch.end()]).finally(() => process.exit(0));
});
