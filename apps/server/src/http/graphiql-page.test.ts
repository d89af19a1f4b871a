import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SESSION_COOKIE } from '../auth/sessions/session-cookie.js';
import { startTestServer, type TestServer } from '../../test/test-server.js';

// A stand-in for the built page (apps/web/dist/graphiql.html): the server serves it as it is.
const dist = mkdtempSync(path.join(tmpdir(), 'jifen-graphiql-'));
writeFileSync(path.join(dist, 'graphiql.html'), '<div id="graphiql"></div>');
writeFileSync(path.join(dist, 'index.html'), '<div id="root"></div>');

let server: TestServer;
let off: TestServer;
const HTML = { accept: 'text/html,application/xhtml+xml' };

beforeAll(async () => {
  server = await startTestServer({ WEB_DIST: dist }, { template: 'roster' });
  off = await startTestServer({ WEB_DIST: dist, GRAPHIQL: 'false' }, { template: 'roster' });
});
afterAll(async () => {
  await server.close();
  await off.close();
  rmSync(dist, { recursive: true, force: true });
});

describe('GraphiQL at /graphql', () => {
  it('opens for a signed-in browser and sends anyone else to log in first', async () => {
    const anonymous = await fetch(`${server.url}/graphql`, { headers: HTML, redirect: 'manual' });
    expect(anonymous.status).toBe(302);
    expect(anonymous.headers.get('location')).toBe('/login?next=%2Fgraphql');

    const token = await server.login('analyst');
    const page = await fetch(`${server.url}/graphql`, {
      headers: { ...HTML, cookie: `${SESSION_COOKIE}=${token}` },
    });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('id="graphiql"');
  });

  it('leaves API clients to GraphQL, and is off when GRAPHIQL=false', async () => {
    const token = await server.login('analyst');
    const api = await fetch(
      `${server.url}/graphql?query=${encodeURIComponent('{ me { displayName } }')}`,
      {
        headers: {
          accept: 'application/json',
          authorization: `Bearer ${token}`,
          'apollo-require-preflight': 'true',
        },
      },
    );
    expect(await api.json()).toMatchObject({ data: { me: { displayName: expect.any(String) } } });

    const page = await fetch(`${off.url}/graphql`, {
      headers: { ...HTML, cookie: `${SESSION_COOKIE}=${await off.login('analyst')}` },
    });
    expect(await page.text()).not.toContain('id="graphiql"');
  });
});
