import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { Permission } from '@lalaland/shared';
import { RequirePermission } from '../auth/permission.decorator';
import { Ctx } from '../context/ctx.decorator';
import { RequestContext } from '../context/request-context';
import { PageArgs, PageOf } from '../graphql/pagination';
import { AuditEvent } from './audit-event.entity';
import { AuditService } from './audit.service';

export const AuditEventPage = PageOf(AuditEvent, 'AuditEventPage');

@Resolver(() => AuditEvent)
export class AuditResolver {
  constructor(private readonly service: AuditService) {}

  @Query(() => AuditEventPage, { description: "An organization's audit trail, newest first (its admins and platform admins)." })
  @RequirePermission(Permission.AuditRead)
  auditEvents(@Ctx() ctx: RequestContext, @Args('organizationId', { type: () => ID }) organizationId: string, @Args() page: PageArgs) {
    return this.service.list(ctx, organizationId, page);
  }
}
