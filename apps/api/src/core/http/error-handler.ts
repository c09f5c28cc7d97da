import type { FastifyError, FastifyInstance } from 'fastify';
import { AppError } from '../errors/app-error';
import { ErrorCode, errorMessages } from '../errors/error-codes';
import { errorBody, httpStatusOf } from '../errors/http-error.filter';
import { isDatabaseUnavailable } from '../database/unavailable';

/**
 * The last word on any error outside Nest's routes (GraphQL's context, rate limits, body parsing, static files):
 * always the GraphQL error shape with a typed code and ko/en messages, never internals (no addresses, no stack).
 * PostgreSQL unreachable → 503 SERVICE_UNAVAILABLE; a client's mistake → its 4xx; anything else → 500, logged.
 */
/** A client's mistake named by a status: Fastify's (`statusCode`) or Nest's (`getStatus()`, e.g. its body parser's "forbidden prototype property"). */
function clientStatus(error: unknown): number | null {
  const e = error as { statusCode?: unknown; getStatus?: () => unknown };
  const status = typeof e.statusCode === 'number' ? e.statusCode : typeof e.getStatus === 'function' ? e.getStatus() : null;
  return typeof status === 'number' && status >= 400 && status < 500 ? status : null;
}

export function installErrorHandler(fastify: FastifyInstance, log: (err: unknown) => void): void {
  fastify.setErrorHandler((error: FastifyError | AppError, req, reply) => {
    let code: ErrorCode;
    let status: number;
    let extra: Record<string, unknown> = {};
    if (error instanceof AppError) {
      code = error.code;
      const http = (error.extensions.http as { status?: number } | undefined)?.status;
      status = http && http >= 400 ? http : httpStatusOf(code);
      extra = Object.fromEntries(Object.entries(error.extensions).filter(([k]) => !['code', 'messages', 'http'].includes(k)));
    } else if (isDatabaseUnavailable(error)) {
      code = 'SERVICE_UNAVAILABLE';
      status = 503;
      reply.header('retry-after', '5');
    } else if (clientStatus(error) !== null) {
      status = clientStatus(error)!;
      code = status === 413 ? 'PAYLOAD_TOO_LARGE' : status === 429 ? 'TOO_MANY_REQUESTS' : 'BAD_REQUEST';
    } else {
      log(error);
      code = 'INTERNAL_SERVER_ERROR';
      status = 500;
    }
    const messages = error instanceof AppError ? (error.extensions.messages as { ko: string; en: string }) : errorMessages(code);
    void reply.status(status).send(errorBody(req.headers['accept-language'], code, messages, extra));
  });
}
