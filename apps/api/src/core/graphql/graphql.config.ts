import { MercuriusDriver, MercuriusDriverConfig } from '@nestjs/mercurius';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Logger } from '@nestjs/common';
import { RequestContextFactory } from '../context/context-factory';
import { createErrorFormatter } from './format-error';
import { introspectionGate, rejectJsonQueries } from './hooks';
import { costGate } from './query-cost';
import { prebuiltContext } from './response-cache.http';
import type { LiveEvents } from '../live/live-events';
import type { LiveSockets } from '../live/live-sockets';

/**
 * Query limits (GraphQL Armor's validation rules): depth, aliases, directives. Tokens are limited by graphql's own
 * parser (below); cost, which depends on the variables (page limits), is counted per request (query-cost.ts). Mercurius caches a query's parse and validation, so the rules run once per distinct query text.
 */
export const LIMIT_RULES = [maxDepthRule({ n: 8 }), maxAliasesRule({ n: 15 }), maxDirectivesRule({ n: 20 })];

const logger = new Logger('GraphQL');

/** A WebSocket may open from our own pages (or a client that sends no Origin: a server, a test). */
export function sameOrigin(origin: string | undefined, host: string | string[] | undefined): boolean {
  if (!origin) return true;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

/** Mercurius on Fastify with graphql-jit: chosen by measurement (docs/adr/0002-graphql-server-driver.md). */
export function graphqlOptions(contexts: RequestContextFactory, live: LiveEvents, sockets: LiveSockets): MercuriusDriverConfig {
  return {
    driver: MercuriusDriver,
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    graphiql: false,
    // Compile a query to JavaScript with graphql-jit from its second run on.
    jit: 1,
    // Blocks simple (form-like) requests: a POST needs application/json or a preflight header, as does a GET.
    csrfPrevention: {
      allowedContentTypes: ['application/json', 'application/graphql'],
      requiredHeaders: ['apollo-require-preflight', 'x-lalaland-preflight'],
    },
    allowBatchedQueries: false,
    graphql: { parseOptions: { maxTokens: 2000 } },
    validationRules: LIMIT_RULES,
    fieldResolverEnhancers: ['guards'],
    // The response cache may have built it already (it needs to know the caller before GraphQL runs).
    context: (req: FastifyRequest, reply: FastifyReply) => prebuiltContext(req) ?? contexts.create(req, reply),
    // Subscriptions over WebSocket (graphql-ws), signed in by the session cookie of the upgrade request; messages
    // cross replicas through PostgreSQL (LiveEvents). A page of another site cannot open one (Origin must be ours).
    subscription: {
      emitter: live.emitter,
      fullWsTransport: false,
      verifyClient: (
        info: { origin?: string; req: { headers: Record<string, string | string[] | undefined> } },
        next: (ok: boolean, code?: number) => void,
      ) => next(sameOrigin(info.origin, info.req.headers.host), 403),
      // Only a signed-in session keeps its socket (4401 otherwise), a few per session and address (4429); sign-out closes them.
      context: async (socket: Parameters<LiveSockets['admit']>[0], req: FastifyRequest) => {
        const requestContext = await contexts.create(req);
        sockets.admit(socket, requestContext);
        return { requestContext };
      },
      keepAlive: 25_000,
    },
    hooks: {
      preParsing: rejectJsonQueries,
      preExecution: async (schema, document, context, variables) => {
        await introspectionGate(schema, document, context);
        costGate(schema, document, context, variables);
      },
    },
    errorFormatter: createErrorFormatter((err, msg) => logger.error({ err }, msg)) as MercuriusDriverConfig['errorFormatter'],
  };
}
