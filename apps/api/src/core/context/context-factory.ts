import type { FastifyReply, FastifyRequest } from 'fastify';
import type { RequestContext } from './request-context';

/**
 * Builds a request's context (who is calling, in which language). Core's token; the auth module provides it, so the
 * guard and GraphQL take it without importing a module.
 */
export abstract class RequestContextFactory {
  /**
   * `reply` is absent for a WebSocket's upgrade request (subscriptions). `synced`: every change committed before the
   * request is already known to this replica (LiveEvents.sync), so what was resolved since may be reused.
   */
  abstract create(req: FastifyRequest, reply?: FastifyReply, synced?: boolean): Promise<RequestContext>;
}
