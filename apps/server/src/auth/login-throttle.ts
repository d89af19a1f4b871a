import type { MikroORM } from '@mikro-orm/postgresql';
import { scopedEntityManager } from '../tenancy/scoped-entity-manager.js';

/**
 * The log-in lockout policy (README, "Log-in lockout"). A stranger must not be able to lock
 * anyone out, the administrator included, so no single address can lock an account for others:
 *
 * - per address: 20 failures in 15 minutes block that address (every account);
 * - per account and address: 5 failures in 15 minutes lock that account *for that address only*;
 *   its owner, signing in from anywhere else, is not affected;
 * - per account, across addresses: 50 failures since its last successful log-in (which takes at
 *   least 10 addresses, given the two limits above) lock the account for 15 minutes, except from
 *   addresses it signed in from in the last 30 days. This bounds distributed guessing without
 *   handing a botnet the power to lock a user out of their usual place.
 *
 * The first two are counted in `login_failure`, the third on the account row: every server process
 * counts the same failures, and the database's clock decides the window for all of them.
 */
export const ADDRESS_MAX_FAILURES = 20;
export const ACCOUNT_ADDRESS_MAX_FAILURES = 5;
export const ACCOUNT_MAX_FAILURES = 50;
export const LOCK_MS = 15 * 60_000;
export const TRUSTED_ADDRESS_DAYS = 30;

const WINDOW = `now() - interval '${LOCK_MS / 1000} seconds'`;

export class LoginThrottle {
  constructor(private readonly orm: MikroORM) {}

  /** Global table, read before any tenant scope exists: a fork without one. */
  private execute<T extends object>(sql: string, params: unknown[]): Promise<T[]> {
    return scopedEntityManager(this.orm, null).execute<T[]>(sql, params);
  }

  async addressBlocked(address: string): Promise<boolean> {
    const [row] = await this.execute<{ n: number }>(
      `select count(*)::int as n from login_failure where address = ? and failed_at > ${WINDOW}`,
      [address],
    );
    return (row?.n ?? 0) >= ADDRESS_MAX_FAILURES;
  }

  async accountLockedFor(userId: string, address: string): Promise<boolean> {
    const [row] = await this.execute<{ n: number }>(
      `select count(*)::int as n from login_failure
       where user_id = ? and address = ? and failed_at > ${WINDOW}`,
      [userId, address],
    );
    return (row?.n ?? 0) >= ACCOUNT_ADDRESS_MAX_FAILURES;
  }

  /** `userId` is null when the log-in name matched no account. Expired failures go on the way. */
  async recordFailure(address: string, userId: string | null): Promise<void> {
    await this.execute(
      `with expired as (delete from login_failure where failed_at <= ${WINDOW})
       insert into login_failure (address, user_id) values (?, ?)`,
      [address, userId],
    );
  }

  /** A successful log-in forgets the address's failures (and so the account's from there). */
  async recordSuccess(address: string): Promise<void> {
    await this.execute('delete from login_failure where address = ?', [address]);
  }
}
