import pretty from 'pino-pretty';

/**
 * What an error may say in a log: its kind, message, SQLSTATE and constraint, and stack, never the SQL parameters,
 * the row values PostgreSQL quotes back ("Key (email)=(…)"), or a request body. Values in quotes are masked.
 */
export function safeError(err: unknown): Record<string, unknown> {
  if (!(err instanceof Error) && (typeof err !== 'object' || err === null)) return { message: String(err) };
  const e = err as Error & {
    code?: unknown;
    constraint?: unknown;
    table?: unknown;
    driverError?: { code?: unknown; constraint?: unknown };
    extensions?: { code?: unknown };
  };
  const mask = (s: string | undefined) => s?.replace(/"[^"]*"|'[^']*'|\([^()]*\)=\([^()]*\)/g, '"…"');
  return {
    type: e.constructor?.name ?? 'Error',
    message: mask(e.message),
    code: e.code ?? e.driverError?.code ?? e.extensions?.code,
    constraint: e.constraint ?? e.driverError?.constraint,
    table: e.table,
    stack: mask(e.stack),
  };
}

/** Log fields that carry credentials or personal data, masked wherever they appear in a log line. */
export const REDACTED_PATHS = [
  'req.headers.cookie',
  'req.headers.authorization',
  'res.headers["set-cookie"]',
  'req.body',
  '*.password',
  '*.token',
  '*.acceptUrl',
  '*.parameters',
];

/** Readable lines for a terminal (`npm start`): time, level, the request or the message; the same fields as JSON otherwise. */
export function prettyLog() {
  return pretty({
    colorize: true,
    translateTime: 'SYS:HH:MM:ss',
    ignore: 'pid,hostname,req,res,responseTime,context',
    messageFormat: '{if req.method}{req.method} {req.url} → {res.statusCode} ({responseTime} ms) {end}{if context}[{context}] {end}{msg}',
    sync: true,
  });
}
