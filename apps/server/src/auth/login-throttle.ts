/**
 * Per-address throttle of failed log-ins, kept in memory: enough for one server process; the
 * per-account lock lives on the account row so it holds across processes.
 */
export class AddressThrottle {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly maxFailures = 20,
    private readonly windowMs = 15 * 60_000,
  ) {}

  isBlocked(address: string, now = Date.now()): boolean {
    return this.recent(address, now).length >= this.maxFailures;
  }

  recordFailure(address: string, now = Date.now()): void {
    const list = this.recent(address, now);
    list.push(now);
    this.failures.set(address, list);
  }

  recordSuccess(address: string): void {
    this.failures.delete(address);
  }

  private recent(address: string, now: number): number[] {
    return (this.failures.get(address) ?? []).filter((t) => now - t < this.windowMs);
  }
}

/** Failed attempts before an account is locked, and for how long. */
export const ACCOUNT_MAX_FAILURES = 5;
export const ACCOUNT_LOCK_MS = 15 * 60_000;
