import { LRUCache } from 'lru-cache';
import type { Actor } from '../actor.js';

/**
 * Recently checked sessions, so that a burst of requests pays the session's database check once
 * rather than on every request. An entry lives `ttlMs` at most (never past the session's own
 * expiry), and every change that could alter who a session stands for (any mutation in this
 * process: log-out, disabling an account, granting or revoking a role…) empties the cache. Every
 * other process hears of it through PostgreSQL (session-invalidation.ts) and empties its own; while
 * that channel is down the cache is suspended, so no process honours a session revoked elsewhere.
 * `ttlMs` bounds only a change made straight in the database. `ttlMs` 0 turns the cache off.
 */
export class SessionCache {
  private readonly entries: LRUCache<string, Actor> | null;
  /** Bumped on every invalidation: a check that began before one must not store its answer. */
  private generation = 0;
  /** Off until the invalidation channel listens, and again whenever it is lost. */
  private suspended = false;

  constructor(
    private readonly ttlMs: number,
    max = 10_000,
  ) {
    this.entries = ttlMs > 0 ? new LRUCache({ max, ttl: ttlMs, ttlAutopurge: false }) : null;
  }

  get(token: string): Actor | undefined {
    return this.suspended ? undefined : this.entries?.get(token);
  }

  /** The current generation, to hand back to `set` when the check it started is done. */
  begin(): number {
    return this.generation;
  }

  set(token: string, actor: Actor, generation: number, sessionExpiresAt: Date): void {
    if (!this.entries || this.suspended || generation !== this.generation) return;
    const left = sessionExpiresAt.getTime() - Date.now();
    if (left <= 0) return;
    // Shared by every request that hits it: frozen, so no resolver can change another's actor.
    for (const grant of actor.roles) Object.freeze(grant);
    Object.freeze(actor.roles);
    this.entries.set(token, Object.freeze(actor), { ttl: Math.min(left, this.ttlMs) });
  }

  /** Forgets every session: the next request of each checks the database again. */
  clear(): void {
    this.generation++;
    this.entries?.clear();
  }

  /** Forgets every session and stores none until `resume`: changes elsewhere may go unheard. */
  suspend(): void {
    this.suspended = true;
    this.clear();
  }

  resume(): void {
    this.clear();
    this.suspended = false;
  }

  get enabled(): boolean {
    return this.entries !== null;
  }

  /** On and hearing every announcement: what another cache may lean on (summary-freshness.ts). */
  get active(): boolean {
    return this.entries !== null && !this.suspended;
  }
}
