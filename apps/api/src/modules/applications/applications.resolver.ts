import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Permission } from '@lalaland/shared';
import { RequirePermission } from '../../core/auth/permission.decorator';
import { Ctx } from '../../core/context/ctx.decorator';
import { RequestContext } from '../../core/context/request-context';
import { TextArg } from '../../core/errors/text-bounds';
import { Programme } from '../programmes';
import { Application, DrawInfo } from './application.entity';
import { ApplicationsSummary, StaffApplication } from './applications.dto';
import { StaffApplicationsService } from './staff-applications.service';

@Resolver(() => Programme)
export class ProgrammeApplicationsResolver {
  constructor(private readonly staff: StaffApplicationsService) {}

  @ResolveField(() => [StaffApplication], {
    nullable: true,
    description: 'Applications made on the public door (host and co-hosts; null for others), in draw order then arrival',
  })
  @RequirePermission(Permission.ProgrammeRead)
  applications(@Ctx() ctx: RequestContext, @Parent() p: Programme) {
    return this.staff.list(ctx, p.id);
  }

  @ResolveField(() => DrawInfo, { nullable: true, description: "A lottery programme's draw: the seed hash, and the seed once drawn" })
  @RequirePermission(Permission.ProgrammeRead)
  draw(@Ctx() ctx: RequestContext, @Parent() p: Programme) {
    return this.staff.drawInfo(ctx, p.id);
  }
}

@Resolver(() => Application)
export class ApplicationResolver {
  constructor(private readonly staff: StaffApplicationsService) {}

  @Query(() => [ApplicationsSummary], {
    description: 'Programmes the caller’s organization runs with online applications in the last two weeks (its home)',
  })
  @RequirePermission(Permission.ProgrammeRead)
  recentApplications(@Ctx() ctx: RequestContext) {
    return this.staff.summary(ctx);
  }

  @Mutation(() => DrawInfo, { description: 'Draws a lottery programme after its applications closed, once (host and co-hosts; audited)' })
  @RequirePermission(Permission.ParticipantManage)
  drawApplications(@Ctx() ctx: RequestContext, @Args('programmeId', { type: () => ID }) programmeId: string) {
    return this.staff.runDraw(ctx, programmeId);
  }

  @Mutation(() => Application, {
    description: 'Accepts or declines (with a reason) an application to a reviewed programme (audited; the applicant is texted)',
  })
  @RequirePermission(Permission.ParticipantManage)
  decideApplication(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('accept') accept: boolean,
    @TextArg('reason', 300, { nullable: true }) reason: string | null,
  ) {
    return this.staff.decide(ctx, id, accept, reason ?? null);
  }
}
