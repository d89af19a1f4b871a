import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './test-server.js';

/**
 * docs/analysts.md's ten questions, run exactly as written (each `graphql` block with the `json`
 * block after it) against the demo bureau's year, as the analyst: they must answer without
 * errors and with figures a committee would believe.
 */
const DOC = fileURLToPath(new URL('../../../docs/analysts.md', import.meta.url));

type Question = { title: string; query: string; variables: Record<string, unknown> };

function questions(markdown: string): Question[] {
  const section = markdown.split('## Ten questions')[1] ?? '';
  return section
    .split(/^### /m)
    .slice(1)
    .map((part) => {
      const query = /```graphql\n([\s\S]*?)```/.exec(part)?.[1];
      const variables = /```json\n([\s\S]*?)```/.exec(part)?.[1];
      if (!query || !variables) throw new Error(`no query or variables in: ${part.slice(0, 60)}`);
      return {
        title: part.split('\n')[0]!,
        query,
        variables: JSON.parse(variables) as Record<string, unknown>,
      };
    });
}

const FIGURES = new Set(['mean', 'median', 'min', 'max', 'total']);
const SHARES = new Set(['attendanceRate', 'fullShare', 'onTimeShare']);

/** Every score is 0–100, every share 0–100 %, every count whole and not negative. */
function unbelievable(value: unknown, path = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => unbelievable(v, `${path}[${i}]`));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, v]) => {
    const at = `${path}.${key}`;
    if ((FIGURES.has(key) || SHARES.has(key)) && typeof v === 'string') {
      const n = Number(v);
      return Number.isFinite(n) && n >= 0 && n <= 100 ? [] : [`${at} = ${v}`];
    }
    if (typeof v === 'number' && !(Number.isInteger(v) && v >= 0)) return [`${at} = ${v}`];
    return unbelievable(v, at);
  });
}

/** The lists an answer is made of: the edges of a ranking, the groups of a statistics table. */
function rows(data: Record<string, unknown>): Record<string, unknown>[] {
  const root = Object.values(data)[0] as { edges?: unknown[]; groups?: unknown[] };
  return (root.edges ?? root.groups ?? []) as Record<string, unknown>[];
}

let server: TestServer;
let analyst: string;
const asked = questions(readFileSync(DOC, 'utf8'));

beforeAll(async () => {
  server = await startTestServer({}, { template: 'ledger' });
  analyst = await server.login('analyst');
});
afterAll(() => server.close());

describe('docs/analysts.md', () => {
  it('asks ten questions, each with its variables', () => {
    expect(asked).toHaveLength(10);
  });

  it.each(asked.map((q) => [q.title, q] as const))('answers “%s”', async (_title, question) => {
    const res = await server.gql<Record<string, unknown>>(
      question.query,
      question.variables,
      analyst,
    );
    expect(res.errors).toBeUndefined();
    const found = rows(res.data!);
    expect(found.length).toBeGreaterThan(0);
    expect(unbelievable(res.data)).toEqual([]);
  });

  it('gives believable figures for the demo bureau', async () => {
    const byTitle = (word: string) => asked.find((q) => q.title.includes(word))!;
    const ask = async (q: Question) =>
      (await server.gql<Record<string, unknown>>(q.query, q.variables, analyst)).data!;

    // The ranking: about 150 members, best first, every row provisional (the year is in progress).
    const ranking = (await ask(byTitle('leads'))) as {
      scoreList: { totalCount: number; edges: { node: { total: string; provisional: boolean } }[] };
    };
    expect(ranking.scoreList.totalCount).toBeGreaterThan(100);
    const totals = ranking.scoreList.edges.map((e) => Number(e.node.total));
    expect(totals).toEqual([...totals].sort((a, b) => b - a));
    expect(ranking.scoreList.edges.every((e) => e.node.provisional)).toBe(true);

    // Six branches whose members add up to the ranking's.
    const branches = (await ask(byTitle('compare'))) as {
      scoreStatistics: { groups: { memberCount: number | null }[] };
    };
    expect(branches.scoreStatistics.groups).toHaveLength(6);
    const members = branches.scoreStatistics.groups.reduce((n, g) => n + (g.memberCount ?? 0), 0);
    expect(members).toBe(ranking.scoreList.totalCount);

    // Every branch held sessions and most members came.
    const attendance = (await ask(byTitle('attend organisational'))) as {
      participationStatistics: {
        groups: { provisional: boolean; sessions: { held: number; attendanceRate: string }[] }[];
      };
    };
    for (const group of attendance.participationStatistics.groups) {
      expect(group.provisional).toBe(true);
      expect(group.sessions.reduce((n, s) => n + s.held, 0)).toBeGreaterThan(0);
      for (const s of group.sessions) expect(Number(s.attendanceRate)).toBeGreaterThan(30);
    }

    // Dues: nearly all on time.
    const dues = (await ask(byTitle('dues'))) as {
      participationStatistics: { groups: { dues: { onTimeShare: string }[] }[] };
    };
    for (const group of dues.participationStatistics.groups)
      expect(Number(group.dues[0]!.onTimeShare)).toBeGreaterThan(80);
  });
});
