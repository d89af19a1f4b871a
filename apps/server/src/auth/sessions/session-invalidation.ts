import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { Logger } from 'pino';
import type { SessionCache } from './session-cache.js';

/** The PostgreSQL channel on which a process says "sessions may have changed". */
export const SESSION_CHANNEL = 'jifen_sessions';
/** Names the listening connection in pg_stat_activity (and lets the tests find it). */
export const LISTENER_APPLICATION_NAME = 'jifen-session-listener';

const RETRY_MIN_MS = 250;
/** How long an announcement waits for every listener to confirm it (below). */
const ECHO_TIMEOUT_MS = 1_000;
/** Marks a listener's confirmation of an announcement on the channel. */
const ACK = 'ack:';
const RETRY_MAX_MS = 5_000;

type Waiting = { heard: number; needed: number; done: () => void };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

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
  /** Announcements waiting for their confirmations, by payload. */
  private readonly waiting = new Map<string, Waiting>();

  constructor(
    private readonly url: string,
    private readonly cache: SessionCache,
    private readonly log: Logger,
    /** Runs one statement on the ORM's pool (never on the listener), answering its rows. */
    private readonly notify: (sql: string) => Promise<readonly Record<string, unknown>[]>,
  ) {}

  /** Starts listening; the cache stays suspended until the first LISTEN succeeds. */
  start(): void {
    if (!this.cache.enabled) return;
    this.cache.suspend();
    void this.connect();
  }

  /**
   * Tells every process (this one included) to forget its checked sessions, and returns once each
   * listening process has: every listener empties its cache, then confirms on the channel, and
   * the announcement counts the confirmations against the listeners PostgreSQL knows of (read in
   * the same statement as the notification). So the mutation's answer leaves only after every
   * other process forgot, and the client's next request, to any process, finds the session gone.
   * A listener that does not confirm within a second (a process stuck or dying) is not waited for.
   */
  async announce(): Promise<void> {
    this.cache.clear();
    if (!this.cache.enabled) return;
    const id = randomUUID();
    let timer: NodeJS.Timeout | undefined;
    let waiting: Waiting | undefined;
    const confirmed = this.listening
      ? new Promise<void>((resolve) => {
          waiting = { heard: 0, needed: Infinity, done: resolve };
          this.waiting.set(id, waiting);
          timer = setTimeout(resolve, ECHO_TIMEOUT_MS);
        })
      : Promise.resolve();
    try {
      const [row] = await this.notify(
        `select pg_notify('${SESSION_CHANNEL}', '${id}'), (select count(*)::int from pg_stat_activity
           where application_name = '${LISTENER_APPLICATION_NAME}'
             and datname = current_database()) as listeners`,
      );
      if (waiting) {
        waiting.needed = Number(row?.['listeners'] ?? 1);
        if (waiting.heard >= waiting.needed) waiting.done();
      }
      await confirmed;
    } catch (error) {
      // The change itself is committed; a process that misses this forgets within the cache's
      // seconds, and a database outage suspends every listener's cache anyway.
      this.log.warn({ err: error }, 'could not announce a session change');
    } finally {
      clearTimeout(timer);
      this.waiting.delete(id);
    }
  }

  /** One listener (this process's own echo, or another's confirmation) has forgotten. */
  private heard(id: string): void {
    const waiting = this.waiting.get(id);
    if (!waiting) return;
    waiting.heard += 1;
    if (waiting.heard >= waiting.needed) waiting.done();
  }

  /** A message on the channel: an announcement (forget, then confirm) or a confirmation. */
  private onMessage(payload: string): void {
    if (payload.startsWith(ACK)) {
      this.heard(payload.slice(ACK.length));
      return;
    }
    this.cache.clear();
    if (this.waiting.has(payload)) {
      this.heard(payload);
      return;
    }
    // Payloads are our own UUIDs; anything else on the channel is not confirmed.
    if (!UUID.test(payload)) return;
    this.notify(`select pg_notify('${SESSION_CHANNEL}', '${ACK}${payload}')`).catch(
      (error: unknown) => this.log.warn({ err: error }, 'could not confirm a session change'),
    );
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
    client.on('notification', (message) => this.onMessage(message.payload ?? ''));
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
    for (const waiting of this.waiting.values()) waiting.done();
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
