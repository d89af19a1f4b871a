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

const schema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    PORT: z.coerce.number().int().min(0).max(65535).default(4000),
    HOST: z.string().default('0.0.0.0'),
    DATABASE_URL: postgresUrl.optional(),
    /** The login role the app uses at run time; it owns no table, so row-level security binds it. */
    APP_DB_ROLE: z
      .string()
      .regex(/^[a-z_][a-z0-9_]*$/, 'must be a lower-case PostgreSQL identifier')
      .default('jifen_app'),
    APP_DB_PASSWORD: z.string().min(8).default('jifen_app_password'),
    SESSION_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
    SESSION_TTL_HOURS: z.coerce.number().positive().default(12),
    // How long a checked session is trusted before the database is asked again (auth/session-cache.ts).
    SESSION_CACHE_SECONDS: z.coerce.number().min(0).max(60).default(5),
    DATA_DIR: z.string().default(path.join(repoRoot, '.data')),
    WEB_DIST: z.string().default(path.join(repoRoot, 'apps/web/dist')),
    LOG_LEVEL: z
      .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
      .default('info'),
    SEED_DEMO: z
      .enum(['true', 'false'])
      .default('true')
      .transform((v) => v === 'true'),
  })
  .superRefine((env, ctx) => {
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
