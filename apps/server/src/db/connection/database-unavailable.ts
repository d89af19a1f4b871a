/**
 * Whether an error means "the database cannot be reached right now" (it is down, restarting or
 * dropped our connection) rather than "this request is wrong". Such errors are answered with a
 * retryable SERVICE_UNAVAILABLE (HTTP 503), never masked as an internal error.
 */

/** Socket errors from `pg`, and PostgreSQL's own codes for shutdown, start-up and lost links. */
const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
  '57P01', // admin_shutdown: terminating connection due to administrator command
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now: the database system is starting up / in recovery
  '53300', // too_many_connections
  '08000',
  '08001',
  '08003',
  '08004',
  '08006',
]);

/** `pg` and pg-pool report a lost or unobtainable connection by message only. */
const UNAVAILABLE_MESSAGES = [
  /Connection terminated/i,
  /not queryable/i,
  /timeout exceeded when trying to connect/i,
  /Client was closed and is not queryable/i,
  /Connection ended unexpectedly/i,
  /the database system is (starting up|shutting down|in recovery)/i,
  /terminating connection/i,
  /server closed the connection unexpectedly/i,
];

export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  let current: unknown = error;
  // The driver's error may sit under MikroORM's DriverException, GraphQL's originalError or a cause.
  while (current && typeof current === 'object' && !seen.has(current)) {
    seen.add(current);
    const e = current as { code?: unknown; message?: unknown; errors?: unknown };
    if (typeof e.code === 'string' && UNAVAILABLE_CODES.has(e.code)) return true;
    if (
      typeof e.message === 'string' &&
      UNAVAILABLE_MESSAGES.some((m) => m.test(e.message as string))
    )
      return true;
    // Node reports a refused dual-stack connect as an AggregateError of ECONNREFUSED.
    if (Array.isArray(e.errors) && e.errors.some((inner) => isDatabaseUnavailable(inner)))
      return true;
    current =
      (current as { originalError?: unknown }).originalError ??
      (current as { cause?: unknown }).cause;
  }
  return false;
}
