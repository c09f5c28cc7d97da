import type { FastifyInstance, FastifyRequest } from 'fastify';

/** The GraphQL-over-HTTP media types, the draft's first. */
export const GRAPHQL_RESPONSE = 'application/graphql-response+json';
const JSON_MEDIA = 'application/json';

/**
 * Which media type answers a request (GraphQL over HTTP, working draft): `application/graphql-response+json` when
 * the client names it and prefers it at least as much as `application/json`; `application/json` otherwise — for
 * clients that accept only it, anything (`*∕*`), or say nothing (legacy clients, as the draft asks).
 */
export function negotiate(accept: string | undefined): 'graphql-response' | 'json' {
  if (!accept) return 'json';
  let best: { media: 'graphql-response' | 'json'; q: number } | null = null;
  for (const part of accept.split(',')) {
    const [type = '', ...params] = part.trim().toLowerCase().split(';');
    const q = Number(
      params
        .map((p) => p.trim())
        .find((p) => p.startsWith('q='))
        ?.slice(2) ?? 1,
    );
    const media =
      type === GRAPHQL_RESPONSE ? 'graphql-response' : type === JSON_MEDIA || type === '*/*' || type === 'application/*' ? 'json' : null;
    if (media && Number.isFinite(q) && q > 0 && (!best || q > best.q || (q === best.q && media === 'graphql-response')))
      best = { media, q };
  }
  return best?.media ?? 'json';
}

/** Errors that mean the request never executed: it could not be parsed, validated or its variables coerced. */
const REQUEST_ERRORS = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'QUERY_TOO_COMPLEX', 'QUERY_TOO_LONG']);

const isGraphql = (req: FastifyRequest) => req.url === '/graphql' || req.url.startsWith('/graphql?');

/**
 * GraphQL over HTTP as the working draft asks (the graphql-http audit is a test): a null `extensions` is accepted;
 * a body that is not JSON stays a 400 (it is not a GraphQL request at all);
 * the answer's media type follows the Accept header; a request that never executed (parse, validation, variables)
 * answers 400 without a `data` entry under `application/graphql-response+json`, and 200 under plain
 * `application/json` (what legacy clients expect). Introspection stays refused to all but platform admins, and the
 * CSRF rule stays as it is.
 */
export function installGraphqlOverHttp(fastify: FastifyInstance): void {
  fastify.addHook('preValidation', async (req) => {
    const body = req.body as { extensions?: unknown } | null | undefined;
    if (isGraphql(req) && body && typeof body === 'object' && body.extensions === null) delete body.extensions;
  });
  fastify.addHook('onSend', async (req, reply, payload) => {
    if (!isGraphql(req) || req.method === 'OPTIONS') return payload;
    const type = String(reply.getHeader('content-type') ?? '');
    if (!type.startsWith(JSON_MEDIA)) return payload;
    const media = negotiate(req.headers.accept);
    if (media === 'graphql-response') reply.header('content-type', `${GRAPHQL_RESPONSE}; charset=utf-8`);
    if (reply.statusCode < 400 || reply.statusCode >= 500 || typeof payload !== 'string') return payload;
    let body: { data?: unknown; errors?: Array<{ extensions?: { code?: unknown } }> };
    try {
      body = JSON.parse(payload) as typeof body;
    } catch {
      return payload;
    }
    const unexecuted =
      !!body.errors?.length &&
      (body.data === null || body.data === undefined) &&
      body.errors.every((e) => REQUEST_ERRORS.has(String(e.extensions?.code)));
    if (!unexecuted) return payload;
    if (media === 'json') {
      reply.code(200);
      return payload;
    }
    delete body.data;
    return JSON.stringify(body);
  });
}
