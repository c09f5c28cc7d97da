import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { ERRORS, ErrorCode } from '../errors/error-codes';

/** Postgres error classes caused by a client's input (bad uuid text, too long, out of range, bad date). */
const CLIENT_PG_CODES = new Set(['22P02', '22001', '22003', '22007', '22008', '22023']);
const GRAPHQL_CLIENT_CODES = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', 'BAD_REQUEST', 'PERSISTED_QUERY_NOT_FOUND', 'PERSISTED_QUERY_NOT_SUPPORTED', 'OPERATION_RESOLUTION_FAILURE']);
const LIMIT_PATTERN = /Syntax Error: .*(depth|cost|aliases|tokens|directives|Query Cost)/i;

function withMessages(formatted: GraphQLFormattedError, code: ErrorCode): GraphQLFormattedError {
  return { ...formatted, message: ERRORS[code].en, extensions: { ...formatted.extensions, code, messages: ERRORS[code] } };
}

/**
 * Every error leaves with a typed code and Korean/English messages; unknown errors become INTERNAL_SERVER_ERROR
 * with a generic message (the original is logged, never sent), and client-caused database errors become VALIDATION_FAILED.
 */
export function createFormatError(log: (err: unknown, msg: string) => void) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error) as { extensions?: Record<string, unknown>; code?: string; message?: string } | undefined;
    const code = formatted.extensions?.code as string | undefined;
    if (code && code in ERRORS && formatted.extensions?.messages) return formatted;
    if (code && GRAPHQL_CLIENT_CODES.has(code)) {
      if (LIMIT_PATTERN.test(formatted.message)) return withMessages(formatted, 'QUERY_TOO_COMPLEX');
      const syntax = formatted.message.startsWith('Syntax Error:') ? 'GRAPHQL_PARSE_FAILED' : code;
      return { ...formatted, extensions: { ...formatted.extensions, code: syntax, messages: { ko: `요청을 처리할 수 없습니다: ${formatted.message}`, en: formatted.message } } };
    }
    if (original && typeof original.code === 'string' && CLIENT_PG_CODES.has(original.code)) {
      return { message: ERRORS.VALIDATION_FAILED.en, path: formatted.path, locations: formatted.locations, extensions: { code: 'VALIDATION_FAILED', messages: ERRORS.VALIDATION_FAILED } };
    }
    log(original ?? error, 'unexpected error in a GraphQL operation');
    return { message: ERRORS.INTERNAL_SERVER_ERROR.en, path: formatted.path, locations: formatted.locations, extensions: { code: 'INTERNAL_SERVER_ERROR', messages: ERRORS.INTERNAL_SERVER_ERROR } };
  };
}
