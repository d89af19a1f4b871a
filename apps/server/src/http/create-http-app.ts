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
import { sessionCachePlugin } from '../auth/session-cache-plugin.js';
import { tokenFromRequest } from '../auth/session-cookie.js';
import type { Config } from '../config.js';
import { migrationsApplied } from '../db/database.js';
import type { AppContext } from '../graphql/context.js';
import { formatError } from '../graphql/format-error.js';
import { evidenceDownload } from '../modules/evidence/evidence-download.js';
import { evidenceStorage } from '../modules/evidence/evidence-storage.js';
import { createLoaders } from '../graphql/loaders.js';
import { queryTransactionPlugin } from '../graphql/query-transaction.js';
import { buildAppSchema } from '../graphql/schema.js';
import { scopeOfActor } from '../tenancy/actor-scope.js';
import { scopedEntityManager } from '../tenancy/scoped-entity-manager.js';
import { idleCollector } from './idle-collector.js';
import { requestLog } from './request-log.js';

export type HttpApp = { server: http.Server; apollo: ApolloServer<AppContext>; auth: AuthService };

/** Limits on what one GraphQL document may ask for; tuned so the admin app's largest query fits. */
export const GRAPHQL_LIMITS = { maxDepth: 12, maxAliases: 30, maxTokens: 4000, maxCost: 20000 };

export async function createHttpApp(orm: MikroORM, config: Config, log: Logger): Promise<HttpApp> {
  const production = config.NODE_ENV === 'production';
  const app = express();
  const server = http.createServer(app);
  const auth = new AuthService(orm, config);
  const armor = new ApolloArmor({
    maxDepth: { n: GRAPHQL_LIMITS.maxDepth },
    maxAliases: { n: GRAPHQL_LIMITS.maxAliases },
    maxTokens: { n: GRAPHQL_LIMITS.maxTokens },
    costLimit: { maxCost: GRAPHQL_LIMITS.maxCost },
    maxDirectives: { n: 20 },
    blockFieldSuggestion: { enabled: production },
  });
  const protection = armor.protect();
  // graphql-armor's typings point at Apollo's CommonJS build; the plugins are the same objects.
  const armorPlugins = protection.plugins as unknown as ApolloServerPlugin<AppContext>[];
  const apollo = new ApolloServer<AppContext>({
    schema: await buildAppSchema(),
    allowBatchedHttpRequests: protection.allowBatchedHttpRequests,
    plugins: [
      ...armorPlugins,
      ApolloServerPluginDrainHttpServer({ httpServer: server }),
      queryTransactionPlugin(),
      sessionCachePlugin(auth.sessions),
      // No HTTP caching of answers (they are per user), and its per-field hook wraps every resolver.
      ApolloServerPluginCacheControlDisabled(),
      ...(production ? [ApolloServerPluginLandingPageDisabled()] : []),
      {
        async requestDidStart() {
          return {
            async didEncounterErrors({ contextValue, errors }) {
              for (const error of errors) {
                const code = error.extensions?.['code'];
                if (!code || code === 'INTERNAL_SERVER_ERROR') {
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
    validationRules: [...protection.validationRules],
    introspection: !production,
    csrfPrevention: true,
    formatError,
    includeStacktraceInErrorResponses: false,
  });
  await apollo.start();

  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  app.use(requestLog(log));
  app.use(idleCollector());
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    try {
      const ready = await migrationsApplied(orm);
      res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'migrations pending' });
    } catch {
      res.status(503).json({ status: 'database unreachable' });
    }
  });
  // Evidence files, behind the same session and walls as GraphQL (modules/evidence).
  app.get('/evidence/:id', evidenceDownload(orm, auth, evidenceStorage(config.DATA_DIR)));
  app.use(
    '/graphql',
    express.json({ limit: '5mb' }),
    expressMiddleware(apollo, {
      context: async ({ req, res }): Promise<AppContext> => {
        const token = tokenFromRequest(req);
        const actor = token ? await auth.resolve(token) : null;
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
  return { server, apollo, auth };
}
