import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../test/test-server.js';

let dev: TestServer;
let prod: TestServer;

beforeAll(async () => {
  [dev, prod] = await Promise.all([
    startTestServer(),
    startTestServer({ NODE_ENV: 'production', SESSION_SECRET: 's'.repeat(40) }),
  ]);
});
afterAll(async () => {
  await Promise.all([dev.close(), prod.close()]);
});

type Answer = { status: number; type: string; text: string; code: unknown };

async function send(
  server: TestServer,
  body: string | Buffer,
  headers: Record<string, string> = { 'content-type': 'application/json' },
  path = '/graphql',
): Promise<Answer> {
  const res = await fetch(`${server.url}${path}`, { method: 'POST', headers, body });
  const text = await res.text();
  let code: unknown;
  try {
    code = (JSON.parse(text) as { errors?: { extensions?: { code?: unknown } }[] }).errors?.[0]
      ?.extensions?.code;
  } catch {
    code = undefined;
  }
  return { status: res.status, type: res.headers.get('content-type') ?? '', text, code };
}

/** JSON with a code, in both modes, and no HTML page or stack trace. */
function expectTyped(answer: Answer, status: number, code: string) {
  expect(answer.status).toBe(status);
  expect(answer.type).toMatch(/^application\/json/);
  expect(answer.code).toBe(code);
  expect(answer.text).not.toMatch(/<html|<!DOCTYPE|<pre>|\bat \S+ \(|node_modules|stacktrace/i);
}

describe('bodies that are not GraphQL get typed JSON answers, never an HTML page', () => {
  it.each([
    ['bad JSON', (): string => '{"query": "{ me { userId } }"', undefined, 400, 'BAD_JSON'],
    [
      'a body over the limit',
      (): string =>
        JSON.stringify({ query: '{ me { userId } }', pad: 'x'.repeat(6 * 1024 * 1024) }),
      undefined,
      413,
      'PAYLOAD_TOO_LARGE',
    ],
    [
      'a form post',
      (): string => 'query=%7B+me+%7B+userId+%7D+%7D',
      { 'content-type': 'application/x-www-form-urlencoded' },
      415,
      'UNSUPPORTED_MEDIA_TYPE',
    ],
    ['no content type', (): string => '{ me { userId } }', {}, 415, 'UNSUPPORTED_MEDIA_TYPE'],
    [
      'a charset JSON cannot be read in',
      (): string => JSON.stringify({ query: '{ me { userId } }' }),
      { 'content-type': 'application/json; charset=koi8-r' },
      415,
      'UNSUPPORTED_MEDIA_TYPE',
    ],
  ] as const)('%s', async (_what, body, headers, status, code) => {
    for (const server of [dev, prod])
      expectTyped(await send(server, body(), headers), status, code);
  });

  it('an address nothing answers', async () => {
    for (const server of [dev, prod])
      expectTyped(await send(server, '{}', undefined, '/nowhere'), 404, 'NOT_FOUND');
  });
});

describe('GraphQL requests refused before running are HTTP 400 with their own codes', () => {
  it('a syntax error', async () => {
    for (const server of [dev, prod])
      expectTyped(
        await send(server, JSON.stringify({ query: '{ me { userId ' })),
        400,
        'GRAPHQL_PARSE_FAILED',
      );
  });

  it('a query with more tokens than the limit', async () => {
    const query = `{ me { ${'userId '.repeat(5000)}} }`;
    for (const server of [dev, prod])
      expectTyped(await send(server, JSON.stringify({ query })), 400, 'QUERY_LIMIT_EXCEEDED');
  });

  it('a persisted query whose hash does not match the query, and one never sent', async () => {
    const query = '{ me { userId } }';
    const wrong = createHash('sha256').update('{ branches { id } }').digest('hex');
    for (const server of [dev, prod]) {
      const mismatch = await send(
        server,
        JSON.stringify({
          query,
          extensions: { persistedQuery: { version: 1, sha256Hash: wrong } },
        }),
      );
      expectTyped(mismatch, 400, 'PERSISTED_QUERY_HASH_MISMATCH');
      // The right hash registers the query; later its hash alone runs it.
      const right = createHash('sha256').update(query).digest('hex');
      const registered = await send(
        server,
        JSON.stringify({
          query,
          extensions: { persistedQuery: { version: 1, sha256Hash: right } },
        }),
      );
      expect(registered.status).toBe(200);
      const unknown = await send(
        server,
        JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: wrong } } }),
      );
      expect(unknown.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    }
  });
});
