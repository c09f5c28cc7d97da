import { Injectable } from '@nestjs/common';
import type { Request, Response } from 'express';
import { randomUUID } from 'node:crypto';
import { RequestContext } from '../../core/context/request-context';
import { SESSION_COOKIE, SessionService } from './session.service';

/** Builds the request context once per GraphQL request from the session cookie. */
@Injectable()
export class ContextFactory {
  constructor(private readonly sessions: SessionService) {}

  async create(req: Request, res: Response): Promise<RequestContext> {
    // pino-http has already given the request an id (a valid X-Request-Id header, or a new UUID).
    const requestId = typeof (req as { id?: unknown }).id === 'string' ? (req as unknown as { id: string }).id : randomUUID();
    const lang = /^en\b/i.test(req.headers['accept-language'] ?? '') ? 'en' : 'ko';
    const token = (req.cookies as Record<string, string> | undefined)?.[SESSION_COOKIE];
    const resolved = token && token.length <= 100 ? await this.sessions.resolve(token) : null;
    const session = resolved === 'expired' ? null : resolved;
    if (resolved === 'expired') this.sessions.clearCookie(res);
    return new RequestContext(requestId, lang, session, req.ip ?? null, req.headers['user-agent'] ?? null, req, res, resolved === 'expired');
  }
}
