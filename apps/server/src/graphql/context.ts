import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Response } from 'express';
import type { Logger } from 'pino';
import type { Actor } from '../auth/actor.js';
import type { AuthService } from '../auth/auth.service.js';
import type { Acting } from '../auth/permissions.js';
import type { Config } from '../config.js';
import type { SummaryFreshness } from '../modules/scores/summaries/summary-freshness.js';
import type { TableStatistics } from '../db/table-statistics.js';
import type { TenantScope } from '../tenancy/tenant-scope.js';
import type { Locale } from './locale.js';
import type { Loaders } from './loaders.js';

/** Everything a resolver may use for one request; built in http/graphql-context.ts. */
export type AppContext = {
  requestId: string;
  log: Logger;
  config: Config;
  orm: MikroORM;
  auth: AuthService;
  /** Null before log-in. */
  actor: Actor | null;
  scope: TenantScope | null;
  /** The request's fork, scoped to `scope`. */
  em: EntityManager;
  loaders: Loaders;
  address: string;
  /** The language labels are given in (Accept-Language; zh-CN by default). */
  locale: Locale;
  /** This process's verdicts that a year's score summaries are all there (statistics). */
  freshness: SummaryFreshness;
  /** Analyses a table after a bulk write (a scheme's publication), as the owner. */
  statistics: TableStatistics;
  res: Response;
};

/** Narrowed context for resolvers behind `@Authorized()`. */
export type AuthedContext = AppContext & { actor: Actor; scope: TenantScope };

export function authed(ctx: AppContext): AuthedContext {
  if (!ctx.actor || !ctx.scope) throw new Error('resolver reached without @Authorized()');
  return ctx as AuthedContext;
}

/** The request's scoped fork and actor, as services take them. */
export function acting(ctx: AppContext): Acting {
  const { em, actor } = authed(ctx);
  return { em, actor };
}
