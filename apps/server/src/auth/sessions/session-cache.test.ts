import { describe, expect, it } from 'vitest';
import type { Actor } from '../actor.js';
import { Role } from '../roles.js';
import { SessionCache } from './session-cache.js';

const actor = (userId = 'u1'): Actor => ({
  userId,
  bureauId: 'b1',
  sessionId: 's1',
  displayName: '张三',
  memberId: null,
  roles: [{ role: Role.SECRETARY, branchId: 'br1' }],
  mustChangePassword: false,
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

  it('answers nothing while suspended (changes elsewhere may go unheard), and resumes empty', () => {
    const cache = new SessionCache(60_000);
    cache.set('before', actor(), cache.begin(), inAnHour());
    const started = cache.begin();
    cache.suspend();
    expect(cache.get('before')).toBeUndefined();
    cache.set('during', actor(), cache.begin(), inAnHour());
    expect(cache.get('during')).toBeUndefined();
    cache.resume();
    expect(cache.get('during')).toBeUndefined();
    // A check that began before the outage must not store what it read then.
    cache.set('late', actor(), started, inAnHour());
    expect(cache.get('late')).toBeUndefined();
    cache.set('after', actor(), cache.begin(), inAnHour());
    expect(cache.get('after')?.userId).toBe('u1');
  });

  it('is off with 0 seconds', () => {
    const cache = new SessionCache(0);
    cache.set('t', actor(), cache.begin(), inAnHour());
    expect(cache.get('t')).toBeUndefined();
  });
});
