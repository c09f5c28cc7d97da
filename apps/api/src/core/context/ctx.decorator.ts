import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { RequestContext, requestContextOf } from './request-context';

/** Where the authorization guard keeps the context of an HTTP (non-GraphQL) request, e.g. a file download. */
export const HTTP_CONTEXT = Symbol('lalaland.requestContext');

/** The request context, for resolver and controller methods: `@Ctx() ctx: RequestContext`. */
export const Ctx = createParamDecorator((_data: unknown, context: ExecutionContext): RequestContext => {
  if (context.getType<string>() === 'http') return context.switchToHttp().getRequest<Record<symbol, RequestContext>>()[HTTP_CONTEXT]!;
  return requestContextOf(GqlExecutionContext.create(context).getContext());
});
