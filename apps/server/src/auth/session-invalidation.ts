import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { Logger } from 'pino';
import type { SessionCache } from './session-cache.js';

/** The PostgreSQL channel on which a process says "sessions may have changed". */
export const SESSION_CHANNEL = 'jifen_sessions';
/** Names the listening connection in pg_stat_activity (and lets the tests find it). */
export const LISTENER_APPLICATION_NAME = 'jifen-session-listener';

const RETRY_MIN_MS = 250;
/** How long an announcement waits to hear itself back (below). */
const ECHO_TIMEOUT_MS = 1_000;
const RETRY_MAX_MS = 5_000;

/**
 * Keeps every server process's session cache honest. After each mutation a process empties its
 * own cache and NOTIFYs the others through PostgreSQL; each process LISTENs on one connection of
 * its own and empties its cache when told. A lost connection (the database restarting, a killed
 * backend) suspends the cache, since notifications sent meanwhile are lost, and the listener
 * reconnects by itself with a growing pause; once it listens again the cache resumes, empty.
 * No new infrastructure: the database every process already uses carries the messages.
 */
export class SessionInvalidation {
  /** The connection being opened or listening; events from any older one are ignored. */
  private client: pg.Client | null = null;
  private timer: NodeJS.Timeout | null = null;
  private retryMs = RETRY_MIN_MS;
  private stopped = false;
  private lost = false;
  private listening = false;
  /** Announcements waiting to hear themselves back, by payload. */
  private readonly echoes = new Map<string, () => void>();

  constructor(
    private readonly url: string,
    private readonly cache: SessionCache,
    private readonly log: Logger,
    /** Sends the notification; the ORM's pool, so it never waits on the listener. */
    private readonly notify: (sql: string) => Promise<unknown>,
  ) {}

  /** Starts listening; the cache stays suspended until the first LISTEN succeeds. */
  start(): void {
    if (!this.cache.enabled) return;
    this.cache.suspend();
    void this.connect();
  }

  /**
   * Tells every process (this one included) to forget its checked sessions. PostgreSQL signals
   * every listener at once when the notification commits, but each forwards it a moment later;
   * waiting until this process hears its own announcement back (at most a second) means the
   * mutation's answer leaves only after the others were told too, so the client's next request,
   * to any process, finds the session gone.
   */
  async announce(): Promise<void> {
    this.cache.clear();
    if (!this.cache.enabled) return;
    const id = randomUUID();
    let timer: NodeJS.Timeout | undefined;
    const echoed = this.listening
      ? new Promise<void>((resolve) => {
          this.echoes.set(id, resolve);
          timer = setTimeout(resolve, ECHO_TIMEOUT_MS);
        })
      : Promise.resolve();
    try {
      await this.notify(`select pg_notify('${SESSION_CHANNEL}', '${id}')`);
      await echoed;
    } catch (error) {
      // The change itself is committed; a process that misses this forgets within the cache's
      // seconds, and a database outage suspends every listener's cache anyway.
      this.log.warn({ err: error }, 'could not announce a session change');
    } finally {
      clearTimeout(timer);
      this.echoes.delete(id);
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.listening = false;
    if (this.timer) clearTimeout(this.timer);
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    this.timer = null;
    if (this.stopped) return;
    const client = new pg.Client({
      connectionString: this.url,
      application_name: LISTENER_APPLICATION_NAME,
      connectionTimeoutMillis: 5_000,
      keepAlive: true,
    });
    this.client = client;
    client.on('notification', (message) => {
      this.cache.clear();
      this.echoes.get(message.payload ?? '')?.();
    });
    client.on('error', () => this.onLost(client));
    client.on('end', () => this.onLost(client));
    try {
      await client.connect();
      await client.query(`listen ${SESSION_CHANNEL}`);
    } catch (error) {
      if (!this.lost)
        this.log.warn(
          { error: error instanceof Error ? error.message : String(error) },
          'session listener cannot connect; checking every session in the database meanwhile',
        );
      this.lost = true;
      this.onLost(client);
      return;
    }
    if (this.stopped || client !== this.client) return;
    this.retryMs = RETRY_MIN_MS;
    if (this.lost) this.log.info('session listener connected again; session cache resumed');
    this.lost = false;
    this.listening = true;
    this.cache.resume();
  }

  private onLost(client: pg.Client): void {
    if (client !== this.client) return;
    this.client = null;
    this.listening = false;
    // Nobody will hear the pending announcements now: let them go.
    for (const release of this.echoes.values()) release();
    this.cache.suspend();
    client.removeAllListeners('end');
    client.on('error', () => undefined);
    void client.end().catch(() => undefined);
    if (this.stopped) return;
    if (!this.lost)
      this.log.warn(
        'session listener lost its connection; reconnecting, sessions checked meanwhile',
      );
    this.lost = true;
    this.timer = setTimeout(() => void this.connect(), this.retryMs);
    this.timer.unref();
    this.retryMs = Math.min(this.retryMs * 2, RETRY_MAX_MS);
  }
}
