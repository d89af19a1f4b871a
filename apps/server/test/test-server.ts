import type { AddressInfo } from 'node:net';
import { loadConfig } from '../src/config.js';
import { createHttpApp, type HttpApp } from '../src/http/create-http-app.js';
import { createLogger } from '../src/logger.js';
import {
  createTestDatabase,
  type TestDatabase,
  type TestDatabaseOptions,
} from './test-database.js';

export type GraphQLResponse<T = Record<string, unknown>> = {
  data?: T | null;
  errors?: { message: string; path?: string[]; extensions?: Record<string, unknown> }[];
};

export type TestServer = {
  db: TestDatabase;
  app: HttpApp;
  url: string;
  /**
   * POSTs a GraphQL operation over real HTTP, as the browser and analysts do; `language` is
   * sent as Accept-Language (labels in the answer follow it).
   */
  gql: <T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string | null,
    language?: string,
  ) => Promise<GraphQLResponse<T>>;
  /** Logs in through the API and returns the bearer token. */
  login: (loginName: string, password?: string) => Promise<string>;
  /** Stops the server and drops its database, or with `keepAs` keeps it under that name. */
  close: (opts?: { keepAs?: string }) => Promise<void>;
};

export const TEST_PASSWORD = 'Jifen@2026';

/**
 * The real HTTP app (Apollo, armor, error masking, tenancy) on a database of its own, cloned from
 * `opts.template`, and a free port.
 */
export async function startTestServer(
  env: Record<string, string> = {},
  opts: TestDatabaseOptions = {},
): Promise<TestServer> {
  const db = await createTestDatabase(opts);
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    WEB_DIST: '/nonexistent',
    ...env,
  });
  const app = await createHttpApp(db.orm, config, createLogger(config.LOG_LEVEL), db.ownerUrl);
  await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  const gql: TestServer['gql'] = async (query, variables, token, language) => {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(language ? { 'accept-language': language } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    return (await res.json()) as GraphQLResponse<never>;
  };
  const login: TestServer['login'] = async (loginName, password = TEST_PASSWORD) => {
    const res = await gql<{ login: { token: string } }>(
      'mutation($l: String!, $p: String!) { login(loginName: $l, password: $p) { token } }',
      { l: loginName, p: password },
    );
    if (!res.data?.login)
      throw new Error(`login ${loginName} failed: ${JSON.stringify(res.errors)}`);
    return res.data.login.token;
  };
  return {
    db,
    app,
    url,
    gql,
    login,
    close: async (closeOpts) => {
      await app.apollo.stop();
      await app.statistics.settled();
      await db.close(closeOpts);
    },
  };
}
