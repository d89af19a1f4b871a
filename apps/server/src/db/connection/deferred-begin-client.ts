import { createHash } from 'node:crypto';
import pg from 'pg';

type Send = (...args: unknown[]) => unknown;

const noRows = (command: string) =>
  ({ command, rowCount: null, oid: 0, rows: [], fields: [] }) as unknown as pg.QueryResult;

/**
 * pg's `query` as a promise made here, from its callback form. pg's own promise form kept every
 * query's rows alive past the young generation's next collection (found on Node 26: a loop of
 * awaited queries with nothing kept promoted 12 MB a collection, the callback form wrapped in a
 * promise none), so each collection copied and promoted a request's rows into the old
 * generation, where only a full collection frees them: a fifth of a roster's CPU went to the
 * collector. A call that brings its own callback, or a submittable, is passed as it is.
 */
function withPromise(query: Send): Send {
  return (...args: unknown[]) => {
    // A submittable (a cursor, a stream) is its own result, as pg returns it.
    const submittable = typeof (args[0] as { submit?: unknown } | null)?.submit === 'function';
    if (submittable || args.some((arg) => typeof arg === 'function')) return query(...args);
    return new Promise((resolve, reject) => {
      const done = (error: Error | null, result: unknown) =>
        error ? reject(error) : resolve(result);
      if (args.length > 1 && args[1] !== undefined) query(args[0], args[1], done);
      else query(args[0], done);
    }).catch((error: unknown) => {
      // As pg's own promise form does: a stack that leads back to the caller, not to the socket.
      if (error instanceof Error) Error.captureStackTrace(error);
      throw error;
    });
  };
}

const withoutValues = (values: unknown) =>
  values === undefined || (Array.isArray(values) && values.length === 0);

/**
 * Marks a statement that may travel with the statement after it (see `DeferredBeginClient`): only
 * for statements whose whole effect is transaction-local settings (`set_config(…, true)`), so that
 * dropping them when the transaction ends first changes nothing.
 */
export const WITH_NEXT_STATEMENT = '/* with the next statement */ ';

/**
 * Marks a statement with bound values that is worth preparing once per connection (see
 * `DeferredBeginClient`): its text must not vary with its values, and it must be run often enough
 * for planning to matter (the ledger's facts: a nine-table union planned in about 2.5 ms).
 */
export const PREPARED = '/* prepared */ ';

/**
 * Statements prepared on one connection at most: texts vary with what a query selects, and each
 * prepared one holds memory in its PostgreSQL backend until the connection closes. Past it, a
 * marked statement runs unprepared.
 */
export const PREPARED_PER_CONNECTION = 100;

// A prepared statement's name, from its text: a text is prepared once per connection, and pg
// refuses a name used before for another text.
const preparedNames = new Map<string, string>();
function preparedName(text: string): string {
  let name = preparedNames.get(text);
  if (!name) {
    name = `jifen_${createHash('sha1').update(text).digest('hex').slice(0, 24)}`;
    if (preparedNames.size >= 256) preparedNames.clear();
    preparedNames.set(text, name);
  }
  return name;
}

// One `set_config(name, literal, true)`, the literal as MikroORM's platform inlines it.
const LOCAL_SETTING = String.raw`set_config\('[\w.]+', (?:'(?:[^']|'')*'| ?E'(?:[^'\\]|''|\\.)*'), true\)`;
/** MikroORM's scope statement: transaction-local settings only, nothing read back. */
const SCOPE = new RegExp(`^select ${LOCAL_SETTING}(?:, ${LOCAL_SETTING})*$`);

// A statement that only reads: a select (or a with … select) that names no write, lock or
// sequence step. Anything else, or any doubt (a word in a literal), counts as a write.
const READ = /^\s*(?:\/\*[^*]*\*\/\s*)*(?:select|with)\b/i;
const WRITE_WORDS =
  /\b(?:insert|update|delete|merge|copy|truncate|call|lock|share|nextval|setval|pg_advisory\w*)\b/i;
const onlyReads = (text: string) => READ.test(text) && !WRITE_WORDS.test(text);

/** The text of a call of `query`: its string, or the text of its config or submittable. */
const textOf = (arg: unknown): string | null =>
  typeof arg === 'string'
    ? arg
    : typeof (arg as { text?: unknown } | null)?.text === 'string'
      ? (arg as { text: string }).text
      : null;

/**
 * A pg client that sends a transaction's `begin` in one message with the statement after it.
 * Every request runs in a transaction whose first statement sets the caller's scope (the RLS
 * variables), so `begin` and `select set_config(…)` were two round trips where one does: on the
 * 2-core machines the bench runs on, a socket write to PostgreSQL and the wake-up it causes took
 * half a millisecond, about a tenth of the analyst's ranking page (5 statements).
 *
 * The scope that MikroORM sets right after `begin` (`select set_config(…, true), …`, exactly) waits
 * with it, so a read's first statement travels with both: a ranking page is two round trips
 * (`begin;scope;page`, `commit`) instead of three. Statements marked `WITH_NEXT_STATEMENT` (the
 * branch wall lifted and put back around a read, tenancy/bureau-wide-access.ts) wait the same way
 * for the next statement; one still waiting when its transaction commits or rolls back is dropped,
 * since ending the transaction undoes it anyway.
 *
 * Only text without bind values (MikroORM inlines its values) can share a simple-protocol message;
 * any other statement (bound values, a callback) goes behind the waiting ones, which pg sends
 * first, in order (pg's pipeline mode, db/orm-config.ts). A transaction that ends before its
 * first statement sends nothing. What PostgreSQL sees is the same sequence of statements on the
 * same connection.
 *
 * A statement with bound values that starts with `PREPARED` goes as a named statement: PostgreSQL
 * parses it once per connection and, after a few runs, keeps a generic plan instead of planning
 * it each time.
 *
 * The `commit` of a transaction that only read (every statement a select naming no write or lock)
 * is sent, and answered at once, without waiting for PostgreSQL: a signed-in query's answer then
 * goes out a round trip sooner (measured alternated with the bench's questions: a roster 3–4 %
 * sooner, one member's year 2–3 %, the ranking's first page 12–18 %).
 * Nothing it read depends on the commit, and whatever comes next on this connection is sent
 * behind it, which PostgreSQL runs in order, so the next transaction still starts after this one
 * ended. A transaction that wrote (a read that refreshed a stale summary, any mutation), or began
 * otherwise than by a plain `begin`, waits for its commit as before: what it wrote is committed
 * before anyone is told.
 */
export class DeferredBeginClient extends pg.Client {
  /** Statements waiting for the next one; `begin`, when waiting, is the first. */
  #waiting: string[] = [];
  /** Names of the statements prepared on this connection. */
  #prepared = new Set<string>();
  /** Bumped when PostgreSQL refuses a prepared statement for good (see `#watch`). */
  #generation = 0;
  /** In a transaction begun here: whether every statement sent in it only read. */
  #onlyReads: boolean | null = null;

  constructor(config?: string | pg.ClientConfig) {
    super(config);
    // Read once: a preload that wraps pg's prototype (the bench counts statements) stays in front.
    const send = withPromise(super.query.bind(this) as Send);
    this.query = ((...args: unknown[]) => this.#route(send, args)) as pg.Client['query'];
  }

  #preparedName(text: string): string | null {
    const name = this.#generation
      ? `${preparedName(text)}_${this.#generation}`
      : preparedName(text);
    if (this.#prepared.has(name)) return name;
    if (this.#prepared.size >= PREPARED_PER_CONNECTION) return null;
    this.#prepared.add(name);
    return name;
  }

  /**
   * A migration that changes what a prepared statement returns (a column's type) makes PostgreSQL
   * refuse that statement on this connection every time, until it is deallocated: "cached plan must
   * not change result type". The call fails; marked statements after it are prepared again under
   * new names, so the connection recovers instead of failing until it is closed.
   */
  #watch(result: unknown): unknown {
    return (result as Promise<unknown>).catch((error: unknown) => {
      const { code, message } = error as { code?: string; message?: string };
      if (code === '0A000' && /cached plan must not change result type/.test(message ?? ''))
        this.#generation++;
      throw error;
    });
  }

  #route(send: Send, given: unknown[]): unknown {
    const [text, values, callback] = given;
    const name =
      typeof text === 'string' && text.startsWith(PREPARED) && Array.isArray(values) && !callback
        ? this.#preparedName(text)
        : null;
    const args = name ? [{ name, text, values }] : given;
    const run = () => (name ? this.#watch(send(...args)) : send(...args));
    const plain = typeof text === 'string' && callback === undefined && withoutValues(values);
    if (plain && text === 'begin' && this.#waiting.length === 0) {
      this.#waiting.push('begin');
      this.#onlyReads = true;
      return Promise.resolve(noRows('BEGIN'));
    }
    const ends = plain && (text === 'commit' || text === 'rollback');
    if (ends) {
      const onlyReads = this.#onlyReads;
      this.#onlyReads = null;
      if (text === 'commit' && onlyReads && this.#waiting[0] !== 'begin') {
        this.#waiting = [];
        // Its failure (the connection lost) fails the next statement on this connection instead.
        (send(text) as Promise<unknown>).catch(() => undefined);
        return Promise.resolve(noRows('COMMIT'));
      }
    } else if (this.#onlyReads) {
      const sent = textOf(text);
      if (sent === null || !onlyReads(sent)) this.#onlyReads = false;
    }
    const scope = plain && this.#waiting.length === 1 && this.#waiting[0] === 'begin';
    if ((scope && SCOPE.test(text)) || (plain && text.startsWith(WITH_NEXT_STATEMENT))) {
      this.#waiting.push(text);
      return Promise.resolve(noRows('SELECT'));
    }
    if (this.#waiting.length === 0) return run();
    const waiting = this.#waiting;
    this.#waiting = [];
    if (ends) {
      // Nothing of the transaction was sent: nothing to end.
      if (waiting[0] === 'begin') return Promise.resolve(noRows(text.toUpperCase()));
      return send(text);
    }
    if (plain) {
      return (send(`${waiting.join(';')};${text}`) as Promise<pg.QueryResult[]>).then((result) => {
        // One result for each statement: the caller's are those after the waiting ones.
        const own = result.slice(waiting.length);
        return own.length === 1 ? own[0] : own;
      });
    }
    // One message before the statement; their failure is the next statement's too, which is
    // awaited and reports it.
    (send(waiting.join(';')) as Promise<unknown>).catch(() => undefined);
    return run();
  }
}
