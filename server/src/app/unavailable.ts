/**
 * Errors that mean "the database (or another service the hub needs) cannot be reached right now", not "this request is wrong": a
 * connection cut (PostgreSQL restarted, pg_terminate_backend, the network), no connection free
 * in time, or SQLite's write lock held past the busy timeout. They answer SERVICE_UNAVAILABLE
 * (nothing was stored: the transaction did not commit; the client may send the same write again).
 */
/** PostgreSQL SQLSTATE classes and codes of a lost or refused connection. */
const PG_UNAVAILABLE = /^(08|57P0[1-4]|53300)/;
const NODE_UNAVAILABLE = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'SQLITE_BUSY', 'SQLITE_LOCKED']);
const MESSAGE_UNAVAILABLE = /Connection terminated|Client has encountered a connection error|Knex: Timeout acquiring a connection|database is locked/i;

export function isDatabaseUnavailable(error: unknown): boolean {
  for (let e = error as { code?: unknown; name?: unknown; message?: unknown; cause?: unknown; previous?: unknown } | undefined, depth = 0; e && depth < 5; depth++) {
    if (e.name === 'ConnectionException' || e.name === 'KnexTimeoutError') return true;
    if (typeof e.code === 'string' && (PG_UNAVAILABLE.test(e.code) || NODE_UNAVAILABLE.has(e.code))) return true;
    if (typeof e.message === 'string' && MESSAGE_UNAVAILABLE.test(e.message)) return true;
    e = (e.previous ?? e.cause) as typeof e;
  }
  return false;
}

export const SERVICE_UNAVAILABLE_MESSAGE = 'The hub could not reach its database or storage just now. Try again in a moment.';
