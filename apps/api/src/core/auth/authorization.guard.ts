import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Permission } from '@lalaland/shared';
import { AppError } from '../errors/app-error';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { RequestContext, requestContextOf } from '../context/request-context';
import { HTTP_CONTEXT } from '../context/ctx.decorator';
import { RequestContextFactory } from '../context/context-factory';
import { PERMISSION_KEY, PUBLIC_KEY } from './permission.decorator';

/**
 * Deny by default: an operation with neither @RequirePermission nor @Public is refused (and the boot check
 * refuses to start the app with one). Signed-out callers get UNAUTHENTICATED, missing permission FORBIDDEN.
 * Organization scope (another organization's ids → NOT_FOUND) is the service's job, via ctx.actsFor().
 */
@Injectable()
export class AuthorizationGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly contexts: RequestContextFactory,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const permission = this.reflector.get<Permission | undefined>(PERMISSION_KEY, context.getHandler());
    if (!permission) throw new AppError('FORBIDDEN');
    let ctx: RequestContext;
    if (context.getType<string>() === 'graphql') ctx = requestContextOf(GqlExecutionContext.create(context).getContext());
    else {
      // HTTP routes (downloads): the same context, built from the session cookie, for the handler's @Ctx().
      const http = context.switchToHttp();
      const req = http.getRequest<FastifyRequest & Record<symbol, RequestContext>>();
      ctx = await this.contexts.create(req, http.getResponse<FastifyReply>());
      req[HTTP_CONTEXT] = ctx;
    }
    // A machine gets a 401 it can act on (a person's page reads the code in the body).
    if (!ctx.isAuthenticated && ctx.credentialRejected) throw new AppError('API_KEY_INVALID', { status: 401 });
    if (!ctx.isAuthenticated)
      throw new AppError(ctx.sessionExpired ? 'SESSION_EXPIRED' : 'UNAUTHENTICATED', {
        details: ctx.sessionExpired ? { reason: 'SESSION_EXPIRED' } : undefined,
      });
    if (!ctx.can(permission)) throw new AppError('FORBIDDEN');
    return true;
  }
}
