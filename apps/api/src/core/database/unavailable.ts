/** Errors that mean PostgreSQL cannot be reached or is going away, not that the request was wrong. */
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EHOSTUNREACH']);
/** SQLSTATE: connection exceptions (08…), admin/crash shutdown (57P01–57P03), cannot connect now, too many connections, query canceled (statement_timeout). */
const SQLSTATES = /^(08\d{3}|57P0[1-3]|53300|57014)$/;
const MESSAGES =
  /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|not currently accepting connections|the database system is (starting up|shutting down)/i;

/**
 * TypeORM's error for a query on a transaction whose connection was already given back: what a write meets when the
 * database went away under it (the pool released the broken connection), so it answers 503 like the others.
 */
const RELEASED = 'QueryRunnerAlreadyReleasedError';

export function isDatabaseUnavailable(err: unknown): boolean {
  for (
    let cur = err as
        { code?: unknown; message?: unknown; name?: unknown; cause?: unknown; driverError?: unknown; originalError?: unknown } | undefined,
      depth = 0;
    cur && depth < 5;
    depth++
  ) {
    if (cur.name === RELEASED) return true;
    if (typeof cur.code === 'string' && (NETWORK_CODES.has(cur.code) || SQLSTATES.test(cur.code))) return true;
    if (typeof cur.message === 'string' && MESSAGES.test(cur.message)) return true;
    cur = (cur.driverError ?? cur.originalError ?? cur.cause) as typeof cur;
  }
  return false;
}
