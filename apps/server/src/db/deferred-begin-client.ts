import pg from 'pg';

type Send = (...args: unknown[]) => unknown;

const noRows = (command: string) =>
  ({ command, rowCount: null, oid: 0, rows: [], fields: [] }) as unknown as pg.QueryResult;

const withoutValues = (values: unknown) =>
  values === undefined || (Array.isArray(values) && values.length === 0);

/**
 * A pg client that sends a transaction's `begin` in one message with the statement after it.
 * Every request runs in a transaction whose first statement sets the caller's scope (the RLS
 * variables), so `begin` and `select set_config(…)` were two round trips where one does: on the
 * 2-core machines the bench runs on, a socket write to PostgreSQL and the wake-up it causes took
 * half a millisecond, about a tenth of the analyst's ranking page (5 statements).
 *
 * Only text without bind values (MikroORM inlines its values) can share a simple-protocol message;
 * any other first statement (bound values, a cursor, a callback) goes behind a plain `begin`, which
 * pg sends first from its queue. A transaction that ends before its first statement sends nothing.
 * What PostgreSQL sees is the same transaction: `begin` still comes first, on the same connection.
 */
export class DeferredBeginClient extends pg.Client {
  #beginPending = false;

  constructor(config?: string | pg.ClientConfig) {
    super(config);
    // Read once: a preload that wraps pg's prototype (the bench counts statements) stays in front.
    const send = super.query.bind(this) as Send;
    this.query = ((...args: unknown[]) => this.#route(send, args)) as pg.Client['query'];
  }

  #route(send: Send, args: unknown[]): unknown {
    const [text, values, callback] = args;
    const plain = typeof text === 'string' && callback === undefined && withoutValues(values);
    if (plain && text === 'begin' && !this.#beginPending) {
      this.#beginPending = true;
      return Promise.resolve(noRows('BEGIN'));
    }
    if (!this.#beginPending) return send(...args);
    this.#beginPending = false;
    if (plain && (text === 'commit' || text === 'rollback'))
      return Promise.resolve(noRows(text.toUpperCase()));
    if (plain) {
      return (send(`begin;${text}`) as Promise<pg.QueryResult | pg.QueryResult[]>).then((result) =>
        // One result for each statement: the caller's are those after `begin`.
        Array.isArray(result) ? (result.length === 2 ? result[1] : result.slice(1)) : result,
      );
    }
    // Its failure is the next statement's too; that one is awaited and reports it.
    (send('begin') as Promise<unknown>).catch(() => undefined);
    return send(...args);
  }
}
