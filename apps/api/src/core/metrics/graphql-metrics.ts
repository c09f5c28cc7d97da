import type { FastifyInstance, FastifyRequest } from 'fastify';
import { missedCache, planOfRequest } from '../graphql/response-cache.http';
import type { Metrics } from './metrics';

/** Error answers larger than this are counted under one code (UNREAD) rather than parsed. */
const MAX_PARSED_ERROR_BYTES = 64 * 1024;
const CODES = Symbol('graphqlErrorCodes');
/** Answers that refuse a sign-in (staff: password, second factor; the rate limits' 429 is counted on its own). */
const SIGN_IN_REFUSALS = new Set(['INVALID_CREDENTIALS', 'SECOND_FACTOR_INVALID', 'SECOND_FACTOR_LOCKED', 'SECOND_FACTOR_EXPIRED']);
type WithCodes = FastifyRequest & { [CODES]?: string[] };

/** Typed codes of an answer's errors (schema-defined strings; anything else counts as UNKNOWN). */
function errorCodes(payload: string): string[] {
  if (payload.length > MAX_PARSED_ERROR_BYTES) return ['UNREAD'];
  try {
    const errors = (JSON.parse(payload) as { errors?: Array<{ extensions?: { code?: unknown } }> }).errors ?? [];
    return [
      ...new Set(
        errors.map((e) =>
          typeof e.extensions?.code === 'string' && /^[A-Z_]{1,60}$/.test(e.extensions.code) ? e.extensions.code : 'UNKNOWN',
        ),
      ),
    ];
  } catch {
    return ['UNKNOWN'];
  }
}

/** Every GraphQL request over HTTP is timed and its errors counted, by its root fields (Metrics.operationLabel). */
export function installGraphqlMetrics(fastify: FastifyInstance, metrics: Metrics): void {
  fastify.addHook('onSend', async (req, _reply, payload) => {
    if (typeof payload === 'string' && req.url.startsWith('/graphql') && payload.includes('"errors":'))
      (req as WithCodes)[CODES] = errorCodes(payload);
    return payload;
  });
  fastify.addHook('onResponse', async (req, reply) => {
    if (!req.url.startsWith('/graphql') || req.method === 'OPTIONS') return;
    const plan = planOfRequest(req);
    const operation = metrics.operationLabel(plan?.rootFields ?? []);
    const codes = (req as WithCodes)[CODES] ?? (reply.statusCode >= 400 ? [`HTTP_${reply.statusCode}`] : []);
    const answered = reply.getHeader('x-lalaland-cache');
    const cache = answered === 'hit' || answered === 'shared' ? answered : missedCache(req) ? 'miss' : 'none';
    metrics.graphqlDuration.observe(
      { operation, kind: plan?.kind ?? 'invalid', outcome: codes.length ? 'error' : 'ok', cache },
      reply.elapsedTime / 1000,
    );
    for (const code of codes) {
      metrics.graphqlErrors.inc({ operation, code });
      if (SIGN_IN_REFUSALS.has(code)) metrics.signInRefusals.inc({ reason: code });
    }
  });
  // Every refusal by a rate limit, whichever route and limit answered it.
  fastify.addHook('onResponse', async (req, reply) => {
    if (reply.statusCode === 429) metrics.rateLimited.inc({ route: routeFamily(req.url) });
  });
}

/** The first segment of a path, among the app's own (anything else is "other"): no caller-chosen text in a label. */
const FAMILIES = new Set(['graphql', 'apply', 'my', 'catalogue', 'documents', 'exports', 'health']);
function routeFamily(url: string): string {
  const first = url.split(/[/?#]/)[1] ?? '';
  return FAMILIES.has(first) ? first : 'other';
}
