import type { FastifyRequest } from 'fastify';
import type { SessionInfo } from './request-context';

/**
 * Credentials of machines (API keys), sent as `Authorization: Bearer <token>`. Core's token; the api-keys module
 * provides it, so the auth module's context factory resolves a key without importing that module.
 */
export abstract class MachineCredentials {
  /** The key's principal, or 'invalid' for a token that is unknown, expired or revoked (never a session). */
  abstract authenticate(req: FastifyRequest, token: string): Promise<SessionInfo | 'invalid'>;
}

/** The bearer token of a request, if it sends one (malformed ones too: they are refused, never ignored). */
export function bearerToken(req: FastifyRequest): string | null {
  const header = req.headers.authorization;
  if (typeof header !== 'string' || !/^Bearer(\s|$)/i.test(header)) return null;
  return header.slice(6).trim().slice(0, 300);
}
