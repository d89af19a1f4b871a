import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';
import { chinaDate, pinnedClock } from './modules/calendar/clock.js';
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

  it('pins the calendar to JIFEN_TODAY outside production only, and checks the date', () => {
    expect(loadConfig({ JIFEN_TODAY: '2026-11-16' }).JIFEN_TODAY).toBe('2026-11-16');
    expect(() => loadConfig({ JIFEN_TODAY: '16/11/2026' })).toThrow(
      'JIFEN_TODAY must be a date YYYY-MM-DD',
    );
    expect(() =>
      loadConfig({
        NODE_ENV: 'production',
        SESSION_SECRET: 'x'.repeat(32),
        JIFEN_TODAY: '2026-11-16',
      }),
    ).toThrow('JIFEN_TODAY pins the calendar for tests and demos: not allowed in production');
    const allowed = loadConfig({
      NODE_ENV: 'production',
      SESSION_SECRET: 'x'.repeat(32),
      JIFEN_TODAY: '2026-11-16',
      ALLOW_JIFEN_TODAY: 'true',
    });
    expect(allowed.JIFEN_TODAY).toBe('2026-11-16');
    const clock = pinnedClock('2026-11-16', Date.now());
    expect(chinaDate(clock.now())).toBe('2026-11-16');
  });

  it('requires a session secret in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(
      /SESSION_SECRET is required in production/,
    );
    expect(
      loadConfig({ NODE_ENV: 'production', SESSION_SECRET: 'x'.repeat(32) }).sessionSecret,
    ).toHaveLength(32);
  });

  it('trusts no proxy by default, and exactly the proxies TRUST_PROXY names', () => {
    expect(loadConfig({}).TRUST_PROXY).toBe(false);
    expect(loadConfig({ TRUST_PROXY: 'false' }).TRUST_PROXY).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.1, 192.168.0.0/16,::1' }).TRUST_PROXY).toEqual([
      '10.0.0.1',
      '192.168.0.0/16',
      '::1',
    ]);
    expect(loadConfig({ TRUST_PROXY: 'loopback' }).TRUST_PROXY).toEqual(['loopback']);
    expect(() => loadConfig({ TRUST_PROXY: 'true' })).toThrow(/TRUST_PROXY must be false or/);
    expect(() => loadConfig({ TRUST_PROXY: '10.0.0.0/40' })).toThrow(/TRUST_PROXY/);
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
