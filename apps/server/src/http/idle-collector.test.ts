import { EventEmitter } from 'node:events';
import type { Request, Response } from 'express';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { idleCollector } from './idle-collector.js';

/** A request through the middleware; returns a function that ends it. */
function start(middleware: ReturnType<typeof idleCollector>): () => void {
  const res = new EventEmitter();
  middleware({} as Request, res as unknown as Response, () => undefined);
  return () => res.emit('close');
}

describe('the idle collector', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('collects once the server has been idle after a burst, never while requests run', () => {
    const gc = vi.fn();
    const middleware = idleCollector({ gc, idleMs: 2_000, afterRequests: 3 });
    const open = [start(middleware), start(middleware), start(middleware)];
    open[0]!();
    open[1]!();
    vi.advanceTimersByTime(5_000);
    expect(gc).not.toHaveBeenCalled(); // one request still running
    open[2]!();
    vi.advanceTimersByTime(1_999);
    expect(gc).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(gc).toHaveBeenCalledTimes(1);
  });

  it('waits again when a request arrives during the quiet period, and not for a trickle', () => {
    const gc = vi.fn();
    const middleware = idleCollector({ gc, idleMs: 2_000, afterRequests: 3 });
    for (let i = 0; i < 3; i++) start(middleware)();
    vi.advanceTimersByTime(1_500);
    const late = start(middleware);
    vi.advanceTimersByTime(5_000);
    expect(gc).not.toHaveBeenCalled();
    late();
    vi.advanceTimersByTime(2_000);
    expect(gc).toHaveBeenCalledTimes(1);
    // Fewer requests than a burst since the last collection: no new collection.
    start(middleware)();
    vi.advanceTimersByTime(10_000);
    expect(gc).toHaveBeenCalledTimes(1);
  });

  it('collects after one request that grew the memory, not after a small one', () => {
    let rss = 200 * 2 ** 20;
    // The collection gives most of it back.
    const gc = vi.fn((_options?: object) => {
      rss = 220 * 2 ** 20;
    });
    const middleware = idleCollector({ gc, idleMs: 2_000, afterRequests: 100, rss: () => rss });
    // A small request: the memory barely moves, and one request is no burst.
    const small = start(middleware);
    rss += 10 * 2 ** 20;
    small();
    vi.advanceTimersByTime(10_000);
    expect(gc).not.toHaveBeenCalled();
    // A what-if of the whole bureau: hundreds of megabytes, then quiet.
    const large = start(middleware);
    rss += 400 * 2 ** 20;
    large();
    vi.advanceTimersByTime(1_999);
    expect(gc).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(gc).toHaveBeenCalledTimes(1);
    // What the collection kept is the new baseline: growing from there counts, not from before.
    const next = start(middleware);
    rss += 20 * 2 ** 20;
    next();
    vi.advanceTimersByTime(10_000);
    expect(gc).toHaveBeenCalledTimes(1);
    const another = start(middleware);
    rss += 100 * 2 ** 20;
    another();
    vi.advanceTimersByTime(2_000);
    expect(gc).toHaveBeenCalledTimes(2);
  });

  it('follows a collection that gave nothing back with a last-resort one, which empties the page pool', () => {
    let rss = 200 * 2 ** 20;
    // V8 keeps the freed pages pooled: a full collection leaves the resident memory where it was,
    // only a last-resort one returns them.
    const gc = vi.fn((options?: { flavor?: string }) => {
      if (options?.flavor === 'last-resort') rss = 240 * 2 ** 20;
    });
    const middleware = idleCollector({ gc, idleMs: 2_000, afterRequests: 100, rss: () => rss });
    const large = start(middleware);
    rss += 700 * 2 ** 20;
    large();
    vi.advanceTimersByTime(2_000);
    expect(gc.mock.calls).toEqual([
      [],
      [{ type: 'major', execution: 'sync', flavor: 'last-resort' }],
    ]);
    expect(rss).toBe(240 * 2 ** 20);
    // After a burst that the full collection does give back, no second collection.
    gc.mockImplementation(() => {
      rss = 250 * 2 ** 20;
    });
    for (let i = 0; i < 100; i++) start(middleware)();
    rss += 30 * 2 ** 20;
    vi.advanceTimersByTime(2_000);
    expect(gc).toHaveBeenCalledTimes(3);
    expect(gc.mock.calls[2]).toEqual([]);
  });

  it('empties the pool after a burst that leaves the memory well above where it rested', () => {
    let rss = 170 * 2 ** 20;
    const gc = vi.fn((options?: { flavor?: string }) => {
      if (options?.flavor === 'last-resort') rss = 175 * 2 ** 20;
    });
    const middleware = idleCollector({ gc, idleMs: 2_000, afterRequests: 100, rss: () => rss });
    // Ten analysts for twenty seconds: 55 MB pooled, less than one large request's 64 MB.
    for (let i = 0; i < 100; i++) start(middleware)();
    rss += 55 * 2 ** 20;
    vi.advanceTimersByTime(2_000);
    expect(gc.mock.calls).toEqual([
      [],
      [{ type: 'major', execution: 'sync', flavor: 'last-resort' }],
    ]);
    expect(rss).toBe(175 * 2 ** 20);
    // A burst that leaves a little more than before: the full collection alone.
    for (let i = 0; i < 100; i++) start(middleware)();
    rss += 20 * 2 ** 20;
    vi.advanceTimersByTime(2_000);
    expect(gc.mock.calls.slice(2)).toEqual([[]]);
  });
});
