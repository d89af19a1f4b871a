import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { MikroORM } from '@mikro-orm/postgresql';
import express from 'express';
import type { Logger } from 'pino';
import { AuthService } from '../auth/auth.service.js';
import { sessionCachePlugin } from '../auth/sessions/session-cache-plugin.js';
import { SessionInvalidation } from '../auth/sessions/session-invalidation.js';
import { SummaryFreshness } from '../modules/scores/summaries/summary-freshness.js';
import { tokenFromRequest } from '../auth/sessions/session-cookie.js';
import type { Config } from '../config.js';
import { migrationsApplied } from '../db/database.js';
import { isDatabaseUnavailable } from '../db/connection/database-unavailable.js';
import { ServiceUnavailableError } from '../graphql/errors.js';
import { httpStatusPlugin } from '../graphql/http-status.js';
import { inputGuardPlugin } from '../graphql/input-guard.js';
import type { AppContext } from '../graphql/context.js';
import { formatError } from '../graphql/format-error.js';
import { evidenceDownload } from '../modules/evidence/evidence-download.js';
import { evidenceStorage } from '../modules/evidence/evidence-storage.js';
import { createLoaders } from '../graphql/loaders.js';
import { queryTransactionPlugin } from '../graphql/execution/query-transaction.js';
import { buildAppSchema } from '../graphql/schema.js';
import { compiledExecutor } from '../graphql/execution/compiled-executor.js';
import { scopeOfActor } from '../tenancy/actor-scope.js';
import { scopedEntityManager } from '../tenancy/scoped-entity-manager.js';
import { graphiqlPage } from './graphiql-page.js';
import { idleCollector } from './idle-collector.js';
import { TableStatistics } from '../db/table-statistics.js';
import { jsonErrorHandler, jsonNotFound, requireJsonBody } from './json-errors.js';
import { requestLog } from './request-log.js';
import { requestLocale } from '../graphql/locale.js';

export type HttpApp = {
  server: http.Server;
  apollo: ApolloServer<AppContext>;
  auth: AuthService;
  sessionInvalidation: SessionInvalidation;
  statistics: TableStatistics;
};

/** Limits on what one GraphQL document may ask for; tuned so the admin app's largest query fits. */
export const GRAPHQL_LIMITS = { maxDepth: 12, maxAliases: 30, maxTokens: 4000, maxCost: 20000 };

export async function createHttpApp(
  orm: MikroORM,
  config: Config,
  log: Logger,
  /** The owner's connection string, for what the app role may not do (`TableStatistics`). */
  ownerUrl: string | null = null,
): Promise<HttpApp> {
  const production = config.NODE_ENV === 'production';
  const app = express();
  const server = http.createServer(app);
  const auth = new AuthService(orm, config);
  // Follows the session cache's invalidations, and lives no longer than a checked session.
  const freshness = new SummaryFreshness(auth.sessions, config.SESSION_CACHE_SECONDS * 1000);
  const statistics = new TableStatistics(ownerUrl, log);
  const sessionInvalidation = new SessionInvalidation(
    orm.config.get('clientUrl')!,
    auth.sessions,
    log,
    (sql) => orm.em.fork().getConnection().execute(sql),
  );
  const armor = new ApolloArmor({
    maxDepth: { n: GRAPHQL_LIMITS.maxDepth },
    maxAliases: { n: GRAPHQL_LIMITS.maxAliases },
    // The token limit is graphql-js's own parser option (below): armor's version throws from a
    // hook Apollo does not guard, which turned a long or broken query into an HTTP 500.
    maxTokens: { enabled: false },
    costLimit: { maxCost: GRAPHQL_LIMITS.maxCost },
    maxDirectives: { n: 20 },
    blockFieldSuggestion: { enabled: production },
  });
  const protection = armor.protect();
  // graphql-armor's typings point at Apollo's CommonJS build; the plugins are the same objects.
  const armorPlugins = protection.plugins as unknown as ApolloServerPlugin<AppContext>[];
  const apollo = new ApolloServer<AppContext>({
    gateway: compiledExecutor(await buildAppSchema()),
    allowBatchedHttpRequests: protection.allowBatchedHttpRequests,
    plugins: [
      ...armorPlugins,
      ApolloServerPluginDrainHttpServer({ httpServer: server }),
      inputGuardPlugin(),
      queryTransactionPlugin(),
      sessionCachePlugin(sessionInvalidation),
      // No HTTP caching of answers (they are per user), and its per-field hook wraps every resolver.
      ApolloServerPluginCacheControlDisabled(),
      ...(production ? [ApolloServerPluginLandingPageDisabled()] : []),
      httpStatusPlugin(),
      {
        async requestDidStart() {
          return {
            async didEncounterErrors({ contextValue, errors }) {
              for (const error of errors) {
                const code = error.extensions?.['code'];
                if (isDatabaseUnavailable(error)) {
                  contextValue.log.warn(
                    { err: error.originalError ?? error },
                    'database unavailable',
                  );
                } else if (!code || code === 'INTERNAL_SERVER_ERROR') {
                  contextValue.log.error(
                    { err: error.originalError ?? error },
                    'unexpected GraphQL error',
                  );
                }
              }
            },
          };
        },
      },
    ],
    parseOptions: { maxTokens: GRAPHQL_LIMITS.maxTokens },
    validationRules: [...protection.validationRules],
    introspection: !production,
    csrfPrevention: true,
    formatError,
    includeStacktraceInErrorResponses: false,
  });
  await apollo.start();

  app.disable('x-powered-by');
  // Express hashes every answer it sends for an ETag by default; GraphQL answers are POSTs, per
  // user and never revalidated, so that was a SHA-1 of each answer for nothing (static files and
  // evidence downloads set their own).
  app.set('etag', false);
  // Off unless TRUST_PROXY names the proxies: otherwise any client could pick its own address
  // with X-Forwarded-For and walk past the log-in throttle.
  app.set('trust proxy', config.TRUST_PROXY);
  app.use(requestLog(log));
  app.use(idleCollector());
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    try {
      const ready = await withTimeout(migrationsApplied(orm), READY_TIMEOUT_MS);
      res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'migrations pending' });
    } catch {
      res.status(503).json({ status: 'database unreachable' });
    }
  });
  // Evidence files, behind the same session and walls as GraphQL (modules/evidence).
  app.get('/evidence/:id', evidenceDownload(orm, auth, evidenceStorage(config.DATA_DIR)));
  if (config.GRAPHIQL) app.get('/graphql', graphiqlPage(config.WEB_DIST, auth));
  app.use(
    '/graphql',
    requireJsonBody(),
    express.json({ limit: '5mb' }),
    expressMiddleware(apollo, {
      context: async ({ req, res }): Promise<AppContext> => {
        const token = tokenFromRequest(req);
        const actor = token ? await resolveActor(auth, token) : null;
        const scope = actor ? scopeOfActor(actor) : null;
        const em = scopedEntityManager(orm, scope);
        return {
          requestId: req.id,
          log: req.log,
          config,
          orm,
          auth,
          actor,
          scope,
          em,
          loaders: createLoaders(em),
          address: req.ip ?? 'unknown',
          locale: requestLocale(req),
          freshness,
          statistics,
          res,
        };
      },
    }),
  );
  const webDist = config.WEB_DIST;
  if (fs.existsSync(path.join(webDist, 'index.html'))) {
    app.use(express.static(webDist, { index: false, maxAge: '1h' }));
    // The admin app routes on the client: any other GET gets its shell.
    app.get(/^\/(?!graphql|healthz|readyz|evidence\/).*/, (_req, res) => {
      res.sendFile(path.join(webDist, 'index.html'));
    });
  } else {
    app.get('/', (_req, res) => {
      res
        .type('text/plain')
        .send('Jifen GraphQL server: /graphql. Build the admin app with `pnpm build`.');
    });
  }
  app.use(jsonNotFound());
  app.use(jsonErrorHandler());
  return { server, apollo, auth, sessionInvalidation, statistics };
}

/** /readyz answers within this, database or not (a hung pool must not hang the probe). */
const READY_TIMEOUT_MS = 3000;

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error('timed out')), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** The session's actor; a database outage while checking it is a 503, not a failed context. */
async function resolveActor(auth: AuthService, token: string) {
  try {
    return await auth.resolve(token);
  } catch (error) {
    if (isDatabaseUnavailable(error)) throw new ServiceUnavailableError();
    throw error;
  }
}
