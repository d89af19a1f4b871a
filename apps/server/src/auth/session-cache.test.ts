import { describe, expect, it } from 'vitest';
import type { Actor } from './actor.js';
import { Role } from './roles.js';
import { SessionCache } from './session-cache.js';

const actor = (userId = 'u1'): Actor => ({
  userId,
  bureauId: 'b1',
  sessionId: 's1',
  displayName: '张三',
  memberId: null,
  roles: [{ role: Role.SECRETARY, branchId: 'br1' }],
});
const inAnHour = () => new Date(Date.now() + 3_600_000);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('the session cache', () => {
  it('answers a checked session until its seconds are up', async () => {
    const cache = new SessionCache(40);
    cache.set('t', actor(), cache.begin(), inAnHour());
    expect(cache.get('t')?.userId).toBe('u1');
    await sleep(60);
    expect(cache.get('t')).toBeUndefined();
  });

  it('never keeps a session past its own expiry', async () => {
    const cache = new SessionCache(60_000);
    cache.set('t', actor(), cache.begin(), new Date(Date.now() + 30));
    expect(cache.get('t')).toBeDefined();
    await sleep(50);
    expect(cache.get('t')).toBeUndefined();
    cache.set('gone', actor(), cache.begin(), new Date(Date.now() - 1));
    expect(cache.get('gone')).toBeUndefined();
  });

  it('does not store a check that began before a change', () => {
    const cache = new SessionCache(60_000);
    const before = cache.begin();
    cache.set('kept', actor(), before, inAnHour());
    cache.clear();
    expect(cache.get('kept')).toBeUndefined();
    // A check that read the database before the clear would store what the change just ended.
    cache.set('stale', actor(), before, inAnHour());
    expect(cache.get('stale')).toBeUndefined();
    cache.set('fresh', actor(), cache.begin(), inAnHour());
    expect(cache.get('fresh')).toBeDefined();
  });

  it('hands out actors no request can change for another', () => {
    const cache = new SessionCache(60_000);
    cache.set('t', actor(), cache.begin(), inAnHour());
    const shared = cache.get('t')!;
    expect(() => {
      (shared.roles as unknown as unknown[]).push({ role: Role.SECRETARY, branchId: null });
    }).toThrow(TypeError);
    expect(() => {
      (shared as { displayName: string }).displayName = '李四';
    }).toThrow(TypeError);
  });

  it('is off with 0 seconds', () => {
    const cache = new SessionCache(0);
    cache.set('t', actor(), cache.begin(), inAnHour());
    expect(cache.get('t')).toBeUndefined();
  });
});
