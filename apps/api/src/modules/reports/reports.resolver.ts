import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Permission } from '@lalaland/shared';
import { RequirePermission } from '../../core/auth/permission.decorator';
import { Ctx } from '../../core/context/ctx.decorator';
import { RequestContext } from '../../core/context/request-context';
import { ReportRun } from './report-run.entity';
import { ReportRequestInput } from './reports.dto';
import { ReportService } from './report.service';

@Resolver(() => ReportRun)
export class ReportResolver {
  constructor(private readonly service: ReportService) {}

  @Query(() => [ReportRun], {
    description: "A stream's reports, newest first (the lead, ministries); their files are documents of record type REPORT",
  })
  @RequirePermission(Permission.KpisRead)
  reportRuns(@Ctx() ctx: RequestContext, @Args('streamId', { type: () => ID }) streamId: string) {
    return this.service.list(ctx, streamId);
  }

  @Query(() => ReportRun, { description: 'One report, with its progress' })
  @RequirePermission(Permission.KpisRead)
  reportRun(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string) {
    return this.service.get(ctx, id);
  }

  @Mutation(() => ReportRun, {
    description: "Asks for a report of a stream's year (the lead's admins): generated in the background, kept as documents",
  })
  @RequirePermission(Permission.KpisManage)
  requestReport(@Ctx() ctx: RequestContext, @Args('input') input: ReportRequestInput) {
    return this.service.request(ctx, input);
  }
}
