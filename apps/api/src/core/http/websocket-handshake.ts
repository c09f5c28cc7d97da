import type { FastifyInstance } from 'fastify';
import { sameOrigin } from '../graphql/graphql.config';

/**
 * A browser cannot add headers to a WebSocket handshake, so it can never meet the preflight-header rule that guards
 * GraphQL GETs against cross-site requests. The handshake is guarded by its Origin instead (our own pages only, checked
 * here and again by the subscription server's verifyClient), and a same-origin handshake is marked so Mercurius's GET
 * rule lets it through. A page cannot forge `Upgrade: websocket` on an ordinary request.
 */
export function installWebSocketHandshake(fastify: FastifyInstance): void {
  fastify.addHook('onRequest', async (req) => {
    if (!req.url.startsWith('/graphql') || String(req.headers.upgrade ?? '').toLowerCase() !== 'websocket') return;
    if (sameOrigin(req.headers.origin, req.headers.host)) req.headers['x-lalaland-preflight'] = 'websocket';
  });
}
