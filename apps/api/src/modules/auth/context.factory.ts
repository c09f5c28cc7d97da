import { Injectable, Optional } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { RequestContext, languageOf } from '../../core/context/request-context';
import { RequestContextFactory } from '../../core/context/context-factory';
import { MachineCredentials, bearerToken } from '../../core/context/machine-credentials';
import { SESSION_COOKIE, UserSessionService } from './user-session.service';

/** Builds the request context once per GraphQL request from the session cookie. */
@Injectable()
export class ContextFactory implements RequestContextFactory {
  constructor(
    private readonly sessions: UserSessionService,
    @Optional() private readonly machines?: MachineCredentials,
  ) {}

  async create(req: FastifyRequest, res?: FastifyReply, synced = false): Promise<RequestContext> {
    // req.id: a valid X-Request-Id header, or a new UUID (app.factory.ts, genReqId).
    // A machine's API key (Authorization: Bearer) decides alone: a cookie beside it is ignored.
    const bearer = bearerToken(req);
    if (bearer !== null) {
      const principal = this.machines ? await this.machines.authenticate(req, bearer) : 'invalid';
      const ctx = new RequestContext(
        req.id,
        languageOf(req.headers['accept-language']),
        principal === 'invalid' ? null : principal,
        req.ip ?? null,
        req.headers['user-agent'] ?? null,
        req,
        res,
      );
      ctx.credentialRejected = principal === 'invalid';
      return ctx;
    }
    const token = req.cookies?.[SESSION_COOKIE];
    const resolved = token && token.length <= 100 ? await this.sessions.resolve(token, synced) : null;
    const session = resolved === 'expired' || resolved?.secondFactor ? null : resolved;
    if (resolved === 'expired') this.sessions.clearCookie(res);
    const ctx = new RequestContext(
      req.id,
      languageOf(req.headers['accept-language']),
      session,
      req.ip ?? null,
      req.headers['user-agent'] ?? null,
      req,
      res,
      resolved === 'expired',
    );
    if (resolved && resolved !== 'expired' && resolved.secondFactor) ctx.pendingSecondFactor = resolved;
    return ctx;
  }
}
