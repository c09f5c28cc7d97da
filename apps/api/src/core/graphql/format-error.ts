import { GraphQLError, type ExecutionResult, type GraphQLFormattedError } from 'graphql';
import { ErrorCode, errorMessages, isErrorCode, uniqueConstraintError } from '../errors/error-codes';
import { RequestContext } from '../context/request-context';
import { isDatabaseUnavailable } from '../database/unavailable';

/** Postgres error classes caused by a client's input (bad uuid text, too long, out of range, bad date, bad characters). */
const CLIENT_PG_CODES = new Set(['22P02', '22001', '22003', '22007', '22008', '22023', '22021', '22P05']);
const LIMIT_PATTERN = /Syntax Error: .*(depth|cost|aliases|tokens|directives|Query Cost)/i;
const SUGGESTION = /\s*Did you mean [^?]*\?/g;

type Messages = { ko: string; en: string };
interface Classified {
  formatted: GraphQLFormattedError;
  /** HTTP status the error asks for when the operation produced no data (request-level errors). */
  status?: number;
}

interface WithCause {
  originalError?: unknown;
  errors?: unknown;
  statusCode?: number;
  code?: unknown;
  extensions?: Record<string, unknown>;
  message?: string;
}

function base(e: GraphQLError): GraphQLFormattedError {
  return { message: e.message, ...(e.locations ? { locations: e.locations } : {}), ...(e.path ? { path: e.path } : {}) };
}

function typed(
  e: GraphQLError,
  code: ErrorCode,
  messages: Messages = errorMessages(code),
  extra: Record<string, unknown> = {},
): GraphQLFormattedError {
  return { ...base(e), message: messages.en, extensions: { ...extra, code, messages } };
}

/** The error a resolver threw, below graphql's and graphql-jit's wrappers. */
function rootCause(e: GraphQLError): WithCause | undefined {
  let cur: WithCause | undefined = e.originalError as WithCause | undefined;
  while (cur && !(cur instanceof GraphQLError) && cur.originalError) cur = cur.originalError as WithCause;
  return cur;
}

/** A GraphQL-language mistake (parse, validation, limits, variables): typed, with graphql's own text in both languages. */
function languageError(e: GraphQLError): GraphQLFormattedError {
  const text = e.message.replace(SUGGESTION, '');
  if (LIMIT_PATTERN.test(text)) return typed(e, 'QUERY_TOO_COMPLEX');
  const code = text.startsWith('Syntax Error:') ? 'GRAPHQL_PARSE_FAILED' : 'GRAPHQL_VALIDATION_FAILED';
  return { ...base(e), message: text, extensions: { code, messages: { ko: `요청을 처리할 수 없습니다: ${text}`, en: text } } };
}

/**
 * Every error leaves with a typed code and Korean/English messages; unknown errors become INTERNAL_SERVER_ERROR
 * with a generic message (the original is logged, never sent), and client-caused database errors become VALIDATION_FAILED.
 */
function classify(e: GraphQLError, log: (err: unknown, msg: string) => void): Classified[] {
  const ext = e.extensions as { code?: unknown; messages?: unknown; http?: { status?: number } } | undefined;
  if (typeof ext?.code === 'string' && isErrorCode(ext.code) && ext.messages) {
    const { http, ...extensions } = e.extensions as Record<string, unknown> & { http?: { status?: number } };
    const status = http?.status && http.status >= 400 ? http.status : undefined;
    return [{ formatted: { ...base(e), extensions }, ...(status ? { status } : {}) }];
  }
  const cause = rootCause(e);
  if (cause instanceof GraphQLError && cause !== e)
    return classify(cause, log).map((c) => ({ ...c, formatted: { ...c.formatted, ...(e.path ? { path: e.path } : {}) } }));
  // Mercurius wraps parse/validation/variable errors in one 400 error with an `errors` list.
  if (cause && Array.isArray(cause.errors)) {
    return (cause.errors as Error[]).map((inner) =>
      inner instanceof GraphQLError
        ? { formatted: languageError(inner), status: 400 }
        : // the request body's shape (an array, a missing query): Fastify's schema check
          { formatted: typed(e, 'BAD_REQUEST', errorMessages('BAD_REQUEST'), { reason: inner.message }), status: 400 },
    );
  }
  // No path and no cause: graphql's own request errors — the parser refusing too many tokens, or (graphql-jit)
  // variables that do not match their types. The client's mistake.
  if (!e.path && !cause) return [{ formatted: languageError(e), status: 400 }];
  // Fastify and Mercurius request errors: bad JSON, too large, wrong media type, CSRF, method.
  const status = cause?.statusCode ?? (e as WithCause).statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    const code = status === 413 ? 'PAYLOAD_TOO_LARGE' : 'BAD_REQUEST';
    return [{ formatted: typed(e, code, errorMessages(code), { reason: String(cause?.code ?? '') }), status }];
  }
  if (cause && typeof cause.code === 'string' && CLIENT_PG_CODES.has(cause.code)) return [{ formatted: typed(e, 'VALIDATION_FAILED') }];
  // A unique or exclusion constraint a concurrent twin (or an overlapping row) won: the owning module's code.
  if (cause?.code === '23505' || cause?.code === '23P01')
    return [{ formatted: typed(e, uniqueConstraintError((cause as { constraint?: unknown }).constraint)) }];
  // A rule kept by a trigger (a closed year's records): SQLSTATE LA001, its message the module's error code.
  if (cause?.code === 'LA001') {
    const raised = (cause as { message?: string }).message ?? '';
    return [{ formatted: typed(e, isErrorCode(raised) ? raised : 'CONFLICT') }];
  }
  if (isDatabaseUnavailable(cause ?? e)) return [{ formatted: typed(e, 'SERVICE_UNAVAILABLE'), status: 503 }];
  log(cause ?? e, 'unexpected error in a GraphQL operation');
  return [{ formatted: typed(e, 'INTERNAL_SERVER_ERROR'), status: 500 }];
}

/**
 * Mercurius `errorFormatter`: typed codes, each message in the caller's language (Accept-Language; Korean by default),
 * 200 when the operation ran (errors sit beside data), 4xx for a client's request-level mistake, 500 only for our own faults.
 */
export function createErrorFormatter(log: (err: unknown, msg: string) => void) {
  return (execution: ExecutionResult & { statusCode?: number }, context: unknown): { statusCode: number; response: ExecutionResult } => {
    const lang = context instanceof RequestContext ? context.lang : 'ko';
    const classified = (execution.errors ?? []).flatMap((err) =>
      classify(err instanceof GraphQLError ? err : new GraphQLError(String((err as Error).message), { originalError: err as Error }), log),
    );
    const errors = classified.map(({ formatted }) => {
      const messages = formatted.extensions?.messages as Messages | undefined;
      return messages ? { ...formatted, message: messages[lang] } : formatted;
    });
    const requestStatus = classified.find((c) => c.status)?.status;
    // No `data` key at all: the request failed before execution (body, parse, validation, hooks) — the client's, unless we said otherwise.
    const ran = 'data' in execution;
    const statusCode = execution.data ? 200 : (requestStatus ?? (ran ? 200 : 400));
    return { statusCode, response: { data: execution.data ?? null, errors: errors as unknown as ExecutionResult['errors'] } };
  };
}
