import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';
import { checkReachable } from './db/database.js';

describe('configuration', () => {
  it('defaults to port 4000 and the embedded database', () => {
    const config = loadConfig({});
    expect(config.PORT).toBe(4000);
    expect(config.DATABASE_URL).toBeUndefined();
  });

  it('names a malformed DATABASE_URL and what it should look like', () => {
    expect(() => loadConfig({ DATABASE_URL: 'localhost:5432' })).toThrow(
      new ConfigError(
        'Invalid configuration: DATABASE_URL must look like postgresql://user:password@host:5432/database',
      ),
    );
  });

  it('requires a session secret in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(
      /SESSION_SECRET is required in production/,
    );
    expect(
      loadConfig({ NODE_ENV: 'production', SESSION_SECRET: 'x'.repeat(32) }).sessionSecret,
    ).toHaveLength(32);
  });

  it('rejects a port that is not a port', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
  });

  it('says in one line what to fix when the database cannot be reached', async () => {
    await expect(checkReachable('postgresql://nobody@127.0.0.1:1/none')).rejects.toThrow(
      'Cannot use the database at 127.0.0.1:1/none (ECONNREFUSED): is PostgreSQL running there? Fix DATABASE_URL or unset it to use the embedded database',
    );
  });
});
