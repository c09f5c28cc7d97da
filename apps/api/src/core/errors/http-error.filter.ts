import { ArgumentsHost, Catch, ExceptionFilter } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from './app-error';
import { ErrorCode, errorMessages } from './error-codes';
import { languageOf } from '../context/request-context';

/** HTTP status of a typed error on a plain HTTP route (GraphQL answers carry the code in the body instead). */
export function httpStatusOf(code: string): number {
  if (code === 'UNAUTHENTICATED' || code === 'SESSION_EXPIRED' || code === 'API_KEY_INVALID') return 401;
  if (code === 'FORBIDDEN') return 403;
  if (code.endsWith('_NOT_FOUND')) return 404;
  if (
    code === 'IMPORT_TOO_LARGE' ||
    code === 'IMPORT_TOO_LARGE_UNCOMPRESSED' ||
    code === 'DOCUMENT_TOO_LARGE' ||
    code === 'DOCUMENT_QUOTA_EXCEEDED' ||
    code === 'DOCUMENT_ARCHIVE_TOO_LARGE'
  )
    return 413;
  if (code === 'DOCUMENT_TYPE_NOT_ALLOWED' || code === 'DOCUMENT_TYPE_MISMATCH') return 415;
  if (code === 'IMPORT_BUSY' || code === 'TOO_MANY_REQUESTS') return 429;
  if (code === 'SERVICE_UNAVAILABLE') return 503;
  if (code === 'INTERNAL_SERVER_ERROR') return 500;
  return 400;
}

/** The one shape of a refused request: GraphQL's, with a typed code and both languages (message in the caller's). */
export function errorBody(
  acceptLanguage: string | undefined,
  code: ErrorCode,
  messages: { ko: string; en: string } = errorMessages(code),
  extra: Record<string, unknown> = {},
) {
  return { data: null, errors: [{ message: messages[languageOf(acceptLanguage)], extensions: { code, messages, ...extra } }] };
}

/**
 * AppError on HTTP routes (downloads): the GraphQL error shape, the status from the code, the message in the
 * caller's language. In GraphQL the error passes through to the error formatter unchanged.
 */
@Catch(AppError)
export class HttpAppErrorFilter implements ExceptionFilter {
  catch(error: AppError, host: ArgumentsHost): unknown {
    if (host.getType<string>() !== 'http') return error;
    const http = host.switchToHttp();
    const req = http.getRequest<FastifyRequest>();
    return http
      .getResponse<FastifyReply>()
      .status(httpStatusOf(error.code))
      .send(errorBody(req.headers['accept-language'], error.code, error.extensions.messages as { ko: string; en: string }));
  }
}
