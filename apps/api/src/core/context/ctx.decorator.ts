import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { RequestContext } from './request-context';

/** The request context, for resolver methods: `@Ctx() ctx: RequestContext`. */
export const Ctx = createParamDecorator((_data: unknown, context: ExecutionContext): RequestContext => {
  return GqlExecutionContext.create(context).getContext<RequestContext>();
});
