import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { GraphQLSchema } from 'graphql';
import type { RequestContext } from '../context/request-context';
import type { RequestContextFactory } from '../context/context-factory';
import { logStatements } from '../database/statement-log';
import type { CachePlan, ResponseCache, Ticket } from './response-cache';

/*
 * The response cache on the HTTP path (core/graphql/response-cache.ts): before GraphQL runs, a kept answer is sent or
 * an identical request being computed is waited for; a miss runs with its statements noted; its answer is shared and
 * kept when it is sent.
 */

/** Kept on the request itself (a WeakMap keyed by requests made every request's objects outlive young-generation GC). */
interface CachedRequest extends FastifyRequest {
  lalalandContext?: RequestContext;
  lalalandPlan?: CachePlan;
  lalalandTicket?: Ticket & { key: string };
}

/** What the cache learnt of a GraphQL request's operation (its kind and root fields), if it was one. */
export function planOfRequest(req: FastifyRequest): CachePlan | undefined {
  return (req as CachedRequest).lalalandPlan;
}

/** Whether the request's answer is being computed under a ticket to keep it (a miss of the cache). */
export function missedCache(req: FastifyRequest): boolean {
  return !!(req as CachedRequest).lalalandTicket;
}

/** The context built before GraphQL ran (the cache needs to know the caller first), so it is built once. */
export function prebuiltContext(req: FastifyRequest): RequestContext | undefined {
  return (req as CachedRequest).lalalandContext;
}

/** Serves kept answers on POST /graphql before GraphQL runs, and keeps the answers it may. */
export function installResponseCache(fastify: FastifyInstance, cache: ResponseCache, contexts: RequestContextFactory): void {
  const schemaOf = () => (fastify as unknown as { graphql: { schema: GraphQLSchema } }).graphql.schema;
  fastify.addHook('preHandler', async (req: FastifyRequest, reply: FastifyReply) => {
    if (req.method !== 'POST' || req.url !== '/graphql') return;
    const body = req.body as { query?: unknown; variables?: unknown; operationName?: unknown } | null;
    if (!body || typeof body !== 'object' || typeof body.query !== 'string') return;
    const plan = cache.plan(schemaOf(), body.query, body.operationName);
    (req as CachedRequest).lalalandPlan = plan;
    if (!plan.cacheable) return;
    const known = await cache.signalsKnown();
    const ctx = await contexts.create(req, reply, known);
    const synced = known && cache.keepsAnswers;
    (req as CachedRequest).lalalandContext = ctx;
    const audience = ctx.audienceKey;
    if (!synced || !audience) return;
    const key = cache.keyOf(audience, plan, body.operationName, body.variables, body.query);
    if (!key) return;
    let found = cache.lookup(key);
    if ('shared' in found) {
      const body = await found.shared;
      if (body) return reply.header('x-lalaland-cache', 'shared').type('application/json; charset=utf-8').send(body);
      found = cache.lookup(key); // not shareable: computed here
      if ('shared' in found) return;
    }
    if ('body' in found) return reply.header('x-lalaland-cache', 'hit').type('application/json; charset=utf-8').send(found.body);
    (req as CachedRequest).lalalandTicket = { key, ...found };
  });
  // A callback hook: the rest of the request (GraphQL's execution) runs inside it, so every statement is noted.
  fastify.addHook('preHandler', (req: FastifyRequest, _reply: FastifyReply, done: () => void) => {
    const ticket = (req as CachedRequest).lalalandTicket;
    if (ticket) logStatements(ticket.log, done);
    else done();
  });
  fastify.addHook('onSend', async (req, reply, payload) => {
    const ticket = (req as CachedRequest).lalalandTicket;
    if (!ticket) return payload;
    // GraphQL's text (an answer with errors is not kept), or a SQL read's bytes (which never carry errors).
    const answer =
      typeof payload === 'string' && payload.startsWith('{"data":') && !payload.includes('"errors":')
        ? payload
        : Buffer.isBuffer(payload) && reply.getHeader('x-lalaland-read') === 'sql'
          ? payload
          : null;
    const shareable =
      reply.statusCode === 200 && !reply.getHeader('set-cookie') && !(req as CachedRequest).lalalandContext?.uncacheable && answer !== null;
    cache.finish(ticket.key, ticket, shareable ? answer : null);
    return payload;
  });
  // A request that ended without an answer (an error, the client gone) releases those waiting for it.
  fastify.addHook('onResponse', async (req) => {
    const ticket = (req as CachedRequest).lalalandTicket;
    if (ticket) cache.finish(ticket.key, ticket, null);
  });
  fastify.addHook('onRequestAbort', async (req) => {
    const ticket = (req as CachedRequest).lalalandTicket;
    if (ticket) cache.finish(ticket.key, ticket, null);
  });
}
