import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Permission } from '@lalaland/shared';
import { AppError } from '../errors/app-error';
import { RequestContext } from '../context/request-context';
import { PERMISSION_KEY, PUBLIC_KEY } from './permission.decorator';

/**
 * Deny by default: an operation with neither @RequirePermission nor @Public is refused (and the boot check
 * refuses to start the app with one). Signed-out callers get UNAUTHENTICATED, missing permission FORBIDDEN.
 * Organization scope (another organization's ids → NOT_FOUND) is the service's job, via ctx.actsFor().
 */
@Injectable()
export class AuthorizationGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const permission = this.reflector.get<Permission | undefined>(PERMISSION_KEY, context.getHandler());
    if (!permission) throw new AppError('FORBIDDEN');
    if (context.getType<string>() !== 'graphql') throw new AppError('FORBIDDEN');
    const ctx = GqlExecutionContext.create(context).getContext<RequestContext>();
    if (!ctx.isAuthenticated) throw new AppError(ctx.sessionExpired ? 'SESSION_EXPIRED' : 'UNAUTHENTICATED', { details: ctx.sessionExpired ? { reason: 'SESSION_EXPIRED' } : undefined });
    if (!ctx.can(permission)) throw new AppError('FORBIDDEN');
    return true;
  }
}
