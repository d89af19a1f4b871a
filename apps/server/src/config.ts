import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

const postgresUrl = z.string().refine((value) => {
  try {
    const url = new URL(value);
    return url.protocol === 'postgres:' || url.protocol === 'postgresql:';
  } catch {
    return false;
  }
}, 'must look like postgresql://user:password@host:5432/database');

/** express's named address sets, or an IP address with an optional prefix length. */
function isProxyEntry(entry: string): boolean {
  if (['loopback', 'linklocal', 'uniquelocal'].includes(entry)) return true;
  const [address, prefix, extra] = entry.split('/');
  const family = net.isIP(address ?? '');
  if (!family || extra !== undefined) return false;
  if (prefix === undefined) return true;
  return /^\d+$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128);
}

/** Off (the socket's address is the client's) unless it names the proxies in front of the server. */
const trustProxy = z
  .string()
  .default('false')
  .transform((value) =>
    value.trim() === '' || value.trim() === 'false'
      ? false
      : value.split(',').map((entry) => entry.trim()),
  )
  .refine(
    (value) => value === false || (value.length > 0 && value.every(isProxyEntry)),
    'must be false or a comma-separated list of proxy addresses (10.0.0.1, 10.0.0.0/8, ::1) or loopback / linklocal / uniquelocal',
  );

const schema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    PORT: z.coerce.number().int().min(0).max(65535).default(4000),
    HOST: z.string().default('0.0.0.0'),
    // Server processes sharing PORT (node:cluster, src/cluster.ts); 1 runs in this process alone.
    WEB_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(1),
    DATABASE_URL: postgresUrl.optional(),
    /** The login role the app uses at run time; it owns no table, so row-level security binds it. */
    APP_DB_ROLE: z
      .string()
      .regex(/^[a-z_][a-z0-9_]*$/, 'must be a lower-case PostgreSQL identifier')
      .default('jifen_app'),
    APP_DB_PASSWORD: z.string().min(8).default('jifen_app_password'),
    SESSION_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
    SESSION_TTL_HOURS: z.coerce.number().positive().default(12),
    // How long a checked session is trusted before the database is asked again (auth/sessions/session-cache.ts).
    SESSION_CACHE_SECONDS: z.coerce.number().min(0).max(60).default(5),
    TRUST_PROXY: trustProxy,
    // Statistics show no figures for a group of fewer members (modules/statistics).
    STATS_MIN_GROUP_SIZE: z.coerce.number().int().min(1).max(100).default(3),
    // The GraphiQL explorer at /graphql for signed-in browsers (http/graphiql-page.ts).
    GRAPHIQL: z
      .enum(['true', 'false'])
      .default('true')
      .transform((v) => v === 'true'),
    // How often to-do reminders are sent (modules/tasks/reminders/reminder-sweep.ts); 0 turns the
    // sweep off.
    REMINDER_INTERVAL_MINUTES: z.coerce.number().int().min(0).max(1440).default(15),
    DATA_DIR: z.string().default(path.join(repoRoot, '.data')),
    WEB_DIST: z.string().default(path.join(repoRoot, 'apps/web/dist')),
    LOG_LEVEL: z
      .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
      .default('info'),
    /**
     * What an empty database is seeded with: the full demo (`true`: the previous year complete,
     * the current year recorded through last month with its finished quarters reviewed), the
     * light one (`light`: the current year's ledger only, as the browser journeys expect) or
     * nothing (`false`).
     */
    SEED_DEMO: z
      .enum(['true', 'light', 'false'])
      .default('true')
      .transform((v) => (v === 'true' ? 'full' : v === 'light' ? 'light' : null)),
    /**
     * Pins the server's calendar to a China date (YYYY-MM-DD) from which time runs on: browser
     * tests and demos that must not depend on the day they run. Refused in production unless
     * ALLOW_JIFEN_TODAY=true says so explicitly (the browser tests run the production build).
     */
    JIFEN_TODAY: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD')
      .refine((v) => !Number.isNaN(new Date(`${v}T00:00:00Z`).getTime()), 'must be a real date')
      .optional(),
    ALLOW_JIFEN_TODAY: z
      .enum(['true', 'false'])
      .default('false')
      .transform((v) => v === 'true'),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV === 'production' && env.JIFEN_TODAY && !env.ALLOW_JIFEN_TODAY) {
      ctx.addIssue({
        code: 'custom',
        path: ['JIFEN_TODAY'],
        message:
          'pins the calendar for tests and demos: not allowed in production unless ALLOW_JIFEN_TODAY=true',
      });
    }
    if (env.NODE_ENV === 'production' && !env.SESSION_SECRET) {
      ctx.addIssue({
        code: 'custom',
        path: ['SESSION_SECRET'],
        message: 'is required in production (32+ random characters, e.g. `openssl rand -hex 32`)',
      });
    }
  });

export type Config = z.infer<typeof schema> & { sessionSecret: string; repoRoot: string };

/** Thrown for a configuration problem; main prints its message as one line and exits. */
export class ConfigError extends Error {}

/** Reads and validates the environment once; every problem is named with the variable to fix. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ');
    throw new ConfigError(`Invalid configuration: ${problems}`);
  }
  // Outside production a fixed development secret keeps sessions across restarts; production must set one.
  const sessionSecret = parsed.data.SESSION_SECRET ?? 'jifen-development-secret-not-for-production';
  return { ...parsed.data, sessionSecret, repoRoot };
}
